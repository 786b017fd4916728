package dev.hiring.analytics.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published worked examples, reproduced to at least three decimals. */
class PublishedExamplesTest {

    /**
     * Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories; P̄ = 0.378, P̄e = 0.213,
     * κ = 0.210; p_j = 0.143, 0.200, 0.279, 0.150, 0.229.
     */
    @Test
    void fleissWikipediaExample() {
        long[][] counts = {
            {0, 0, 0, 0, 14},
            {0, 2, 6, 4, 2},
            {0, 0, 3, 5, 6},
            {0, 3, 9, 2, 0},
            {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0},
            {3, 2, 6, 3, 0},
            {2, 5, 3, 2, 2},
            {6, 5, 2, 1, 0},
            {0, 2, 2, 3, 7}
        };
        FleissResult r = FleissKappa.compute(counts, List.of("1", "2", "3", "4", "5"));
        assertThat(r.value()).isCloseTo(0.210, within(0.0005));
        assertThat(r.observedAgreement()).isCloseTo(0.378, within(0.0005));
        assertThat(r.expectedAgreement()).isCloseTo(0.213, within(0.0005));
        assertThat(r.categories().stream().map(CategoryKappa::proportion).toList())
                .zipSatisfy(
                        List.of(0.143, 0.200, 0.279, 0.150, 0.229),
                        (actual, expected) -> assertThat(actual).isCloseTo(expected, within(0.0005)));
        assertThat(r.units()).isEqualTo(10);
        assertThat(r.raters()).isEqualTo(14);
    }

