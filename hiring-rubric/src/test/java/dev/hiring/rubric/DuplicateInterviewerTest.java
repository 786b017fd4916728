package dev.hiring.rubric;

import static dev.hiring.rubric.Cards.all;
import static dev.hiring.rubric.Cards.card;
import static dev.hiring.rubric.Cards.eval;
import static dev.hiring.rubric.Recommendation.HIRE;
import static dev.hiring.rubric.Recommendation.NO_HIRE;
import static dev.hiring.rubric.Recommendation.STRONG_HIRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicateInterviewerTest {
    private static final DecisionPolicy GUIDE = HiringPolicies.seniorBackendEngineer();

    /** i-1 twice: an early low card and a later high one; i-2 once. */
    private static CandidateEvaluation twice() {
        Scorecard early = all("i-1", NO_HIRE, 1).withRejectionReasons(List.of("shallow-system-design"));
        Scorecard late = ((ImmutableScorecard) ImmutableScorecard.copyOf(all("i-1", STRONG_HIRE, 3)))
                .withSubmittedAt(Instant.parse("2026-11-03T10:00:00Z"));
        return eval(late, all("i-2", HIRE, 2), early);
    }

    @Test
    void refuseIsTheDefaultAndIsNotWritten() {
        assertThat(GUIDE.duplicateInterviewer()).isEqualTo(DuplicateInterviewer.REFUSE);
        assertThat(GUIDE.toCanonicalJson()).doesNotContain("duplicateInterviewer");
        assertThat(DecisionPolicy.parse(
                        GUIDE.toJson().replace("\"rules\"", "\"duplicateInterviewer\" : \"refuse\", \"rules\"")))
                .isEqualTo(GUIDE)
                .extracting(DecisionPolicy::hash)
                .isEqualTo(GUIDE.hash());
        assertThatThrownBy(() -> GUIDE.requireDecidable(twice()))
                .isInstanceOf(UndecidableEvaluationException.class)
                .hasMessageContaining("or give the policy a merge rule: duplicateInterviewer latest or mean)");
    }

    @Test
    void aMergeRuleIsInTheCanonicalJsonAndTheHash() {
        DecisionPolicy latest = GUIDE.withDuplicateInterviewer(DuplicateInterviewer.LATEST);
        DecisionPolicy mean = GUIDE.withDuplicateInterviewer(DuplicateInterviewer.MEAN);

        assertThat(latest.toCanonicalJson()).contains("\"duplicateInterviewer\":\"latest\"");
        assertThat(mean.toCanonicalJson()).contains("\"duplicateInterviewer\":\"mean\"");
        assertThat(List.of(GUIDE.hash(), latest.hash(), mean.hash())).doesNotHaveDuplicates();
        assertThat(DecisionPolicy.parse(mean.toJson())).isEqualTo(mean);
        assertThatThrownBy(() -> DecisionPolicy.parse(mean.toJson().replace("\"mean\"", "\"sum\"")))
                .hasMessageContaining("duplicateInterviewer");
    }

    @Test
    void latestKeepsTheLaterScorecardWhateverTheOrder() {
        DecisionPolicy latest = GUIDE.withDuplicateInterviewer(DuplicateInterviewer.LATEST);
        latest.requireDecidable(twice());

        Decision d = latest.decide(twice());
        List<Scorecard> reversed = new java.util.ArrayList<>(twice().scorecards());
        java.util.Collections.reverse(reversed);

        assertThat(d.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(d.criteria().get(0).count()).isEqualTo(2);
        assertThat(d.criteria().get(0).max()).isEqualTo(3);
        assertThat(d.criteria().get(0).min()).isEqualTo(2);
        assertThat(d.rejectionReasons()).isEmpty();
        assertThat(latest.decide(twice().withScorecards(reversed))).isEqualTo(d);
    }

    @Test
    void meanMergesRatingsToTheNearestLevelAndKeepsTheLeastFavourableRecommendation() {
        DecisionPolicy mean = GUIDE.withDuplicateInterviewer(DuplicateInterviewer.MEAN);

        Decision d = mean.decide(twice());

        // i-1: (1 + 3) / 2 = 2 on every criterion; i-2: 2
        assertThat(d.criteria()).allSatisfy(c -> {
            assertThat(c.count()).isEqualTo(2);
            assertThat(c.mean()).isEqualTo(2.0);
        });
        // NO_HIRE is the least favourable of i-1's, with its reason kept
        assertThat(d.rejectionReasons()).containsExactly(new ReasonCount("shallow-system-design", 1));
        assertThat(InterviewerMerge.nearestLevel(5, 2, GUIDE.ratingScale())).isEqualTo(2);
        assertThat(InterviewerMerge.nearestLevel(8, 3, GUIDE.ratingScale())).isEqualTo(3);
        assertThat(InterviewerMerge.nearestLevel(4, 3, GUIDE.ratingScale())).isEqualTo(1);
        assertThat(GUIDE.decide(twice()).criteria().get(0).count()).isEqualTo(3);
        assertThat(mean.decide(eval(card("i-1", HIRE, Map.of("system-design", 3))))
                        .criteria()
                        .get(0)
                        .mean())
                .isEqualTo(3.0);
    }
}
