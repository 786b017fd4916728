package dev.hiring.analytics.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hiring.core.HiringException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every intraclass correlation of the smallest table (2 targets × 2 judges), computed by hand, and the checks. */
class IccByHandTest {
    private static final double[][] RATINGS = {{1, 2}, {3, 5}};

    @Test
    void allSixFormsAndTheMeanSquares() {
        // grand mean 11/4; row means 1.5, 4; column means 2, 3.5.
        // SS total 8.75, SS within rows 2.5, SS rows 2 · (1.25² + 1.25²) = 6.25, SS columns 2 · (0.75² + 0.75²)
        // = 2.25, SS error 8.75 − 6.25 − 2.25 = 0.25.
        // BMS 6.25 / 1, WMS 2.5 / (2 · 1) = 1.25, JMS 2.25 / 1, EMS 0.25 / (1 · 1).
        IccResult r = IntraclassCorrelation.compute(RATINGS, IccModel.ICC2, IccUnit.SINGLE);
        assertThat(r.betweenTargetsMeanSquare()).isCloseTo(6.25, within(1e-12));
        assertThat(r.withinTargetMeanSquare()).isCloseTo(1.25, within(1e-12));
        assertThat(r.betweenJudgesMeanSquare()).isCloseTo(2.25, within(1e-12));
        assertThat(r.residualMeanSquare()).isCloseTo(0.25, within(1e-12));
        // ICC(1,1) = 5 / 7.5; ICC(2,1) = 6 / (6.25 + 0.25 + 2 · 2 / 2); ICC(3,1) = 6 / 6.5
        assertThat(r.icc11()).isCloseTo(5 / 7.5, within(1e-12));
        assertThat(r.icc21()).isCloseTo(6 / 8.5, within(1e-12));
        assertThat(r.icc31()).isCloseTo(6 / 6.5, within(1e-12));
        // ICC(1,k) = 5 / 6.25; ICC(2,k) = 6 / (6.25 + 2 / 2); ICC(3,k) = 6 / 6.25
        assertThat(r.icc1k()).isCloseTo(0.8, within(1e-12));
        assertThat(r.icc2k()).isCloseTo(6 / 7.25, within(1e-12));
        assertThat(r.icc3k()).isCloseTo(0.96, within(1e-12));
        assertThat(r.value()).isCloseTo(6 / 8.5, within(1e-12));
        assertThat(r.units()).isEqualTo(2);
        assertThat(r.raters()).isEqualTo(2);
        assertThat(r.metric()).isEqualTo("icc");
        assertThat(r.level()).isEqualTo(MeasurementLevel.INTERVAL);
    }

    @Test
    void theRequestedFormIsTheValue() {
        assertThat(IntraclassCorrelation.compute(RATINGS, IccModel.ICC1, IccUnit.SINGLE)
                        .value())
                .isCloseTo(5 / 7.5, within(1e-12));
        assertThat(IntraclassCorrelation.compute(RATINGS, IccModel.ICC1, IccUnit.AVERAGE)
                        .value())
                .isCloseTo(0.8, within(1e-12));
        assertThat(IntraclassCorrelation.compute(RATINGS, IccModel.ICC2, IccUnit.AVERAGE)
                        .value())
                .isCloseTo(6 / 7.25, within(1e-12));
        assertThat(IntraclassCorrelation.compute(RATINGS, IccModel.ICC3, IccUnit.SINGLE)
                        .value())
                .isCloseTo(6 / 6.5, within(1e-12));
        assertThat(IntraclassCorrelation.compute(RATINGS, IccModel.ICC3, IccUnit.AVERAGE)
                        .value())
                .isCloseTo(0.96, within(1e-12));
    }

    @Test
    void fromARatingTable() {
        RatingTable t = RatingTable.of(List.of("a", "b"), List.of(List.of("1", "2"), List.of("3", "5")));
        assertThat(IntraclassCorrelation.compute(t, IccModel.ICC3, IccUnit.AVERAGE)
                        .value())
                .isCloseTo(0.96, within(1e-12));
        RatingTable gap = RatingTable.of(List.of("a", "b"), List.of(List.of("1", "2"), Arrays.asList("3", null)));
        assertThatThrownBy(() -> IntraclassCorrelation.compute(gap, IccModel.ICC1, IccUnit.SINGLE))
                .isInstanceOf(HiringException.class)
                .hasMessage("intraclass correlation needs every rating: unit row 2, rater column 'b' is empty");
    }

    @Test
    void inputChecks() {
        assertThatThrownBy(() -> IntraclassCorrelation.compute(new double[][] {{1, 2}}, IccModel.ICC1, IccUnit.SINGLE))
                .isInstanceOf(HiringException.class)
                .hasMessage("intraclass correlation needs at least 2 units (targets), got 1");
        assertThatThrownBy(() ->
                        IntraclassCorrelation.compute(new double[][] {{1}, {2}}, IccModel.ICC1, IccUnit.SINGLE))
                .hasMessage("intraclass correlation needs at least 2 raters (judges), got 1");
        assertThatThrownBy(() -> IntraclassCorrelation.compute(
                        new double[][] {{1, 2}, {1, 2, 3}}, IccModel.ICC1, IccUnit.SINGLE))
                .hasMessage("intraclass correlation: unit row 2 has 3 ratings, expected 2");
        assertThatThrownBy(() -> IntraclassCorrelation.compute(
                        new double[][] {{1, 2}, {3, Double.NaN}}, IccModel.ICC1, IccUnit.SINGLE))
                .hasMessage("intraclass correlation needs every rating: unit row 2, rater column 2 is missing");
        assertThatThrownBy(() ->
                        IntraclassCorrelation.compute(new double[][] {{4, 4}, {4, 4}}, IccModel.ICC1, IccUnit.SINGLE))
                .hasMessage("intraclass correlation is undefined: every rating is the same");
        // rows identical, judges differ: BMS = 0, so ICC(1,k) = (0 − WMS) / 0 is undefined
        assertThatThrownBy(() ->
                        IntraclassCorrelation.compute(new double[][] {{1, 2}, {1, 2}}, IccModel.ICC1, IccUnit.AVERAGE))
                .hasMessage(
                        "intraclass correlation icc1 (average) is undefined for these ratings: its denominator is zero");
    }
}
