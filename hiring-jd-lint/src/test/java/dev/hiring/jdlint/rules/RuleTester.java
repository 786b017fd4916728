package dev.hiring.jdlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.jdlint.Finding;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.LintConfig;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.spi.JdRule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A table tester for one rule: {@code valid("""…""")}, {@code invalid("""…""", finding("id").at(line, col))}. */
final class RuleTester {
    /** The fixed "today" of rule tests. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    private final JdRule rule;
    private final Linter linter;

    private RuleTester(JdRule rule, LintConfig config, Clock clock) {
        this.rule = rule;
        this.linter = Linter.builder()
                .rules(List.of(rule))
                .config(config)
                .clock(clock)
                .build();
    }

    static RuleTester of(JdRule rule, Clock clock) {
        return new RuleTester(rule, LintConfig.defaults(), clock);
    }

    static RuleTester of(JdRule rule) {
        return new RuleTester(rule, LintConfig.defaults(), CLOCK);
    }

    static RuleTester of(JdRule rule, String configJson) {
        return new RuleTester(rule, LintConfig.parse(configJson), CLOCK);
    }

    /** An expected finding. */
    record Expected(String messageId, int line, int column) {
        Expected at(int l, int c) {
            return new Expected(messageId, l, c);
        }

        @Override
        public String toString() {
            return messageId + "@" + line + ":" + column;
        }
    }

    static Expected finding(String messageId) {
        return new Expected(messageId, 0, 0);
    }

    List<Finding> lint(String text) {
        return linter.lint(text, InputFormat.MARKDOWN).findings();
    }

    RuleTester valid(String text) {
        assertThat(lint(text))
                .as("%s should not fire on:%n%s", rule.meta().id(), text)
                .isEmpty();
        return this;
    }

    RuleTester invalid(String text, Expected... expected) {
        List<String> actual = new ArrayList<>();
        for (Finding f : lint(text)) {
            assertThat(f.ruleId()).isEqualTo(rule.meta().id());
            actual.add(new Expected(f.messageId(), f.line(), f.column()).toString());
        }
        List<String> want = new ArrayList<>();
        for (Expected e : expected) {
            want.add(e.toString());
        }
        assertThat(actual).as("%s on:%n%s", rule.meta().id(), text).isEqualTo(want);
        return this;
    }
}
