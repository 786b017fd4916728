package dev.hiring.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.analytics.agreement.IccModel;
import dev.hiring.analytics.agreement.IccUnit;
import dev.hiring.analytics.agreement.KappaWeights;
import dev.hiring.analytics.agreement.MeasurementLevel;
import dev.hiring.analytics.impact.RateKind;
import dev.hiring.core.HiringException;
import org.junit.jupiter.api.Test;

/** The option enums' ids, their parsing in any case, their error messages, and the kappa weights' values. */
class EnumIdsTest {

    @Test
    void idsAreLowerCaseNames() {
        assertThat(KappaWeights.QUADRATIC.id()).isEqualTo("quadratic");
        assertThat(IccModel.ICC2.id()).isEqualTo("icc2");
        assertThat(IccUnit.AVERAGE.id()).isEqualTo("average");
        assertThat(MeasurementLevel.INTERVAL.id()).isEqualTo("interval");
        assertThat(RateKind.SCORING.id()).isEqualTo("scoring");
    }

    @Test
    void parseAcceptsAnyCaseAndSurroundingSpace() {
        assertThat(KappaWeights.parse(" Linear ")).isEqualTo(KappaWeights.LINEAR);
        assertThat(KappaWeights.parse("none")).isEqualTo(KappaWeights.NONE);
        assertThat(IccModel.parse("ICC3")).isEqualTo(IccModel.ICC3);
        assertThat(IccModel.parse("icc1")).isEqualTo(IccModel.ICC1);
        assertThat(IccUnit.parse("single")).isEqualTo(IccUnit.SINGLE);
        assertThat(IccUnit.parse("AVERAGE")).isEqualTo(IccUnit.AVERAGE);
        assertThat(MeasurementLevel.parse("ratio")).isEqualTo(MeasurementLevel.RATIO);
        assertThat(MeasurementLevel.parse("Nominal")).isEqualTo(MeasurementLevel.NOMINAL);
        assertThat(RateKind.parse("selection")).isEqualTo(RateKind.SELECTION);
        assertThat(RateKind.parse(" SCORING")).isEqualTo(RateKind.SCORING);
    }

    @Test
    void parseRejectsUnknownNames() {
        assertThatThrownBy(() -> KappaWeights.parse("cubic"))
                .isInstanceOf(HiringException.class)
                .hasMessage("weights must be one of none, linear, quadratic");
        assertThatThrownBy(() -> IccModel.parse("icc4")).hasMessage("model must be one of icc1, icc2, icc3");
        assertThatThrownBy(() -> IccUnit.parse("mean")).hasMessage("unit must be one of single, average");
        assertThatThrownBy(() -> MeasurementLevel.parse("rank"))
                .hasMessage("level must be one of nominal, ordinal, interval, ratio");
        assertThatThrownBy(() -> RateKind.parse("hiring")).hasMessage("rate must be one of selection, scoring");
    }

    @Test
    void kappaWeightsOnHandComputedPositions() {
        // same position: full agreement for every weighting
        assertThat(KappaWeights.NONE.agreement(1, 1, 3)).isEqualTo(1.0);
        assertThat(KappaWeights.NONE.agreement(0, 1, 3)).isEqualTo(0.0);
        // positions 2 and 1 of 5: d = |2 - 1| / (5 - 1) = 0.25; linear 1 - 0.25, quadratic 1 - 0.0625
        assertThat(KappaWeights.LINEAR.agreement(2, 1, 5)).isEqualTo(0.75);
        assertThat(KappaWeights.QUADRATIC.agreement(2, 1, 5)).isEqualTo(0.9375);
        assertThat(KappaWeights.LINEAR.agreement(1, 2, 5)).isEqualTo(0.75);
        // positions 0 and 3 of 4: d = 3 / 3 = 1
        assertThat(KappaWeights.LINEAR.agreement(0, 3, 4)).isEqualTo(0.0);
        assertThat(KappaWeights.QUADRATIC.agreement(0, 3, 4)).isEqualTo(0.0);
        // positions 0 and 1 of 3: d = 0.5; quadratic 1 - 0.25
        assertThat(KappaWeights.QUADRATIC.agreement(0, 1, 3)).isEqualTo(0.75);
    }
}
