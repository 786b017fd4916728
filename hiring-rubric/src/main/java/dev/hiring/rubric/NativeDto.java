package dev.hiring.rubric;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.StageKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the native evaluation format; mapped to and from the model by {@code NativeFormat}. */
final class NativeDto {
    private NativeDto() {}

    /**
     * A candidate's evaluation.
     *
     * @param candidate the candidate id
     * @param role the role id
     * @param scorecards the scorecards
     * @param rejectionReasons evaluation-level rejection-reason ids (written only when there are any)
     */
    @JsonPropertyOrder({"candidate", "role", "scorecards", "rejectionReasons"})
    record Evaluation(
            @Nullable String candidate,
            @Nullable String role,
            @Nullable List<@Nullable Card> scorecards,

            @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable
            List<String> rejectionReasons) {}

    /**
     * One scorecard; ratings are level ids, labels or numbers.
     *
     * @param interviewer the interviewer id
     * @param stage the stage
     * @param submittedAt when submitted
     * @param ratings criterion id to level
     * @param recommendation the recommendation
     * @param rejectionReasons rejection-reason ids
     * @param redFlags red-flag ids
     * @param notes free-text notes
     */
    @JsonPropertyOrder({
        "interviewer",
        "stage",
        "submittedAt",
        "ratings",
        "recommendation",
        "rejectionReasons",
        "redFlags",
        "notes"
    })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Card(
            @Nullable String interviewer,
            @Nullable StageKind stage,
            @Nullable Instant submittedAt,
            @Nullable Map<String, JsonNode> ratings,
            @Nullable Recommendation recommendation,
            @Nullable List<String> rejectionReasons,
            @Nullable List<String> redFlags,
            @Nullable String notes) {}
}
