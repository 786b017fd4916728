package dev.hiring.analytics.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hiring.core.HiringException;
import dev.hiring.core.json.HiringJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    private static List<Rating> panel() {
        List<Rating> rs = new ArrayList<>();
        // Two interviewers rate the same six candidates; "lenient" is one level above "strict" on half of them.
        int[] strict = {1, 2, 2, 1, 2, 3};
        int[] lenient = {2, 3, 2, 2, 3, 3};
        for (int c = 0; c < strict.length; c++) {
            rs.add(new Rating("strict", "system-design", "c" + c, strict[c]));
            rs.add(new Rating("lenient", "system-design", "c" + c, lenient[c]));
        }
        rs.add(new Rating("new", "system-design", "c0", 3));
        return rs;
    }

    @Test
    void leniencyZScoresAndPanelOffsets() {
        CalibrationReport r = Calibration.compute(panel(), List.of(), List.of(), 5);
        assertThat(r.sigma()).isEqualTo("sample");
        CriterionPool pool = r.criteria().get(0);
        double[] all = {1, 2, 2, 1, 2, 3, 2, 3, 2, 2, 3, 3, 3};
        double mu = java.util.Arrays.stream(all).average().orElseThrow();
        double ss = java.util.Arrays.stream(all).map(x -> (x - mu) * (x - mu)).sum();
        assertThat(pool.mean()).isCloseTo(mu, within(1e-12));
        assertThat(pool.standardDeviation()).isCloseTo(Math.sqrt(ss / 12), within(1e-12));
        InterviewerCalibration lenient = find(r, "lenient");
        assertThat(lenient.mean()).isCloseTo(15 / 6.0, within(1e-12));
        assertThat(lenient.belowMinimumHistory()).isFalse();
        assertThat(lenient.leniency()).isCloseTo(15 / 6.0 - mu, within(1e-12));
        assertThat(lenient.zScore()).isCloseTo((15 / 6.0 - mu) / pool.standardDeviation(), within(1e-12));
        InterviewerCalibration strict = find(r, "strict");
        assertThat(strict.leniency()).isNegative();
        // Candidate c0 has three raters; the others two.
        assertThat(lenient.sharedRatings()).isEqualTo(6);
        InterviewerCalibration newcomer = find(r, "new");
        assertThat(newcomer.belowMinimumHistory()).isTrue();
        // One rating of 3 with H = 5: (1·3 + 4·μ) / 5.
        assertThat(newcomer.adjustedMean()).isCloseTo((3 + 4 * mu) / 5, within(1e-12));
        assertThat(newcomer.panelOffset()).isCloseTo(3 - 1.5, within(1e-12));
    }

    private static InterviewerCalibration find(CalibrationReport r, String id) {
        return r.interviewers().stream()
                .filter(i -> i.interviewer().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void zeroSigmaGivesNoZScore() {
        List<Rating> rs = List.of(new Rating("a", "x", "c1", 2), new Rating("b", "x", "c1", 2));
        CalibrationReport r = Calibration.compute(rs, List.of(), List.of(), 1);
        assertThat(r.criteria().get(0).standardDeviation()).isZero();
        assertThat(r.interviewers()).allSatisfy(i -> assertThat(i.zScore()).isNull());
    }

    @Test
    void recommendationAgreement() {
        List<HireRecommendation> recs = List.of(
                new HireRecommendation("a", "c1", true),
                new HireRecommendation("a", "c2", true),
                new HireRecommendation("a", "c3", false),
                new HireRecommendation("b", "c9", true));
        List<FinalDecision> ds =
                List.of(new FinalDecision("c1", true), new FinalDecision("c2", false), new FinalDecision("c3", false));
        CalibrationReport r = Calibration.compute(panel(), recs, ds, 3);
        RecommendationAgreement a = r.recommendations().get(0);
        assertThat(a.compared()).isEqualTo(3);
        assertThat(a.agreed()).isEqualTo(2);
        assertThat(a.rate()).isCloseTo(2 / 3.0, within(1e-12));
        RecommendationAgreement b = r.recommendations().get(1);
        assertThat(b.compared()).isZero();
        assertThat(b.rate()).isNull();
    }

    @Test
    void errors() {
        assertThatThrownBy(() -> Calibration.compute(List.of(), List.of(), List.of(), 5))
                .isInstanceOf(HiringException.class);
        assertThatThrownBy(() -> Calibration.compute(panel(), List.of(), List.of(), 0))
                .hasMessageContaining("minimumHistory");
        List<Rating> dup = new ArrayList<>(panel());
        dup.add(new Rating("strict", "system-design", "c0", 2));
        assertThatThrownBy(() -> Calibration.compute(dup, List.of(), List.of(), 5))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new Rating("a", "x", "c", Double.NaN)).isInstanceOf(HiringException.class);
    }

    @Test
    void jsonInputRoundTrip() {
        String json = """
                {"minimumHistory": 2,
                 "ratings": [{"interviewer": "a", "criterion": "x", "candidate": "c1", "score": 1},
                             {"interviewer": "b", "criterion": "x", "candidate": "c1", "score": 3}],
                 "decisions": [{"candidate": "c1", "hired": true}],
                 "recommendations": [{"interviewer": "a", "candidate": "c1", "hire": false}]}
                """;
        CalibrationInput in = HiringJson.read(json, CalibrationInput.class);
        CalibrationReport r = in.compute();
        assertThat(r.minimumHistory()).isEqualTo(2);
        assertThat(r.interviewers()).hasSize(2);
        assertThat(r.recommendations().get(0).agreed()).isZero();
        assertThat(HiringJson.write(r)).contains("\"sigma\" : \"sample\"");
    }
}
