package dev.hiring.analytics.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hiring.core.HiringException;
import dev.hiring.core.HiringParseException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation") // the positional AdverseImpact.analyze stays tested while it is kept
class AdverseImpactTest {

    /**
     * Uniform Guidelines Questions and Answers, Q. 12: hiring rates of 60% (reference), 45%, 48% and 51%. 45/60 =
     * 0.75 is adverse impact; 48/60 = 0.80 is exactly four-fifths and so not flagged (strictly below only).
     */
    @Test
    void fourFifthsIsStrict() {
        ImpactReport r = AdverseImpact.analyze(
                List.of(
                        new GroupCounts("white", 100, 60),
                        new GroupCounts("american-indian", 100, 45),
                        new GroupCounts("hispanic", 100, 48),
                        new GroupCounts("black", 100, 51)),
                RateKind.SELECTION,
                0,
                null,
                false);
        assertThat(r.reference()).isEqualTo("white");
        assertThat(r.groups())
                .extracting(GroupImpact::group)
                .containsExactly("american-indian", "black", "hispanic", "white");
        GroupImpact ai = r.groups().get(0);
        assertThat(ai.impactRatio()).isCloseTo(0.75, within(1e-12));
        assertThat(ai.fourFifthsViolation()).isTrue();
        GroupImpact hisp = r.groups().get(2);
        assertThat(hisp.impactRatio()).isCloseTo(0.80, within(1e-12));
        assertThat(hisp.fourFifthsViolation()).isFalse();
        GroupImpact white = r.groups().get(3);
        assertThat(white.impactRatio()).isEqualTo(1.0);
        assertThat(white.fisherP()).isNull();
        // With 100 applicants, one selection more lifts 45% to 46% (ratio 0.767): the flag stays.
        assertThat(ai.smallNumbersFlip()).isFalse();
        // 48% at exactly 0.8: one selection less gives 0.783 and flips the flag.
        assertThat(hisp.smallNumbersFlip()).isTrue();
    }

    @Test
    void significanceMatchesIndependentComputations() {
        GroupCounts g = new GroupCounts("b", 100, 45);
        GroupCounts ref = new GroupCounts("a", 100, 60);
        ImpactReport r = AdverseImpact.analyze(List.of(g, ref), RateKind.SELECTION, 0, null, false);
        GroupImpact b = r.groups().get(1);
        // z² equals Pearson's chi-square without continuity correction on the same 2 × 2 table.
        double chi2 = ChiSquareTest.withDefaults().statistic(new long[][] {{45, 55}, {60, 40}});
        double z = java.util.Objects.requireNonNull(b.z());
        assertThat(z * z).isCloseTo(chi2, within(1e-9));
        assertThat(z).isNegative();
        // Fisher's two-sided p as the sum of hypergeometric probabilities not above the observed one.
        assertThat(b.fisherP()).isCloseTo(fisherTwoSided(45, 55, 60, 40), within(1e-9));
        assertThat(b.zP()).isBetween(0.0, 1.0);
    }

    /**
     * The pooled two-proportion z test by hand. Group b: 40 applicants, 12 selected, r_b = 0.3; reference a: 60
     * applicants, 30 selected, r_a = 0.5. Impact ratio 0.3 / 0.5 = 0.6 (below four-fifths). Pooled rate p̄ = (12 + 30) /
     * (40 + 60) = 0.42; SE = √(p̄ (1 − p̄) (1/40 + 1/60)) = √(0.42 · 0.58 · 1/24) = √(0.2436 / 24) = √0.01015 =
     * 0.1007472; z = (0.3 − 0.5) / 0.1007472 = −1.985167. Two-sided p = 2 (1 − Φ(1.9852)); the normal table gives
     * Φ(1.98) = 0.97615 and Φ(1.99) = 0.97670, so Φ(1.9852) ≈ 0.97615 + 0.52 · 0.00055 = 0.97644 and p ≈ 0.0471.
     */
    @Test
    void pooledZMatchesTheHandComputation() {
        ImpactReport r = AdverseImpact.analyze(
                List.of(new GroupCounts("a", 60, 30), new GroupCounts("b", 40, 12)),
                RateKind.SELECTION,
                0,
                null,
                false);
        assertThat(r.reference()).isEqualTo("a");
        GroupImpact b = r.groups().get(1);
        assertThat(b.group()).isEqualTo("b");
        assertThat(b.impactRatio()).isNotNull().isCloseTo(0.6, within(1e-12));
        assertThat(b.fourFifthsViolation()).isTrue();
        assertThat(b.z()).isNotNull().isCloseTo(-1.985167, within(1e-6));
        assertThat(b.zP()).isNotNull().isCloseTo(0.0471, within(1e-4));
        GroupImpact a = r.groups().get(0);
        assertThat(a.z()).isNull();
        assertThat(a.zP()).isNull();
    }

