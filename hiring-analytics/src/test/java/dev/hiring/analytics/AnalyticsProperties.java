package dev.hiring.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.hiring.analytics.agreement.CohenKappa;
import dev.hiring.analytics.agreement.FleissKappa;
import dev.hiring.analytics.agreement.KappaWeights;
import dev.hiring.analytics.agreement.KrippendorffAlpha;
import dev.hiring.analytics.agreement.MeasurementLevel;
import dev.hiring.analytics.agreement.RatingTable;
import dev.hiring.analytics.impact.AdverseImpact;
import dev.hiring.analytics.impact.GroupCounts;
import dev.hiring.analytics.impact.GroupImpact;
import dev.hiring.analytics.impact.ImpactCsv;
import dev.hiring.analytics.impact.ImpactReport;
import dev.hiring.analytics.impact.OutcomeColumn;
import dev.hiring.analytics.impact.RateKind;
import dev.hiring.core.HiringException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The laws of the agreement and impact statistics. */
@SuppressWarnings("deprecation") // the positional AdverseImpact.analyze stays tested while it is kept
class AnalyticsProperties {

    @Test
    void perfectAgreementIsOne() {
        qt().forAll(AnalyticsGens.perfect()).checkAssert(c -> {
            RatingTable t = c.table();
            for (MeasurementLevel level : MeasurementLevel.values()) {
                assertThat(KrippendorffAlpha.compute(t, level).value())
                        .as(level.id())
                        .isCloseTo(1.0, within(1e-12));
            }
            assertThat(FleissKappa.compute(t, List.of()).value()).isCloseTo(1.0, within(1e-12));
            RatingTable two = c.permuteRaters(new int[] {0, 1}).table();
            for (KappaWeights w : KappaWeights.values()) {
                assertThat(CohenKappa.compute(two, List.of(), w).value()).isCloseTo(1.0, within(1e-12));
            }
        });
    }

    @Test
    void nominalStatisticsIgnoreTheNamesOfCategories() {
        qt().forAll(AnalyticsGens.codes(true), longs().all()).checkAssert((c, seed) -> {
            String[] plain = {"a", "b", "c", "d", "e"};
            int[] perm = AnalyticsGens.permutation(plain.length, seed);
            String[] renamed = new String[plain.length];
            for (int i = 0; i < plain.length; i++) {
                renamed[i] = "x" + perm[i];
            }
            double a1 = alphaOrNaN(c.table(plain));
            double a2 = alphaOrNaN(c.table(renamed));
            assertThat(a2).isCloseTo(a1, within(1e-9));
        });
        qt().forAll(AnalyticsGens.codes(false), longs().all()).checkAssert((c, seed) -> {
            String[] plain = {"a", "b", "c", "d", "e"};
            int[] perm = AnalyticsGens.permutation(plain.length, seed);
            String[] renamed = new String[plain.length];
            for (int i = 0; i < plain.length; i++) {
                renamed[i] = "x" + perm[i];
            }
            assertThat(FleissKappa.compute(c.table(renamed), List.of()).value())
                    .isCloseTo(FleissKappa.compute(c.table(plain), List.of()).value(), within(1e-9));
        });
    }

    @Test
    void statisticsIgnoreTheOrderOfRaters() {
        qt().forAll(AnalyticsGens.codes(true), longs().all()).checkAssert((c, seed) -> {
            int[] perm = AnalyticsGens.permutation(c.raters(), seed);
            for (MeasurementLevel level : MeasurementLevel.values()) {
                double a = KrippendorffAlpha.compute(c.table(), level).value();
                double b = KrippendorffAlpha.compute(c.permuteRaters(perm).table(), level)
                        .value();
                assertThat(b).as(level.id()).isCloseTo(a, within(1e-9));
            }
        });
        qt().forAll(AnalyticsGens.codes(false), longs().all()).checkAssert((c, seed) -> {
            int[] perm = AnalyticsGens.permutation(c.raters(), seed);
            assertThat(FleissKappa.compute(c.permuteRaters(perm).table(), List.of())
                            .value())
                    .isCloseTo(FleissKappa.compute(c.table(), List.of()).value(), within(1e-9));
            List<String> declared = List.of("1", "2", "3", "4", "5").subList(0, c.categories());
            for (KappaWeights w : KappaWeights.values()) {
                double ab = CohenKappa.compute(c.permuteRaters(new int[] {0, 1}).table(), declared, w)
                        .value();
                double ba = CohenKappa.compute(c.permuteRaters(new int[] {1, 0}).table(), declared, w)
                        .value();
                assertThat(ba).isCloseTo(ab, within(1e-9));
            }
        });
    }

    private static double alphaOrNaN(RatingTable t) {
        try {
            return KrippendorffAlpha.compute(t, MeasurementLevel.NOMINAL).value();
        } catch (HiringException e) {
            return Double.NaN;
        }
    }

    @Test
    void impactRatiosLieInTheUnitIntervalWithTheReferenceAtOne() {
        qt().forAll(AnalyticsGens.groups(), booleans().all()).checkAssert((groups, exclude) -> {
            ImpactReport r = AdverseImpact.analyze(groups, RateKind.SELECTION, 0, null, exclude);
            for (GroupImpact g : r.groups()) {
                if (g.impactRatio() != null) {
                    assertThat(g.impactRatio()).isBetween(0.0, 1.0);
                    assertThat(g.fourFifthsViolation()).isEqualTo(g.impactRatio() < 0.8);
                }
                if (g.fisherP() != null) {
                    assertThat(g.fisherP()).isBetween(0.0, 1.0);
                }
                if (g.zP() != null) {
                    assertThat(g.zP()).isBetween(0.0, 1.0);
                }
                if (g.group().equals(r.reference())) {
                    assertThat(g.impactRatio()).isEqualTo(1.0);
                }
            }
            if (r.reference() != null) {
                assertThat(r.groups())
                        .filteredOn(g -> g.group().equals(r.reference()))
                        .hasSize(1);
            }
        });
    }

    @Test
    void impactDoesNotDependOnRowOrder() {
        qt().forAll(AnalyticsGens.groups(), longs().all()).checkAssert((groups, seed) -> {
            List<GroupCounts> shuffled = new ArrayList<>(groups);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(AdverseImpact.analyze(shuffled, RateKind.SELECTION, 3, null, false))
                    .isEqualTo(AdverseImpact.analyze(groups, RateKind.SELECTION, 3, null, false));
        });
        qt().withExamples(50).forAll(AnalyticsGens.groups(), longs().all()).checkAssert((groups, seed) -> {
            List<String> rows = new ArrayList<>();
            Random rnd = new Random(seed);
            for (GroupCounts g : groups) {
                for (long i = 0; i < g.applicants(); i++) {
                    rows.add(g.group() + "," + (i < g.selected() ? 1 : 0) + "," + rnd.nextInt(100));
                }
            }
            List<String> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, new Random(seed));
            for (OutcomeColumn o : List.of(OutcomeColumn.selected("sel"), OutcomeColumn.score("score"))) {
                List<ImpactReport> a = ImpactCsv.readIndividuals(
                        new StringReader("g,sel,score\n" + String.join("\n", rows)), List.of(List.of("g")), o, true);
                ImpactReport b = ImpactCsv.readIndividuals(
                                new StringReader("g,sel,score\n" + String.join("\n", shuffled)),
                                List.of(List.of("g")),
                                o,
                                true)
                        .get(0);
                assertThat(b).isEqualTo(a.get(0));
            }
        });
    }
}
