package dev.hiring.analytics.calibration;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * All interviewers' ratings on one criterion: the pool each interviewer is compared with.
 *
 * @param criterion the criterion id
 * @param ratings the number of ratings
 * @param mean μ, the mean score
 * @param standardDeviation σ, the sample standard deviation (divisor n − 1); 0 with fewer than 2 ratings
 * @param distribution the count of each score, ascending
 */
@JsonPropertyOrder({"criterion", "ratings", "mean", "standardDeviation", "distribution"})
public record CriterionPool(
        String criterion, long ratings, double mean, double standardDeviation, List<ScoreCount> distribution) {
    /** Copies the distribution. */
    public CriterionPool {
        distribution = List.copyOf(distribution);
    }
}
