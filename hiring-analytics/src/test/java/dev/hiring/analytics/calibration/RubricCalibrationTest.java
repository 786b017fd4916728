package dev.hiring.analytics.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.Recommendation;
import dev.hiring.rubric.Scorecard;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RubricCalibrationTest {
    @Test
    void scorecardsBecomeRatingsAndRecommendations() {
        Scorecard a = Scorecard.builder()
                .candidate("cand-1")
                .interviewer("ana")
                .putAllRatings(Map.of("system-design", 3, "coding-and-apis", 2))
                .recommendation(Recommendation.STRONG_HIRE)
                .build();
        Scorecard b = Scorecard.builder()
                .candidate("cand-1")
                .interviewer("bo")
                .putAllRatings(Map.of("system-design", 1))
                .recommendation(Recommendation.NO_DECISION)
                .build();
        List<CandidateEvaluation> evals =
                List.of(CandidateEvaluation.of("cand-1", "senior-backend-engineer", List.of(a, b)));
        assertThat(RubricCalibration.ratings(evals))
                .containsExactlyInAnyOrder(
                        new Rating("ana", "system-design", "cand-1", 3),
                        new Rating("ana", "coding-and-apis", "cand-1", 2),
                        new Rating("bo", "system-design", "cand-1", 1));
        assertThat(RubricCalibration.recommendations(evals))
                .containsExactly(new HireRecommendation("ana", "cand-1", true));
        CalibrationReport r = RubricCalibration.compute(evals, List.of(), 1);
        assertThat(r.interviewers()).hasSize(3);
    }
}
