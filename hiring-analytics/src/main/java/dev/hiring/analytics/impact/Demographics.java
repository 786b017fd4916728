package dev.hiring.analytics.impact;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a candidate's demographic group comes from when an impact table is built from decision records ({@link
 * DecisionImpactInput#from}): the records hold candidate ids only, the categories live elsewhere (a self-identification
 * survey, an HR system). An empty answer means the candidate's category is unknown.
 */
@FunctionalInterface
public interface Demographics {
    /**
     * The group of a candidate, such as {@code Female} or {@code Hispanic or Latino / Female}.
     *
     * @param candidateId the candidate's id, as in {@link dev.hiring.rubric.Decision#candidate()}
     * @return the group's label, or empty when the category is unknown or the candidate is not known
     */
    Optional<String> groupOf(String candidateId);

    /** Looks candidates up in a map from candidate id to group; a candidate not in it is of unknown category. */
    static Demographics of(Map<String, String> groupByCandidate) {
        Map<String, String> copy = Map.copyOf(groupByCandidate);
        return id -> Optional.ofNullable(copy.get(Objects.requireNonNull(id, "candidateId")));
    }
}
