package dev.hiring.analytics.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fleiss' kappa and its per-category kappas on a table small enough to compute by hand. */
class FleissKappaTest {

    /**
     * N = 4 units, n = 3 ratings each, categories a, b, c and d (d declared but never used):
     *
     * <pre>
     *          a  b  c  d    Σ n_ij²  P_i = (Σ n_ij² − 3) / 6
     * unit 1   3  0  0  0       9      1
     * unit 2   2  1  0  0       5      1/3
     * unit 3   0  2  1  0       5      1/3
     * unit 4   0  1  2  0       5      1/3
     * total    5  4  3  0   (of N n = 12)
     * </pre>
     *
     * <p>Fleiss (1971): p_j = total_j / (N n): p_a = 5/12, p_b = 4/12 = 1/3, p_c = 3/12 = 1/4, p_d = 0. P̄ = (1 + 3 ×
     * 1/3) / 4 = 1/2; P̄e = Σ p_j² = (25 + 16 + 9) / 144 = 25/72; κ = (1/2 − 25/72) / (1 − 25/72) = (11/72) / (47/72)
     * = 11/47 = 0.2340426.
     *
     * <p>Per category, κ_j = 1 − Σ_i n_ij (n − n_ij) / (N n (n − 1) p_j q_j) with N n (n − 1) = 24:
     *
     * <ul>
     *   <li>a: Σ n_ia (3 − n_ia) = 3·0 + 2·1 = 2; p_a q_a = 5/12 · 7/12 = 35/144; 24 · 35/144 = 35/6; κ_a = 1 − 2 / (35/6)
     *       = 1 − 12/35 = 23/35 = 0.6571429.
     *   <li>b: Σ = 0 + 1·2 + 2·1 + 1·2 = 6; p_b q_b = 1/3 · 2/3 = 2/9; 24 · 2/9 = 16/3; κ_b = 1 − 6 / (16/3) = 1 − 18/16
     *       = −1/8 = −0.125 (less agreement on b than chance).
     *   <li>c: Σ = 0 + 0 + 1·2 + 2·1 = 4; p_c q_c = 1/4 · 3/4 = 3/16; 24 · 3/16 = 9/2; κ_c = 1 − 4 / (9/2) = 1/9 =
     *       0.1111111.
     *   <li>d: p_d q_d = 0, κ_d undefined.
     * </ul>
     *
     * <p>Check: κ is the p_j q_j-weighted mean of the κ_j, (35/144 · 23/35 − 32/144 · 1/8 + 27/144 · 1/9) / (94/144) =
     * (23 − 4 + 3) / 94 = 11/47.
     */
    @Test
    void perCategoryKappasMatchTheHandComputation() {
        long[][] counts = {
            {3, 0, 0, 0},
            {2, 1, 0, 0},
            {0, 2, 1, 0},
            {0, 1, 2, 0}
        };
        FleissResult r = FleissKappa.compute(counts, List.of("a", "b", "c", "d"));

        assertThat(r.value()).isCloseTo(11.0 / 47.0, within(1e-12));
        assertThat(r.observedAgreement()).isCloseTo(0.5, within(1e-12));
        assertThat(r.expectedAgreement()).isCloseTo(25.0 / 72.0, within(1e-12));
        assertThat(r.units()).isEqualTo(4);
        assertThat(r.raters()).isEqualTo(3);
        assertThat(r.categories()).extracting(CategoryKappa::category).containsExactly("a", "b", "c", "d");
        assertThat(r.categories())
                .extracting(CategoryKappa::proportion)
                .zipSatisfy(
                        List.of(5.0 / 12.0, 1.0 / 3.0, 1.0 / 4.0, 0.0),
                        (actual, expected) -> assertThat(actual).isCloseTo(expected, within(1e-12)));
        assertThat(r.categories().get(0).kappa()).isNotNull().isCloseTo(23.0 / 35.0, within(1e-12));
        assertThat(r.categories().get(1).kappa()).isNotNull().isCloseTo(-0.125, within(1e-12));
        assertThat(r.categories().get(2).kappa()).isNotNull().isCloseTo(1.0 / 9.0, within(1e-12));
        assertThat(r.categories().get(3).kappa()).isNull();
    }

    /** A table read from ratings gives the same counts, so the same kappas (units 1 to 4 above, raters r1 to r3). */
    @Test
    void ratingTableGivesTheSameKappas() {
        RatingTable t = RatingTable.of(
                List.of("r1", "r2", "r3"),
                List.of(
                        List.of("a", "a", "a"),
                        List.of("a", "b", "a"),
                        List.of("c", "b", "b"),
                        List.of("c", "b", "c")));
        FleissResult r = FleissKappa.compute(t, List.of("a", "b", "c", "d"));

        assertThat(r.value()).isCloseTo(11.0 / 47.0, within(1e-12));
        assertThat(r.categories().get(1).kappa()).isNotNull().isCloseTo(-0.125, within(1e-12));
        assertThat(r.categories().get(3).kappa()).isNull();
    }
}
