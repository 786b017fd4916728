package dev.hiring.testkit;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.Finding;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.LintReport;
import dev.hiring.jdlint.Linter;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the lint report of one job description; created by {@link JdAssertions#assertThatJd(String)}. The
 * text is linted once, on the first assertion, with the default linter or the one given to {@link
 * #usingLinter(Linter)}. Failure messages list the findings as {@code line:column severity rule-id: message}.
 */
public final class JdAssert extends AbstractAssert<JdAssert, String> {
    private final InputFormat format;
    private Linter linter;
    private @Nullable LintReport report;

    JdAssert(String text, InputFormat format) {
        super(text, JdAssert.class);
        this.format = Objects.requireNonNull(format, "format");
        this.linter = DefaultLinter.INSTANCE;
    }

    /** Lints with this linter (custom rules, a configuration) instead of the default one. */
    public JdAssert usingLinter(Linter custom) {
        this.linter = Objects.requireNonNull(custom, "linter");
        this.report = null;
        return this;
    }

    /** The lint report (linting the text if no assertion did yet). */
    public LintReport report() {
        isNotNull();
        LintReport r = report;
        if (r == null) {
            r = linter.lint(actual, format);
            report = r;
        }
        return r;
    }

    /** Asserts that no finding has the given severity or a higher one. */
    public JdAssert hasNoFindingsAtOrAbove(Severity severity) {
        List<Finding> bad = report().findings().stream()
                .filter(f -> f.severity().isAtLeast(severity))
                .toList();
        if (!bad.isEmpty()) {
            failWithMessage(
                    "%s",
                    "Expected no findings at or above " + severity.id() + " but found " + bad.size() + ":\n"
                            + list(bad));
        }
        return this;
    }

    /** Asserts that the report has no findings at all. */
    public JdAssert hasNoFindings() {
        return hasNoFindingsAtOrAbove(Severity.SUGGESTION);
    }

    /** Asserts that no finding of the rule was reported. */
    public JdAssert doesNotHaveFinding(String ruleId) {
        List<Finding> hits = ofRule(ruleId);
        if (!hits.isEmpty()) {
            failWithMessage("%s", "Expected no finding of rule " + ruleId + " but found:\n" + list(hits));
        }
        return this;
    }

    /**
     * Asserts that the rule reported at least one finding, and returns assertions on that rule's findings.
     *
     * @param ruleId a rule id, such as {@code compensation-band}
     */
    public FindingAssert hasFinding(String ruleId) {
        List<Finding> hits = ofRule(ruleId);
        if (hits.isEmpty()) {
            List<Finding> all = report().findings();
            failWithMessage(
                    "%s",
                    "Expected a finding of rule " + ruleId + " but there is none; the findings are"
                            + (all.isEmpty() ? " none" : ":\n" + list(all)));
        }
        return new FindingAssert(ruleId, hits, this);
    }

    /** Asserts that the score (0 to 100) is at least {@code min}. */
    public JdAssert hasScoreAtLeast(int min) {
        int score = report().score();
        if (score < min) {
            failWithMessage(
                    "%s",
                    "Expected a score of at least " + min + " but it was " + score + "; the findings are:\n"
                            + list(report().findings()));
        }
        return this;
    }

    private List<Finding> ofRule(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return report().findings().stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .toList();
    }

    /** One finding per line: {@code line:column severity rule-id/message-id: message}. */
    static String list(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append("  ")
                    .append(f.line())
                    .append(':')
                    .append(f.column())
                    .append(' ')
                    .append(f.severity().id())
                    .append(' ')
                    .append(f.ruleId())
                    .append('/')
                    .append(f.messageId())
                    .append(": ")
                    .append(f.message());
        }
        return sb.toString();
    }

    /** The default linter, built once. */
    private static final class DefaultLinter {
        static final Linter INSTANCE = Linter.builder().build();
    }
}
