package dev.hiring.testkit;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.Finding;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the findings of one rule in one report; created by {@link JdAssert#hasFinding(String)}. Each
 * assertion passes if at least one of the findings matches, and narrows the findings to those that match, so
 * {@code hasFinding("no-buzzwords").atLine(9).withMessageId("buzzword")} asks for one finding with both.
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, List<Finding>> {
    private final String ruleId;
    private final JdAssert owner;

    FindingAssert(String ruleId, List<Finding> findings, JdAssert owner) {
        super(List.copyOf(findings), FindingAssert.class);
        this.ruleId = ruleId;
        this.owner = owner;
    }

    /** Asserts that a finding starts on the 1-based line. */
    public FindingAssert atLine(int line) {
        return narrow(f -> f.line() == line, "at line " + line);
    }

    /** Asserts that a finding starts at the 1-based line and column. */
    public FindingAssert at(int line, int column) {
        return narrow(f -> f.line() == line && f.column() == column, "at " + line + ":" + column);
    }

    /** Asserts that a finding has the severity. */
    public FindingAssert withSeverity(Severity severity) {
        return narrow(f -> f.severity() == severity, "with severity " + severity.id());
    }

    /** Asserts that a finding has the message id, such as {@code missing}. */
    public FindingAssert withMessageId(String messageId) {
        return narrow(f -> f.messageId().equals(messageId), "with message id " + messageId);
    }

    /** Asserts that a finding's message contains the text. */
    public FindingAssert withMessageContaining(String text) {
        return narrow(f -> f.message().contains(text), "with a message containing \"" + text + "\"");
    }

    /** Asserts that the rule reported exactly {@code n} findings (of those still selected). */
    public FindingAssert times(int n) {
        if (actual.size() != n) {
            failWithMessage(
                    "%s",
                    "Expected " + n + " finding" + (n == 1 ? "" : "s") + " of rule " + ruleId + " but found "
                            + actual.size() + ":\n" + JdAssert.list(actual));
        }
        return this;
    }

    /** Back to the assertions on the whole report. */
    public JdAssert and() {
        return owner;
    }

    private FindingAssert narrow(Predicate<Finding> test, String what) {
        List<Finding> kept = actual.stream().filter(test).toList();
        if (kept.isEmpty()) {
            failWithMessage(
                    "%s",
                    "Expected a finding of rule " + ruleId + " " + what + " but its findings are:\n"
                            + JdAssert.list(actual));
        }
        return new FindingAssert(ruleId, kept, owner);
    }
}
