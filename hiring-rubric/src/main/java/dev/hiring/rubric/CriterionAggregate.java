package dev.hiring.rubric;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * The ratings one criterion received across a candidate's scorecards, in the units of the rating scale's level
 * values (the guide: below=1, meets=2, exceeds=3). Unrated scorecards are left out, never counted as zero; a
 * criterion nobody rated has {@code count} 0 and no statistics.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the criterion id
 * @param count how many ratings it received
 * @param mean the arithmetic mean of the ratings, or null if none
 * @param median the median (the mean of the two middle values for an even count), or null if none
 * @param min the lowest rating, or null if none
 * @param max the highest rating, or null if none
 * @param spread {@code max - min}, the disagreement between interviewers, or null if none
 */
@JsonPropertyOrder({"id", "count", "mean", "median", "min", "max", "spread"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CriterionAggregate(
        String id,
        int count,
        @Nullable Double mean,
        @Nullable Double median,
        @Nullable Integer min,
        @Nullable Integer max,
        @Nullable Integer spread) {

    /** Whether at least one interviewer rated this criterion. */
    @JsonIgnore
    public boolean isRated() {
        return count > 0;
    }
}
