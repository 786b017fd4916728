package dev.hiring.rubric;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.hiring.core.InvalidHiringDataException;

/**
 * One line of a {@link Decision}'s trace: which rule, its verdict and a human-readable detail with the numbers it
 * used. Details never contain notes or other free text from scorecards.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule's id, such as {@code min-interviewers}
 * @param verdict the verdict
 * @param detail what the rule saw, such as "2 interviewers filled the rubric; at least 2 required"
 */
@JsonPropertyOrder({"rule", "verdict", "detail"})
public record RuleResult(String rule, Verdict verdict, String detail) {
    /** Checks that every part is present. */
    public RuleResult {
        if (rule == null || verdict == null || detail == null) {
            throw new InvalidHiringDataException("RuleResult: rule, verdict and detail are required");
        }
    }
}
