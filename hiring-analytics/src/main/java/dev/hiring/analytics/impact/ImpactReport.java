package dev.hiring.analytics.impact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An impact table: one row per group, sorted by group label, with the reference group (the highest rate among the
 * groups not excluded).
 *
 * @param rate the rate compared
 * @param reference the reference group, or {@code null} when no group has a positive rate
 * @param unknown the number of individuals of unknown category (counted, not in any group)
 * @param total all individuals, unknown included
 * @param median the median score of the full sample the scoring rate is measured against; {@code null} for the
 *     selection rate
 * @param groups the groups, sorted by label
 */
@JsonPropertyOrder({"rate", "reference", "unknown", "total", "median", "groups"})
public record ImpactReport(
        RateKind rate,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String reference,
        long unknown,
        long total,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Double median,
        List<GroupImpact> groups) {
    /** Copies the group list. */
    public ImpactReport {
        groups = List.copyOf(groups);
    }
}
