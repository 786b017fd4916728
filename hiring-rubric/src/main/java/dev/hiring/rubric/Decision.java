package dev.hiring.rubric;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.hiring.core.InvalidHiringDataException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The mechanical decision on one candidate, with everything needed to explain it: the outcome, the weighted
 * score, the per-criterion aggregation, the trace (every rule with its verdict and detail, in policy order), the
 * primary rejection reasons ranked by how many interviewers gave them, and the id, version and content hash of
 * the policy that made it.
 *
 * <p>JSON: {@code {"candidate", "outcome", "score", "criteria": [...], "trace": [...], "rejectionReasons": [...],
 * "policy": {"id", "version", "hash"}}}; {@code score} is null when nothing was rated.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param candidate the candidate's id
 * @param outcome the outcome
 * @param score the weighted score (see {@link Aggregation}), or null if nothing was rated
 * @param criteria the per-criterion aggregates, in the policy's order
 * @param trace every rule's result, in the policy's order
 * @param rejectionReasons the rejection reasons, most frequent first
 * @param policy the policy that decided
 */
@JsonPropertyOrder({"candidate", "outcome", "score", "criteria", "trace", "rejectionReasons", "policy"})
public record Decision(
        String candidate,
        Outcome outcome,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double score,
        List<CriterionAggregate> criteria,
        List<RuleResult> trace,
        List<ReasonCount> rejectionReasons,
        PolicyRef policy) {

    /** Checks that the parts are present and copies the lists. */
    public Decision {
        if (candidate == null
                || outcome == null
                || criteria == null
                || trace == null
                || rejectionReasons == null
                || policy == null) {
            throw new InvalidHiringDataException(
                    "Decision: candidate, outcome, criteria, trace, rejectionReasons and policy are required");
        }
        criteria = List.copyOf(criteria);
        trace = List.copyOf(trace);
        rejectionReasons = List.copyOf(rejectionReasons);
    }

    /** The decision as pretty-printed JSON. */
    public String toJson() {
        return dev.hiring.core.json.HiringJson.write(this);
    }
}
