package dev.hiring.analytics.agreement;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@link IntraclassCorrelation}: the requested form plus all six forms and the mean squares of the
 * two-way ANOVA they come from (Shrout and Fleiss 1979, Table 1).
 *
 * @param metric always {@code icc}
 * @param level always {@link MeasurementLevel#INTERVAL}
 * @param model the requested case
 * @param unit the requested unit (single rating or mean of k ratings)
 * @param value the requested form, for instance ICC(2,1)
 * @param units n, the number of targets
 * @param raters k, the number of judges
 * <p>A form whose denominator is zero for the data is {@code null}.
 *
 * @param icc11 ICC(1,1) = (BMS − WMS) / (BMS + (k − 1) WMS)
 * @param icc21 ICC(2,1) = (BMS − EMS) / (BMS + (k − 1) EMS + k (JMS − EMS) / n)
 * @param icc31 ICC(3,1) = (BMS − EMS) / (BMS + (k − 1) EMS)
 * @param icc1k ICC(1,k) = (BMS − WMS) / BMS
 * @param icc2k ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS) / n)
 * @param icc3k ICC(3,k) = (BMS − EMS) / BMS
 * @param betweenTargetsMeanSquare BMS
 * @param withinTargetMeanSquare WMS
 * @param betweenJudgesMeanSquare JMS
 * @param residualMeanSquare EMS
 */
@JsonPropertyOrder({
    "metric",
    "level",
    "model",
    "unit",
    "value",
    "units",
    "raters",
    "icc11",
    "icc21",
    "icc31",
    "icc1k",
    "icc2k",
    "icc3k",
    "betweenTargetsMeanSquare",
    "withinTargetMeanSquare",
    "betweenJudgesMeanSquare",
    "residualMeanSquare"
})
public record IccResult(
        String metric,
        MeasurementLevel level,
        IccModel model,
        IccUnit unit,
        double value,
        int units,
        int raters,
        @Nullable Double icc11,
        @Nullable Double icc21,
        @Nullable Double icc31,
        @Nullable Double icc1k,
        @Nullable Double icc2k,
        @Nullable Double icc3k,
        double betweenTargetsMeanSquare,
        double withinTargetMeanSquare,
        double betweenJudgesMeanSquare,
        double residualMeanSquare) {}
