package dev.hiring.jdlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.jdlint.Finding;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.LintConfig;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.spi.JdRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Count limits exactly at and one past each bound, with the exact messages (surviving PIT mutants in length,
 * responsibilities-count, interview-process and interview-timeline), and the default rule set.
 */
class CountBoundaryTest {

    private static List<Finding> lint(JdRule rule, String text) {
        Linter linter = Linter.builder()
                .rules(List.of(rule))
                .config(LintConfig.defaults())
                .clock(RuleTester.CLOCK)
                .build();
        return linter.lint(text, InputFormat.MARKDOWN).findings();
    }

    private static List<String> messages(JdRule rule, String text) {
        return lint(rule, text).stream().map(Finding::message).toList();
    }

    private static String items(int n) {
        StringBuilder sb = new StringBuilder("# Backend Engineer\n\n## Responsibilities\n\n");
        for (int i = 1; i <= n; i++) {
            sb.append("- Own service ").append(i).append('\n');
        }
        return sb.toString();
    }

    @Test
    void lengthBoundsAreInclusive() {
        JdRule rule = new LengthRule();
        assertThat(messages(rule, "word ".repeat(299)))
                .containsExactly("299 words: too short to describe the role (aim for 300 to 1000)");
        assertThat(lint(rule, "word ".repeat(300))).isEmpty();
        assertThat(lint(rule, "word ".repeat(1000))).isEmpty();
        assertThat(messages(rule, "word ".repeat(1001)))
                .containsExactly("1001 words: long descriptions lose candidates (aim for 300 to 1000)");
    }

    @Test
    void responsibilitiesBoundsAreInclusive() {
        JdRule rule = new ResponsibilitiesCountRule();
        assertThat(messages(rule, items(2))).containsExactly("Only 2 responsibilities listed: list 3 to 5 core ones");
        assertThat(lint(rule, items(3))).isEmpty();
        assertThat(lint(rule, items(5))).isEmpty();
        assertThat(messages(rule, items(6))).containsExactly("6 responsibilities listed: keep the 3 to 5 core ones");
        List<Finding> six = lint(rule, items(6));
        assertThat(six.get(0).line()).isEqualTo(5);
        assertThat(six.get(0).column()).isEqualTo(3);
    }

    @Test
    void missingResponsibilitiesAreReportedOnTheDocumentOrTheEmptySection() {
        JdRule rule = new ResponsibilitiesCountRule();
        assertThat(messages(rule, "# Backend Engineer\n\nWe build payments.\n"))
                .containsExactly("No responsibilities list: list 3 to 5 core responsibilities");
        List<Finding> empty = lint(rule, "# Backend Engineer\n\n## Responsibilities\n\nYou will build payments.\n");
        assertThat(empty).extracting(Finding::messageId).containsExactly("missing");
        assertThat(empty.get(0).line()).isEqualTo(3);
        assertThat(empty.get(0).match()).isEqualTo("Responsibilities");
    }

    @Test
    void interviewProcessSectionNeedsTwoItemsOrAStage() {
        JdRule rule = new InterviewProcessRule();
        assertThat(lint(rule, "## How we hire\n\n- Chat with Ana\n- Chat with Bo\n"))
                .isEmpty();
        assertThat(messages(rule, "## How we hire\n\n- Chat with Ana\n"))
                .containsExactly("The interview process is not described: list its steps");
    }

    @Test
    void interviewProcessOutsideASectionNeedsTwoDistinctStages() {
        JdRule rule = new InterviewProcessRule();
        assertThat(lint(rule, "We start with a phone screen and end with a coding interview.\n"))
                .isEmpty();
        assertThat(lint(rule, "We start with a phone screen and end with a phone screen.\n"))
                .extracting(Finding::messageId)
                .containsExactly("missing");
    }

    @Test
    void interviewTimelineNeedsANumberThenAUnitInAContextSentence() {
        JdRule rule = new InterviewTimelineRule();
        assertThat(lint(rule, "Expect a decision in 3 weeks.\n")).isEmpty();
        assertThat(lint(rule, "Expect a decision in three weeks.\n")).isEmpty();
        assertThat(messages(rule, "Expect a decision in 3.\n"))
                .containsExactly("No interview timeline: say how long the process takes or when candidates hear back");
        assertThat(lint(rule, "Expect a decision. 3 weeks pass.\n"))
                .extracting(Finding::messageId)
                .containsExactly("missing");
        assertThat(lint(rule, "We sleep 3 weeks a year.\n"))
                .extracting(Finding::messageId)
                .containsExactly("missing");
        assertThat(lint(rule, "Expect a decision after 3\n"))
                .extracting(Finding::messageId)
                .containsExactly("missing");
    }

    @Test
    void defaultRulesAreAllBuiltInRules() {
        assertThat(BuiltInRules.defaults()).isNotEmpty().containsExactlyElementsOf(BuiltInRules.all());
    }
}