    /**
     * Fleiss (1971), Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses (1 depression, 2 personality disorder,
     * 3 schizophrenia, 4 neurosis, 5 other); the paper reports κ = .430. The data as distributed with the R package
     * irr ({@code diagnoses}), whose {@code kappam.fleiss} gives 0.4302445.
     */
    static final int[][] FLEISS_1971 = {
        {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5}, {2, 2, 2, 4, 4, 4},
        {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4}, {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5},
        {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4}, {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5},
        {3, 3, 3, 3, 3, 5}, {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
        {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4}, {1, 4, 4, 4, 4, 5},
        {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5}
    };

    @Test
    void fleiss1971Example() {
        List<List<String>> rows = new ArrayList<>();
        for (int[] row : FLEISS_1971) {
            rows.add(Arrays.stream(row).mapToObj(Integer::toString).toList());
        }
        RatingTable t = RatingTable.of(List.of("r1", "r2", "r3", "r4", "r5", "r6"), rows);
        FleissResult r = FleissKappa.compute(t, List.of());
        assertThat(r.value()).isCloseTo(0.430, within(0.0005));
        assertThat(r.value()).isCloseTo(0.4302445, within(1e-7));
        // Column totals of the paper's table: 26, 26, 30, 55, 43 of 180 assignments.
        assertThat(r.categories().stream().map(c -> c.proportion() * 180).toList())
                .zipSatisfy(
                        List.of(26.0, 26.0, 30.0, 55.0, 43.0),
                        (a, e) -> assertThat(a).isCloseTo(e, within(1e-9)));
        // Per-category kappas (Fleiss 1971, eq. 20-21). The paper's own table of these could not be checked against
        // an accessible copy; these are regression values of the formula (.245, .245, .520, .471, .566).
        assertThat(r.categories().stream().map(CategoryKappa::kappa).toList())
                .zipSatisfy(
                        List.of(0.245, 0.245, 0.520, 0.471, 0.566),
                        (a, e) -> assertThat(a).isNotNull().isCloseTo(e, within(0.0005)));
    }

    /** Wikipedia, "Cohen's kappa": [[20, 5], [10, 15]] gives p_o = 0.7, p_e = 0.5 and κ = 0.4. */
    @Test
    void cohenWikipediaExample() {
        CohenResult r = CohenKappa.compute(new long[][] {{20, 5}, {10, 15}}, List.of("yes", "no"), KappaWeights.NONE);
        assertThat(r.value()).isCloseTo(0.400, within(1e-12));
        assertThat(r.observedAgreement()).isCloseTo(0.7, within(1e-12));
        assertThat(r.expectedAgreement()).isCloseTo(0.5, within(1e-12));
        assertThat(r.units()).isEqualTo(50);
    }

    /**
     * A 3 × 3 table whose unweighted and linearly weighted kappas SAS PROC FREQ reports as 0.4842 and 0.4701 (the
     * values asserted by statsmodels' inter-rater tests); the first category is declared but never used by the
     * first rater.
     */
    @Test
    void cohenWeightedSasExample() {
        long[][] t = {{0, 4, 1}, {0, 8, 0}, {0, 1, 5}};
        List<String> cats = List.of("a", "b", "c");
        assertThat(CohenKappa.compute(t, cats, KappaWeights.NONE).value()).isCloseTo(0.4842, within(0.00005));
        assertThat(CohenKappa.compute(t, cats, KappaWeights.LINEAR).value()).isCloseTo(0.4701, within(0.00005));
    }

    /** Wikipedia, "Krippendorff's alpha", computational example: 3 coders × 15 units, '*' missing. */
    static RatingTable wikipediaAlpha() {
        String[] a = "* * * * * 3 4 1 2 1 1 3 3 * 3".split(" ");
        String[] b = "1 * 2 1 3 3 4 3 * * * * * * *".split(" ");
        String[] c = "* * 2 1 3 4 4 * 2 1 1 3 3 * 4".split(" ");
        return byCoder(List.of("A", "B", "C"), a, b, c);
    }

    /** Krippendorff (2011), example C: 4 observers × 12 units of nominal data with missing values. */
    static RatingTable krippendorff2011C() {
        String[] a = "1 2 3 3 2 1 4 1 2 * * *".split(" ");
        String[] b = "1 2 3 3 2 2 4 1 2 5 * 3".split(" ");
        String[] c = "* 3 3 3 2 3 4 2 2 5 1 *".split(" ");
        String[] d = "1 2 3 3 2 4 4 1 2 5 1 *".split(" ");
        return byCoder(List.of("A", "B", "C", "D"), a, b, c, d);
    }

    private static RatingTable byCoder(List<String> coders, String[]... byCoder) {
        List<List<String>> rows = new ArrayList<>();
        for (int u = 0; u < byCoder[0].length; u++) {
            List<String> row = new ArrayList<>();
            for (String[] coder : byCoder) {
                row.add("*".equals(coder[u]) ? "" : coder[u]);
            }
            rows.add(row);
        }
        return RatingTable.of(coders, rows);
    }

    @Test
    void krippendorffWikipediaExample() {
        RatingTable t = wikipediaAlpha();
        AlphaResult nominal = KrippendorffAlpha.compute(t, MeasurementLevel.NOMINAL);
        AlphaResult interval = KrippendorffAlpha.compute(t, MeasurementLevel.INTERVAL);
        assertThat(nominal.value()).isCloseTo(0.691, within(0.0005));
        assertThat(interval.value()).isCloseTo(0.811, within(0.0005));
        // Units 1, 2 and 14 have fewer than two values and are not pairable.
        assertThat(nominal.pairableUnits()).isEqualTo(12);
        assertThat(nominal.units()).isEqualTo(15);
    }

    @Test
    void krippendorff2011ExampleC() {
        RatingTable t = krippendorff2011C();
        assertThat(KrippendorffAlpha.compute(t, MeasurementLevel.NOMINAL).value())
                .isCloseTo(0.743, within(0.0005));
        assertThat(KrippendorffAlpha.compute(t, MeasurementLevel.ORDINAL).value())
                .isCloseTo(0.815, within(0.0005));
        assertThat(KrippendorffAlpha.compute(t, MeasurementLevel.INTERVAL).value())
                .isCloseTo(0.849, within(0.0005));
        assertThat(KrippendorffAlpha.compute(t, MeasurementLevel.RATIO).value()).isCloseTo(0.797, within(0.0005));
        AlphaResult r = KrippendorffAlpha.compute(t, MeasurementLevel.NOMINAL);
        // Unit 12 has a single value; the other 11 units hold n = 40 pairable values.
        assertThat(r.pairableUnits()).isEqualTo(11);
        assertThat(r.pairableValues()).isEqualTo(40);
    }

    /** Shrout and Fleiss (1979), Table 2: 6 targets rated by 4 judges. */
    static final double[][] SHROUT_FLEISS = {
        {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}
    };

    @Test
    void shroutFleissTable2() {
        IccResult r = IntraclassCorrelation.compute(SHROUT_FLEISS, IccModel.ICC2, IccUnit.SINGLE);
        // The paper prints two decimals (Table 4 of the paper).
        assertThat(r.icc11()).isCloseTo(0.17, within(0.005));
        assertThat(r.icc21()).isCloseTo(0.29, within(0.005));
        assertThat(r.icc31()).isCloseTo(0.71, within(0.005));
        assertThat(r.icc1k()).isCloseTo(0.44, within(0.005));
        assertThat(r.icc2k()).isCloseTo(0.62, within(0.005));
        assertThat(r.icc3k()).isCloseTo(0.91, within(0.005));
        // The paper's Table 3 mean squares: BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02.
        assertThat(r.betweenTargetsMeanSquare()).isCloseTo(11.24, within(0.005));
        assertThat(r.withinTargetMeanSquare()).isCloseTo(6.26, within(0.005));
        assertThat(r.betweenJudgesMeanSquare()).isCloseTo(32.49, within(0.005));
        assertThat(r.residualMeanSquare()).isCloseTo(1.02, within(0.005));
        assertThat(r.value()).isEqualTo(r.icc21());
        assertThat(IntraclassCorrelation.compute(SHROUT_FLEISS, IccModel.ICC3, IccUnit.AVERAGE)
                        .value())
                .isEqualTo(r.icc3k());
    }
}
