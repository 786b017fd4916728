package dev.hiring.analytics.agreement;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The result of {@link FleissKappa}.
 *
 * @param metric always {@code fleiss}
 * @param level always {@link MeasurementLevel#NOMINAL}
 * @param value κ = (P̄ − P̄e) / (1 − P̄e)
 * @param units N, the number of units
 * @param raters n, the number of ratings per unit
 * @param observedAgreement P̄, the mean of the per-unit agreements P_i = (Σ_j n_ij² − n) / (n (n − 1))
 * @param expectedAgreement P̄e = Σ_j p_j²
 * @param categories per-category proportions and kappas, in the order of the declared categories
 */
@JsonPropertyOrder({
    "metric",
    "level",
    "value",
    "units",
    "raters",
    "observedAgreement",
    "expectedAgreement",
    "categories"
})
public record FleissResult(
        String metric,
        MeasurementLevel level,
        double value,
        int units,
        int raters,
        double observedAgreement,
        double expectedAgreement,
        List<CategoryKappa> categories) {
    /** Copies the category list. */
    public FleissResult {
        categories = List.copyOf(categories);
    }
}
