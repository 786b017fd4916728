package dev.hiring.analytics.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Agreement of the interviewers on one rubric criterion.
 *
 * @param criterion the criterion id
 * @param units candidates with at least one rating on the criterion
 * @param ratings the number of ratings
 * @param alpha Krippendorff's alpha at the requested level; {@code null} when undefined (no pairable values or no
 *     variation)
 * @param fleissKappa Fleiss' kappa over the scale's levels when every candidate has the same number (≥ 2) of
 *     ratings; otherwise {@code null}
 * @param dominantLevel the most frequent rating value
 * @param dominantShare its share of all ratings
 * @param warnings plain-language warnings: the kappa paradox when one level dominates, undefined statistics
 */
@JsonPropertyOrder({
    "criterion",
    "units",
    "ratings",
    "alpha",
    "fleissKappa",
    "dominantLevel",
    "dominantShare",
    "warnings"
})
public record CriterionAgreement(
        String criterion,
        int units,
        long ratings,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable AlphaResult alpha,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double fleissKappa,
        int dominantLevel,
        double dominantShare,
        List<String> warnings) {
    /** Copies the warnings. */
    public CriterionAgreement {
        warnings = List.copyOf(warnings);
    }
}
