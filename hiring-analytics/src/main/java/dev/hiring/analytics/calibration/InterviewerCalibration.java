package dev.hiring.analytics.calibration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One interviewer on one criterion, compared with the pool of all interviewers on that criterion.
 *
 * @param interviewer the interviewer's id
 * @param criterion the criterion id
 * @param ratings n, the interviewer's number of ratings on the criterion
 * @param distribution the count of each score, ascending
 * @param mean m, the interviewer's raw mean score
 * @param adjustedMean m̃: m when n ≥ the minimum history H, else (n m + (H − n) μ) / H, as if the missing
 *     ratings sat at the pool mean μ
 * @param leniency m̃ − μ: positive is lenient, negative is harsh
 * @param zScore (m̃ − μ) / σ with σ the pool's sample standard deviation; {@code null} when σ = 0
 * @param panelOffset the mean over this interviewer's ratings of (score − mean of the other interviewers' scores
 *     for the same candidate and criterion); {@code null} when no rating was shared with another interviewer
 * @param sharedRatings how many ratings entered {@code panelOffset}
 * @param belowMinimumHistory whether n &lt; H, so the mean was shrunk toward the pool mean
 */
@JsonPropertyOrder({
    "interviewer",
    "criterion",
    "ratings",
    "distribution",
    "mean",
    "adjustedMean",
    "leniency",
    "zScore",
    "panelOffset",
    "sharedRatings",
    "belowMinimumHistory"
})
public record InterviewerCalibration(
        String interviewer,
        String criterion,
        long ratings,
        List<ScoreCount> distribution,
        double mean,
        double adjustedMean,
        double leniency,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double zScore,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double panelOffset,
        long sharedRatings,
        boolean belowMinimumHistory) {
    /** Copies the distribution. */
    public InterviewerCalibration {
        distribution = List.copyOf(distribution);
    }
}
