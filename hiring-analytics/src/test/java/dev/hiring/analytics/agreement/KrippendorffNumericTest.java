package dev.hiring.analytics.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hiring.core.HiringException;
import org.junit.jupiter.api.Test;

/**
 * Krippendorff's alpha of numeric ratings: a hand-computed interval example, the sparse path for non-integer
 * values (which must agree with the dense path), and every input check.
 */
class KrippendorffNumericTest {
    private static final double NaN = Double.NaN;

    /** 5 units × 2 raters; unit 5 has one rating only (not pairable). */
    private static final double[] DATA = {1, 1, 2, 2, 3, 3, 1, 2, 3, NaN};

    private static double[] scaled(double[] v, double f) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * f;
        }
        return out;
    }

    @Test
    void intervalAlphaByHand() {
        // pairable values: 1 ×3, 2 ×3, 3 ×2, n = 8. Observed: only unit 4 disagrees, 2 · (1 − 2)² / (2 − 1) = 2.
        // Expected: mean 15/8, Σ n_c (v_c − mean)² = (3·49 + 3·1 + 2·81) / 64 = 4.875, 2 · 8 · 4.875 = 78.
        // α = 1 − (8 − 1) · 2 / 78 = 64/78; D_o = 2 / 8, D_e = 78 / (8 · 7).
        AlphaResult r = KrippendorffAlpha.compute(DATA, 5, 2, MeasurementLevel.INTERVAL);
        assertThat(r.value()).isCloseTo(64 / 78.0, within(1e-12));
        assertThat(r.units()).isEqualTo(5);
        assertThat(r.raters()).isEqualTo(2);
        assertThat(r.pairableUnits()).isEqualTo(4);
        assertThat(r.pairableValues()).isEqualTo(8);
        assertThat(r.observedDisagreement()).isCloseTo(0.25, within(1e-12));
        assertThat(r.expectedDisagreement()).isCloseTo(78 / 56.0, within(1e-12));
    }

    @Test
    void nonIntegerValuesTakeTheSparsePathWithTheSameAlpha() {
        // Halving every value scales both disagreements by 1/4 at the interval level and leaves α unchanged.
        AlphaResult r = KrippendorffAlpha.compute(scaled(DATA, 0.5), 5, 2, MeasurementLevel.INTERVAL);
        assertThat(r.value()).isCloseTo(64 / 78.0, within(1e-12));
        assertThat(r.pairableValues()).isEqualTo(8);
        assertThat(r.observedDisagreement()).isCloseTo(0.25 / 4, within(1e-12));
        assertThat(r.expectedDisagreement()).isCloseTo(78 / 56.0 / 4, within(1e-12));
        for (MeasurementLevel level : MeasurementLevel.values()) {
            double dense = KrippendorffAlpha.compute(DATA, 5, 2, level).value();
            double sparse =
                    KrippendorffAlpha.compute(scaled(DATA, 0.5), 5, 2, level).value();
            assertThat(sparse).as(level.id()).isCloseTo(dense, within(1e-12));
        }
    }

    @Test
    void ratioLevelAcceptsZero() {
        // ratio δ² = ((a − b) / (a + b))²: unit 4 (0, 1) gives 1, so D_o = 2 · 1 / 8 > 0 and α < 1
        double[] v = {0, 0, 2, 2, 3, 3, 0, 1};
        AlphaResult r = KrippendorffAlpha.compute(v, 4, 2, MeasurementLevel.RATIO);
        assertThat(r.observedDisagreement()).isCloseTo(0.25, within(1e-12));
        assertThat(r.value()).isLessThan(1.0);
    }

    @Test
    void inputChecks() {
        assertThatThrownBy(() -> KrippendorffAlpha.compute(new double[] {1, 2}, 2, 1, MeasurementLevel.INTERVAL))
                .isInstanceOf(HiringException.class)
                .hasMessage("Krippendorff's alpha needs at least 2 raters, got 1");
        assertThatThrownBy(() -> KrippendorffAlpha.compute(new double[] {1, 2, 3}, 1, 2, MeasurementLevel.INTERVAL))
                .hasMessage("Krippendorff's alpha: 3 values do not form 1 units × 2 raters");
        assertThatThrownBy(() -> KrippendorffAlpha.compute(new double[0], 0, 2, MeasurementLevel.INTERVAL))
                .hasMessage("Krippendorff's alpha: 0 values do not form 0 units × 2 raters");
        assertThatThrownBy(() -> KrippendorffAlpha.compute(
                        new double[] {1, Double.POSITIVE_INFINITY}, 1, 2, MeasurementLevel.INTERVAL))
                .hasMessage("Krippendorff's alpha: ratings must be finite numbers");
        assertThatThrownBy(() -> KrippendorffAlpha.compute(new double[] {NaN, NaN}, 1, 2, MeasurementLevel.INTERVAL))
                .hasMessage("Krippendorff's alpha: every rating is missing");
        assertThatThrownBy(() -> KrippendorffAlpha.compute(new double[] {2, 2, 2, 2}, 2, 2, MeasurementLevel.INTERVAL))
                .hasMessageContaining("no variation");
        assertThatThrownBy(() ->
                        KrippendorffAlpha.compute(new double[] {2.5, 2.5, 2.5, 2.5}, 2, 2, MeasurementLevel.INTERVAL))
                .hasMessageContaining("no variation");
        assertThatThrownBy(() -> KrippendorffAlpha.compute(new double[] {-0.5, 1, 1, 1}, 2, 2, MeasurementLevel.RATIO))
                .hasMessage("Krippendorff's alpha at the ratio level needs non-negative values");
        assertThatThrownBy(
                        () -> KrippendorffAlpha.compute(new double[] {1, NaN, NaN, 2}, 2, 2, MeasurementLevel.INTERVAL))
                .hasMessageContaining("no unit has at least 2 ratings");
    }
}
