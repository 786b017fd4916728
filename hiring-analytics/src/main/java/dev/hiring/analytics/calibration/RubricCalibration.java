package dev.hiring.analytics.calibration;

import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.Decision;
import dev.hiring.rubric.Outcome;
import dev.hiring.rubric.Recommendation;
import dev.hiring.rubric.Scorecard;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Calibration from rubric types: every scorecard rating becomes a {@link Rating} (interviewer, criterion id,
 * candidate, level), every scorecard recommendation other than {@link Recommendation#NO_DECISION} a
 * {@link HireRecommendation} (strong hire and hire are "hire"), and a {@link Decision} whose outcome is
 * {@link Outcome#HIRE} or {@link Outcome#NO_HIRE} a {@link FinalDecision} (other outcomes are not final).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RubricCalibration {
    private RubricCalibration() {}

    /**
     * Calibrates the interviewers of some evaluations against some decisions.
     *
     * @param evaluations the candidates' evaluations
     * @param decisions the final decisions (may be empty)
     * @param minimumHistory H ≥ 1
     */
    public static CalibrationReport compute(
            Collection<CandidateEvaluation> evaluations, Collection<Decision> decisions, int minimumHistory) {
        List<FinalDecision> finals = new ArrayList<>();
        for (Decision d : decisions) {
            if (d.outcome() == Outcome.HIRE || d.outcome() == Outcome.NO_HIRE) {
                finals.add(new FinalDecision(d.candidate(), d.outcome() == Outcome.HIRE));
            }
        }
        return Calibration.compute(ratings(evaluations), recommendations(evaluations), finals, minimumHistory);
    }

    /** The ratings of every scorecard of the evaluations. */
    public static List<Rating> ratings(Collection<CandidateEvaluation> evaluations) {
        List<Rating> out = new ArrayList<>();
        for (CandidateEvaluation e : evaluations) {
            for (Scorecard s : e.scorecards()) {
                for (Map.Entry<String, Integer> r : s.ratings().entrySet()) {
                    out.add(new Rating(s.interviewer(), r.getKey(), e.candidate(), r.getValue()));
                }
            }
        }
        return out;
    }

    /** The hire/no-hire recommendations of every scorecard ({@code NO_DECISION} left out). */
    public static List<HireRecommendation> recommendations(Collection<CandidateEvaluation> evaluations) {
        List<HireRecommendation> out = new ArrayList<>();
        for (CandidateEvaluation e : evaluations) {
            for (Scorecard s : e.scorecards()) {
                Recommendation r = s.recommendation();
                if (r != Recommendation.NO_DECISION) {
                    out.add(new HireRecommendation(s.interviewer(), e.candidate(), !r.isNegative()));
                }
            }
        }
        return out;
    }
}