    /** A direct, slow two-sided Fisher exact test for cross-checking. */
    private static double fisherTwoSided(int a, int b, int c, int d) {
        int row1 = a + b;
        int col1 = a + c;
        int n = a + b + c + d;
        double observed = logHyper(a, row1, col1, n);
        double p = 0;
        for (int x = Math.max(0, col1 - (n - row1)); x <= Math.min(row1, col1); x++) {
            double lp = logHyper(x, row1, col1, n);
            if (lp <= observed + 1e-7) {
                p += Math.exp(lp);
            }
        }
        return p;
    }

    private static double logHyper(int x, int row1, int col1, int n) {
        return logChoose(col1, x) + logChoose(n - col1, row1 - x) - logChoose(n, row1);
    }

    private static double logChoose(int n, int k) {
        double s = 0;
        for (int i = 1; i <= k; i++) {
            s += Math.log(n - k + i) - Math.log(i);
        }
        return s;
    }

    @Test
    void veryLargeTablesCarryTheZTestOnly() {
        ImpactReport r = AdverseImpact.analyze(
                List.of(new GroupCounts("a", 60_000, 30_000), new GroupCounts("b", 60_000, 27_000)),
                RateKind.SELECTION,
                0,
                null,
                false);
        GroupImpact b = r.groups().get(1);
        assertThat(b.fisherP()).isNull();
        assertThat(b.z()).isNotNull();
        assertThat(b.zP()).isNotNull().isLessThan(1e-6);
    }

    @Test
    void smallGroupsAreMarkedAndExcludedOnlyWhenAsked() {
        List<GroupCounts> groups =
                List.of(new GroupCounts("a", 500, 250), new GroupCounts("b", 480, 200), new GroupCounts("tiny", 10, 9));
        ImpactReport kept = AdverseImpact.analyze(groups, RateKind.SELECTION, 10, null, false);
        assertThat(kept.total()).isEqualTo(1000);
        assertThat(kept.reference()).isEqualTo("tiny");
        assertThat(kept.groups().get(2).under2Percent()).isTrue();
        ImpactReport excluded = AdverseImpact.analyze(groups, RateKind.SELECTION, 10, null, true);
        assertThat(excluded.reference()).isEqualTo("a");
        GroupImpact tiny = excluded.groups().get(2);
        assertThat(tiny.excluded()).isTrue();
        assertThat(tiny.impactRatio()).isNull();
        assertThat(tiny.applicants()).isEqualTo(10);
        assertThat(tiny.rate()).isCloseTo(0.9, within(1e-12));
        assertThat(excluded.groups().get(1).impactRatio()).isCloseTo((200 / 480.0) / 0.5, within(1e-12));
    }

    @Test
    void noPositiveRateMeansNoRatios() {
        ImpactReport r = AdverseImpact.analyze(
                List.of(new GroupCounts("a", 5, 0), new GroupCounts("b", 7, 0)), RateKind.SELECTION, 0, null, false);
        assertThat(r.reference()).isNull();
        assertThat(r.groups()).allSatisfy(g -> assertThat(g.impactRatio()).isNull());
    }

    @Test
    void zeroSizeGroupIsAnError() {
        assertThatThrownBy(() -> new GroupCounts("a", 0, 0))
                .isInstanceOf(HiringException.class)
                .hasMessageContaining("zero-size group");
        assertThatThrownBy(() -> ImpactCsv.readSummary(new StringReader("group,applicants,selected\na,0,0\n"), false))
                .isInstanceOf(HiringParseException.class)
                .hasMessageContaining("row 1, column 'applicants'");
    }

    @Test
    void summaryCsv() {
        String csv = "group,applicants,selected\nmen,100,60\nwomen,100,40\nunknown,5,1\n";
        ImpactReport r = ImpactCsv.readSummary(new StringReader(csv), false);
        assertThat(r.unknown()).isEqualTo(5);
        assertThat(r.reference()).isEqualTo("men");
        assertThat(r.groups().get(1).impactRatio()).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(r.groups().get(1).fourFifthsViolation()).isTrue();
    }

