package dev.hiring.examples.lintrule;

import static dev.hiring.testkit.JdAssertions.assertThatJd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.LintReport;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.spi.JdRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class InternalCodenameRuleTest {
    private static final String POSTING = """
            # Backend Engineer

            You will help us finish Project Falcon, our new routing engine.
            """;

    @Test
    void theServiceLoaderFindsTheRule() {
        // README:begin load
        Linter linter = Linter.builder().loadProviders().build();
        LintReport report = linter.lint(POSTING, InputFormat.MARKDOWN);
        // README:end load

        assertThat(linter.rules()).extracting(r -> r.meta().id()).contains("acme-internal-codename");
        assertThat(report.findings())
                .filteredOn(f -> f.ruleId().equals("acme-internal-codename"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.match()).isEqualTo("Project Falcon");
                    assertThat(f.line()).isEqualTo(3);
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                });
    }

    @Test
    void findsEveryCodenameAtItsLine() {
        Linter linter = Linter.builder().loadProviders().build();
        assertThatJd("# Engineer\n\nJoin the tiger team.\n\nYou will run Bluebird.\n")
                .usingLinter(linter)
                .hasFinding("acme-internal-codename")
                .times(2)
                .atLine(5)
                .withMessageContaining("\"Bluebird\" is an internal codename");
    }

    @Test
    void staysQuietWithoutCodenames() {
        Linter only = Linter.builder()
                .rules(List.<JdRule>of(new InternalCodenameRule()))
                .build();
        assertThatJd("# Engineer\n\nYou will build the falcon-shaped logo and a blue bird.\n")
                .usingLinter(only)
                .hasNoFindings();
    }

    @Test
    void theMetadataIsComplete() {
        assertThat(new InternalCodenameRule().meta().id()).isEqualTo("acme-internal-codename");
        assertThat(new AcmeRules().rules()).hasSize(1);
    }
}
