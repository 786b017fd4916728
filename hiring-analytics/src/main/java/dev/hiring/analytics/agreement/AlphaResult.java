package dev.hiring.analytics.agreement;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The result of {@link KrippendorffAlpha}.
 *
 * @param metric always {@code krippendorff}
 * @param level the level of measurement the caller declared
 * @param value α = 1 − D_o / D_e
 * @param units the number of units in the data, pairable or not
 * @param raters the number of raters (columns)
 * @param pairableUnits the units with at least 2 values; only these enter α
 * @param pairableValues n, the number of values in pairable units
 * @param observedDisagreement D_o = (1/n) Σ_c Σ_k o_ck δ²_ck
 * @param expectedDisagreement D_e = (1/(n (n − 1))) Σ_c Σ_k n_c n_k δ²_ck
 */
@JsonPropertyOrder({
    "metric",
    "level",
    "value",
    "units",
    "raters",
    "pairableUnits",
    "pairableValues",
    "observedDisagreement",
    "expectedDisagreement"
})
public record AlphaResult(
        String metric,
        MeasurementLevel level,
        double value,
        int units,
        int raters,
        int pairableUnits,
        long pairableValues,
        double observedDisagreement,
        double expectedDisagreement) {}
