package dev.hiring.analytics.calibration;

import dev.hiring.rubric.CandidateEvaluation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON input of a calibration: plain ratings and recommendations, and/or rubric candidate evaluations (whose
 * scorecards supply both), plus the final decisions. Absent lists are empty; an absent minimum history is
 * {@value Calibration#DEFAULT_MINIMUM_HISTORY}.
 *
 * @param minimumHistory H, or {@code null} for the default
 * @param ratings plain ratings
 * @param recommendations plain hire/no-hire recommendations
 * @param evaluations rubric candidate evaluations; each scorecard's ratings and recommendation are added
 * @param decisions the final decisions
 */
public record CalibrationInput(
        @Nullable Integer minimumHistory,
        @Nullable List<Rating> ratings,
        @Nullable List<HireRecommendation> recommendations,
        @Nullable List<CandidateEvaluation> evaluations,
        @Nullable List<FinalDecision> decisions) {

    /** Computes the calibration report of this input. */
    public CalibrationReport compute() {
        List<Rating> rs = new java.util.ArrayList<>(ratings == null ? List.of() : ratings);
        List<HireRecommendation> recs =
                new java.util.ArrayList<>(recommendations == null ? List.of() : recommendations);
        if (evaluations != null) {
            rs.addAll(RubricCalibration.ratings(evaluations));
            recs.addAll(RubricCalibration.recommendations(evaluations));
        }
        return Calibration.compute(
                rs,
                recs,
                decisions == null ? List.of() : decisions,
                minimumHistory == null ? Calibration.DEFAULT_MINIMUM_HISTORY : minimumHistory);
    }
}
