package dev.hiring.analytics.calibration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * How often an interviewer's hire/no-hire recommendation matched the final decision.
 *
 * @param interviewer the interviewer's id
 * @param compared recommendations for candidates with a final decision
 * @param agreed of those, how many matched the decision
 * @param rate agreed / compared, or {@code null} when nothing could be compared
 * @param hireRecommendations how many of the compared recommendations were to hire
 */
@JsonPropertyOrder({"interviewer", "compared", "agreed", "rate", "hireRecommendations"})
public record RecommendationAgreement(
        String interviewer,
        long compared,
        long agreed,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double rate,
        long hireRecommendations) {}
