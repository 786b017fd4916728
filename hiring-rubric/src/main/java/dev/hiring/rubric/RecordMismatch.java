package dev.hiring.rubric;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One way a {@link DecisionRecord} does not hold against a policy and an evaluation (see {@link
 * DecisionRecord#verify(DecisionRecord, DecisionPolicy, CandidateEvaluation)}): the record's field, such as {@code
 * inputDigest}, {@code policy.hash}, {@code decision.outcome} or {@code decision.trace[5].detail}, and what differs.
 * Messages give ids, outcomes, numbers and digests, never free text from the record or the evaluation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param field the record's field, as a JSON path without the leading {@code $.}
 * @param problem what differs
 */
@JsonPropertyOrder({"field", "problem"})
public record RecordMismatch(String field, String problem) {
    /** {@code field: problem}. */
    @Override
    public String toString() {
        return field + ": " + problem;
    }
}
