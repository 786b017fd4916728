package dev.hiring.analytics.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hiring.core.HiringGuides;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.Recommendation;
import dev.hiring.rubric.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RubricAgreementTest {
    private static Scorecard card(String candidate, String interviewer, Map<String, Integer> ratings) {
        return Scorecard.builder()
                .candidate(candidate)
                .interviewer(interviewer)
                .putAllRatings(ratings)
                .recommendation(Recommendation.HIRE)
                .build();
    }

    @Test
    void perCriterionWithTheKappaParadoxWarning() {
        List<CandidateEvaluation> evals = new ArrayList<>();
        // system-design: the three interviewers agree exactly on varied levels; collaboration: almost always 2.
        int[][] design = {{1, 1, 1}, {2, 2, 2}, {3, 3, 3}, {2, 2, 2}, {1, 1, 1}};
        int[][] collab = {{2, 2, 2}, {2, 2, 2}, {2, 2, 2}, {2, 2, 2}, {2, 2, 3}};
        for (int c = 0; c < design.length; c++) {
            List<Scorecard> cards = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                cards.add(card(
                        "cand-" + c,
                        "int-" + i,
                        Map.of("system-design", design[c][i], "collaboration-and-leadership", collab[c][i])));
            }
            evals.add(CandidateEvaluation.of("cand-" + c, "senior-backend-engineer", cards));
        }
        List<CriterionAgreement> r = RubricAgreement.perCriterion(
                evals, HiringGuides.seniorBackendEngineer().ratingScale(), MeasurementLevel.ORDINAL);
        assertThat(r)
                .extracting(CriterionAgreement::criterion)
                .containsExactly("collaboration-and-leadership", "system-design");
        CriterionAgreement collaboration = r.get(0);
        assertThat(collaboration.dominantLevel()).isEqualTo(2);
        assertThat(collaboration.dominantShare()).isCloseTo(14 / 15.0, within(1e-12));
        assertThat(collaboration.warnings()).anySatisfy(w -> assertThat(w).contains("kappa paradox"));
        // 14 of 15 ratings agree, yet kappa is negative: the paradox the warning explains.
        assertThat(collaboration.fleissKappa()).isNotNull().isNegative();
        CriterionAgreement systemDesign = r.get(1);
        assertThat(systemDesign.alpha()).isNotNull();
        assertThat(java.util.Objects.requireNonNull(systemDesign.alpha()).value())
                .isEqualTo(1.0);
        assertThat(systemDesign.fleissKappa()).isEqualTo(1.0);
        assertThat(systemDesign.warnings()).isEmpty();
        assertThat(systemDesign.units()).isEqualTo(5);
        assertThat(systemDesign.ratings()).isEqualTo(15);
    }
}