    @Test
    void badSummaryCsvs() {
        assertThatThrownBy(() -> ImpactCsv.readSummary(new StringReader("group,applicants,selected\na,10\n"), false))
                .isInstanceOf(HiringParseException.class)
                .hasMessageContaining("row 1 has 2 fields but the header has 3");
        assertThatThrownBy(() -> ImpactCsv.readSummary(new StringReader("group,applicants,selected\na,ten,1\n"), false))
                .isInstanceOf(HiringParseException.class)
                .hasMessageContaining("column 'applicants'")
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> ImpactCsv.readSummary(new StringReader("group,group,selected\na,1,1\n"), false))
                .isInstanceOf(HiringParseException.class)
                .hasMessageContaining("repeats the name 'group'");
        assertThatThrownBy(() -> ImpactCsv.readSummary(new StringReader("group,applicants,selected\na,5,6\n"), false))
                .isInstanceOf(HiringParseException.class)
                .hasMessageContaining("selected is larger than applicants");
        assertThatThrownBy(() ->
                        ImpactCsv.readSummary(new StringReader("group,applicants,selected\na,5,1\na,6,1\n"), false))
                .hasMessageContaining("row 2, column 'group'");
    }

    @Test
    void individualsSelectionRateAndIntersections() {
        String csv = """
                id,sex,race,selected
                1,Male,White,1
                2,Male,Asian,0
                3,Female,White,1
                4,Female,Asian,1
                5,,White,0
                6,Male,White,yes
                7,Female,unknown,no
                """;
        List<ImpactReport> rs = ImpactCsv.readIndividuals(
                new StringReader(csv),
                List.of(List.of("sex"), List.of("sex", "race")),
                OutcomeColumn.selected("selected"),
                false);
        ImpactReport sex = rs.get(0);
        assertThat(sex.unknown()).isEqualTo(1);
        assertThat(sex.total()).isEqualTo(7);
        assertThat(sex.groups()).extracting(GroupImpact::group).containsExactly("Female", "Male");
        assertThat(sex.groups()).extracting(GroupImpact::selected).containsExactly(2L, 2L);
        ImpactReport both = rs.get(1);
        assertThat(both.unknown()).isEqualTo(2);
        assertThat(both.groups())
                .extracting(GroupImpact::group)
                .containsExactly("Female / Asian", "Female / White", "Male / Asian", "Male / White");
    }

    @Test
    void ll144ScoringRateUsesTheMedianOfTheFullSample() {
        String csv = """
                sex,race,score
                Male,White,10
                Male,Asian,20
                Female,White,30
                Female,Asian,40
                ,White,50
                """;
        Ll144Report r = Ll144.report(new StringReader(csv), "sex", "race", OutcomeColumn.score("score"), false);
        // Median of all five scores is 30; strictly above: 40 (Female) and 50 (unknown sex).
        assertThat(r.sex().median()).isEqualTo(30.0);
        assertThat(r.sex().groups()).extracting(GroupImpact::selected).containsExactly(1L, 0L);
        assertThat(r.sex().unknown()).isEqualTo(1);
        assertThat(r.raceEthnicity().groups()).extracting(GroupImpact::group).containsExactly("Asian", "White");
        assertThat(r.raceEthnicity().groups()).extracting(GroupImpact::selected).containsExactly(1L, 1L);
        assertThat(r.intersectional().groups()).hasSize(4);
        assertThat(r.individuals()).isEqualTo(5);
        assertThat(r.rate()).isEqualTo(RateKind.SCORING);
    }

    @Test
    void badIndividualCsvs() {
        assertThatThrownBy(() -> ImpactCsv.readIndividuals(
                        new StringReader("sex,selected\nMale,maybe\n"),
                        List.of(List.of("sex")),
                        OutcomeColumn.selected("selected"),
                        false))
                .isInstanceOf(HiringParseException.class)
                .hasMessageContaining("row 1, column 'selected'");
        assertThatThrownBy(() -> ImpactCsv.readIndividuals(
                        new StringReader("sex,score\nMale,high\n"),
                        List.of(List.of("sex")),
                        OutcomeColumn.score("score"),
                        false))
                .hasMessageContaining("column 'score': not a number");
        assertThatThrownBy(() -> ImpactCsv.readIndividuals(
                        new StringReader("sex,selected\nMale,1\n"),
                        List.of(List.of("race")),
                        OutcomeColumn.selected("selected"),
                        false))
                .hasMessageContaining("no column 'race'");
    }
}
