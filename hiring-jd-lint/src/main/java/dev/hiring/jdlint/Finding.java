package dev.hiring.jdlint;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.Span;
import java.util.Optional;

/**
 * One problem found in a job description: what (rule, message, matched text), where (span), why (reason), what
 * to do (optional suggestion) and the guide row it enforces.
 *
 * @param ruleId the rule id
 * @param messageId the id of the rule's message, for tests and tools
 * @param severity the effective severity
 * @param message the message
 * @param span where in the original text
 * @param match the original text of the span
 * @param reason why it matters
 * @param suggestion what to write instead, if the rule knows
 * @param guideRef the hiring-core JdGuideline id, or {@code beyond-guide/<topic>}
 * @param fingerprint a stable id of the finding within its file, for baselines (independent of line numbers)
 */
public record Finding(
        String ruleId,
        String messageId,
        Severity severity,
        String message,
        Span span,
        String match,
        String reason,
        Optional<String> suggestion,
        String guideRef,
        String fingerprint) {

    /** Returns a copy with another fingerprint. */
    public Finding withFingerprint(String fp) {
        return new Finding(ruleId, messageId, severity, message, span, match, reason, suggestion, guideRef, fp);
    }

    /** The 1-based line of the start. */
    public int line() {
        return span.line();
    }

    /** The 1-based column of the start. */
    public int column() {
        return span.column();
    }
}
