package dev.hiring.testkit;

import static dev.hiring.testkit.JdAssertions.assertThatJd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.Linter;
import org.junit.jupiter.api.Test;

class JdAssertionsTest {
    private static final String DRAFT = """
            # Rockstar Backend Ninja

            We want a rockstar.

            ## Requirements

            - Go
            """;

    @Test
    void passesOnAFindingAtItsLine() {
        assertThatJd(DRAFT).hasFinding("no-buzzwords").atLine(3).withSeverity(Severity.ERROR);
        assertThatJd(DRAFT).hasFinding("compensation-band").withMessageId("missing");
        assertThatJd(DRAFT).hasFinding("no-buzzwords").atLine(3).and().hasFinding("compensation-band");
    }

    @Test
    void failsWhenTheRuleFoundNothingListingTheFindings() {
        assertThatThrownBy(() -> assertThatJd(DRAFT).hasFinding("no-such-rule"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected a finding of rule no-such-rule but there is none")
                .hasMessageContaining("no-buzzwords/buzzword: \"rockstar\" is a buzzword")
                .hasMessageMatching("(?s).*\\n  3:\\d+ error no-buzzwords.*");
    }

    @Test
    void failsOnTheWrongLineListingWhereTheRuleFound() {
        assertThatThrownBy(() -> assertThatJd(DRAFT).hasFinding("no-buzzwords").atLine(7))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected a finding of rule no-buzzwords at line 7 but its findings are:")
                .hasMessageContaining("  3:");
    }

    @Test
    void failsOnFindingsAtOrAboveTheSeverity() {
        assertThatThrownBy(() -> assertThatJd(DRAFT).hasNoFindingsAtOrAbove(Severity.WARNING))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected no findings at or above warning but found ")
                .hasMessageContaining("compensation-band");
    }

    @Test
    void doesNotHaveFindingFailsNamingTheRule() {
        assertThatThrownBy(() -> assertThatJd(DRAFT).doesNotHaveFinding("no-buzzwords"))
                .hasMessageStartingWith("Expected no finding of rule no-buzzwords but found:");
    }

    @Test
    void timesCountsTheSelectedFindings() {
        assertThatThrownBy(() ->
                        assertThatJd(DRAFT).hasFinding("compensation-band").times(2))
                .hasMessageStartingWith("Expected 2 findings of rule compensation-band but found 1:");
    }

    @Test
    void aCustomLinterIsUsed() {
        Linter none = Linter.builder().rules(java.util.List.of()).build();
        assertThatJd(DRAFT).usingLinter(none).hasNoFindings();
        assertThat(assertThatJd(DRAFT).usingLinter(none).report().findings()).isEmpty();
    }

    @Test
    void readsOtherFormats() {
        assertThatJd("<h1>Backend Engineer</h1><p>We want a ninja.</p>", InputFormat.HTML)
                .hasFinding("no-buzzwords")
                .withMessageContaining("ninja");
    }
}
