package dev.hiring.analytics.agreement;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The result of {@link CohenKappa}.
 *
 * @param metric always {@code cohen}
 * @param level {@link MeasurementLevel#NOMINAL} for unweighted kappa, {@link MeasurementLevel#ORDINAL} for
 *     weighted kappa (the category order matters)
 * @param weights the agreement weights used
 * @param value κ_w = (p_o − p_e) / (1 − p_e)
 * @param units the number of units both raters rated (units with a missing rating are left out)
 * @param raters always 2
 * @param observedAgreement p_o = Σ_ij w_ij p_ij
 * @param expectedAgreement p_e = Σ_ij w_ij p_i. p_.j
 * @param categories the declared categories, in order (rows and columns of {@code table})
 * @param table the agreement table: rows the first rater's categories, columns the second rater's
 */
@JsonPropertyOrder({
    "metric",
    "level",
    "weights",
    "value",
    "units",
    "raters",
    "observedAgreement",
    "expectedAgreement",
    "categories",
    "table"
})
public record CohenResult(
        String metric,
        MeasurementLevel level,
        KappaWeights weights,
        double value,
        int units,
        int raters,
        double observedAgreement,
        double expectedAgreement,
        List<String> categories,
        List<List<Long>> table) {
    /** Copies the lists. */
    public CohenResult {
        categories = List.copyOf(categories);
        table = table.stream().map(List::copyOf).toList();
    }
}
