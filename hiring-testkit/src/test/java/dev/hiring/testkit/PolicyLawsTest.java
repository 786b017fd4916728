package dev.hiring.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hiring.core.HiringGuide;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.guide.GuideRegistry;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.CriterionAggregate;
import dev.hiring.rubric.Decision;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.DecisionRule;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.Outcome;
import dev.hiring.rubric.Recommendation;
import dev.hiring.rubric.Scorecard;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Each law passes on the guide's policy and catches a policy written to break it. */
class PolicyLawsTest {
    private static final DecisionPolicy GUIDE = HiringPolicies.seniorBackendEngineer();
    private static final HiringGuide SENIOR_GUIDE = HiringGuides.seniorBackendEngineer();
    /** A company's own guide (the repository's example), not a built-in one. */
    private static final HiringGuide DATA_ENGINEER =
            GuideRegistry.read(Path.of("..", "examples", "guides", "data-engineer.json"));

    private static final DecisionPolicy DATA_POLICY = HiringPolicies.fromGuide(DATA_ENGINEER);

    @Test
    void aCompanysOwnGuidesPolicyObeysEveryLaw() {
        PolicyLaws.forPolicy(DATA_POLICY).all().check();
    }

    @Test
    void withoutTheRuleTheMinimumIsTheGivenGuidesNotTheBuiltInOnes() {
        DecisionPolicy lax = DATA_POLICY.withRules(DATA_POLICY.rules().stream()
                .filter(r -> !(r instanceof DecisionRule.MinInterviewers))
                .toList());
        String message = assertBroken(
                PolicyLaws.forPolicy(lax).guide(DATA_ENGINEER).minimumInterviewers(), "minimumInterviewers");
        assertThat(message).contains("at least 3 required");
        // no guide, no rule, no minimum: an error, not the built-in guide's 2
        assertThatThrownBy(() -> PolicyLaws.forPolicy(lax).minimumInterviewers().check())
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("policy 'data-engineer' has no min-interviewers rule");
        // the built-in guide is not this policy's guide
        assertThatThrownBy(() -> PolicyLaws.forPolicy(DATA_POLICY).guide(SENIOR_GUIDE))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining(
                        "guide 'senior-backend-engineer' has another rating scale than policy" + " 'data-engineer'");
    }

    @Test
    void vetoesDominateWithoutListedRedFlagsUsesNoGuidesIds() {
        // a veto on any red flag, in a policy that lists none: any id vetoes, none of the built-in guide is needed
        DecisionPolicy anyFlag = DecisionPolicy.builder()
                .id("data-engineer")
                .version(1)
                .ratingScale(DATA_ENGINEER.ratingScale())
                .putWeights("pipeline-design", 1.0)
                .addRules(new DecisionRule.RedFlagVeto(List.of()))
                .addRules(new DecisionRule.MinScore(2.0))
                .build();
        PolicyLaws.forPolicy(anyFlag).vetoesDominate().check();
    }

    @Test
    void theGuidePolicyObeysEveryLaw() {
        PolicyLaws.forPolicy(GUIDE).all().check();
    }

    @Test
    void generatedPoliciesObeyTheLawsOfTheirRules() {
        org.quicktheories.QuickTheory.qt()
                .withExamples(15)
                .forAll(HiringGens.policies())
                .checkAssert(p -> PolicyLaws.forPolicy(p)
                        .deterministic()
                        .orderIndependent()
                        .monotone()
                        .unratedIsNotZero()
                        .examples(60)
                        .check());
    }

    @Test
    void deterministicCatchesAPolicyThatFlipsACoin() {
        AtomicInteger calls = new AtomicInteger();
        Function<CandidateEvaluation, Decision> flaky =
                e -> withOutcome(GUIDE.decide(e), calls.incrementAndGet() % 2 == 0 ? Outcome.HIRE : Outcome.NO_HIRE);

        assertBroken(PolicyLaws.forDecider("coin", GUIDE, flaky).deterministic(), "deterministic");
    }

    @Test
    void orderIndependentCatchesAFirstImpressionPolicy() {
        // The first scorecard decides alone when it is negative.
        Function<CandidateEvaluation, Decision> firstImpression = e -> {
            Decision d = GUIDE.decide(e);
            return !e.scorecards().isEmpty()
                            && e.scorecards().get(0).recommendation().isNegative()
                    ? withOutcome(d, Outcome.NO_HIRE)
                    : d;
        };

        assertBroken(
                PolicyLaws.forDecider("first-impression", GUIDE, firstImpression)
                        .orderIndependent(),
                "orderIndependent");
    }

    @Test
    void monotoneCatchesAnOverqualifiedRule() {
        // Rejects anyone rated "exceeds" on system design: a better rating worsens the outcome.
        Function<CandidateEvaluation, Decision> overqualified = e -> {
            Decision d = GUIDE.decide(e);
            boolean exceeds = e.scorecards().stream()
                    .anyMatch(s -> s.rating("system-design").orElse(0) == 3);
            return exceeds ? withOutcome(d, Outcome.NO_HIRE) : d;
        };

        String message = assertBroken(
                PolicyLaws.forDecider("overqualified", GUIDE, overqualified).monotone(), "monotone");
        assertThat(message).contains("turned HIRE into NO_HIRE").contains("system-design");
    }

    @Test
    void unratedIsNotZeroCatchesAPolicyThatCountsUnratedAsZero() {
        // Averages each criterion over every scorecard, so a missing rating counts as 0.
        Function<CandidateEvaluation, Decision> zeros = e -> {
            Decision d = GUIDE.decide(e);
            int n = e.scorecards().size();
            if (n == 0) {
                return d;
            }
            double num = 0;
            double den = 0;
            for (Map.Entry<String, Double> w : GUIDE.weights().entrySet()) {
                int sum = 0;
                for (Scorecard s : e.scorecards()) {
                    sum += s.rating(w.getKey()).orElse(0);
                }
                num += w.getValue() * sum / n;
                den += w.getValue();
            }
            double score = num / den;
            Outcome o = d.outcome() == Outcome.HIRE && score < 2.0 ? Outcome.NO_HIRE : d.outcome();
            return edited(d, o, score);
        };

        String message =
                assertBroken(PolicyLaws.forDecider("zeros", GUIDE, zeros).unratedIsNotZero(), "unratedIsNotZero");
        assertThat(message).containsAnyOf("rates nothing", "unrated");
    }

    @Test
    void vetoesDominateCatchesAnIntegrationThatDropsTheRedFlagVeto() {
        DecisionPolicy withoutFlags = GUIDE.withRules(GUIDE.rules().stream()
                .filter(r -> !(r instanceof DecisionRule.RedFlagVeto))
                .toList());

        String message = assertBroken(
                PolicyLaws.forDecider("no-red-flags", GUIDE, withoutFlags::decide)
                        .vetoesDominate(),
                "vetoesDominate");
        assertThat(message).contains("red flag").contains("not NO_HIRE");
    }

    @Test
    void vetoesDominateCatchesAStrongHireOverride() {
        // Two STRONG_HIREs overrule a STRONG_NO_HIRE.
        Function<CandidateEvaluation, Decision> champions = e -> {
            Decision d = GUIDE.decide(e);
            long strong = e.scorecards().stream()
                    .filter(s -> s.recommendation() == Recommendation.STRONG_HIRE)
                    .count();
            return strong >= 1 && d.outcome() == Outcome.NO_HIRE ? withOutcome(d, Outcome.DEBRIEF) : d;
        };
        DecisionPolicy strongOnly = GUIDE.withRules(GUIDE.rules().stream()
                .filter(r -> !(r instanceof DecisionRule.RedFlagVeto))
                .toList());

        assertBroken(PolicyLaws.forDecider("champions", strongOnly, champions).vetoesDominate(), "vetoesDominate");
    }

    @Test
    void vetoesDominateFailsForAPolicyWithoutVetoes() {
        DecisionPolicy noVetoes = GUIDE.withRules(GUIDE.rules().stream()
                .filter(r -> !(r instanceof DecisionRule.RedFlagVeto) && !(r instanceof DecisionRule.StrongNoHireVeto))
                .toList());

        assertThat(assertBroken(PolicyLaws.forPolicy(noVetoes).vetoesDominate(), "vetoesDominate"))
                .contains("declares no veto rule");
    }

    @Test
    void minimumInterviewersCatchesAPolicyWithoutTheRuleAndShrinksToOneScorecard() {
        DecisionPolicy lax = GUIDE.withRules(GUIDE.rules().stream()
                .filter(r -> !(r instanceof DecisionRule.MinInterviewers))
                .toList());

        String message = assertBroken(
                PolicyLaws.forPolicy(lax).guide(SENIOR_GUIDE).minimumInterviewers(), "minimumInterviewers");
        assertThat(message).contains("HIRE with 1 interviewer").contains("1 scorecard\n");
    }

    @Test
    void minimumInterviewersCanBeRaised() {
        assertBroken(PolicyLaws.forPolicy(GUIDE).minimumInterviewers(3), "minimumInterviewers");
    }

    @Test
    void everyBrokenLawIsReportedAtOnce() {
        DecisionPolicy noVetoNoMinimum = GUIDE.withRules(List.of(new DecisionRule.MinScore(2.0)));

        assertThatThrownBy(() -> PolicyLaws.forPolicy(noVetoNoMinimum)
                        .guide(SENIOR_GUIDE)
                        .vetoesDominate()
                        .minimumInterviewers()
                        .monotone()
                        .check())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("breaks 2 laws")
                .hasMessageContaining("law vetoesDominate is broken")
                .hasMessageContaining("law minimumInterviewers is broken");
    }

    @Test
    void checkWithoutLawsIsAMistake() {
        assertThatThrownBy(() -> PolicyLaws.forPolicy(GUIDE).check())
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("choose at least one law");
    }

    @Test
    void aFixedSeedReplaysTheSameCounterExample() {
        DecisionPolicy lax = GUIDE.withRules(List.of(new DecisionRule.MinScore(1.0)));
        String first =
                assertBroken(PolicyLaws.forPolicy(lax).minimumInterviewers(2).seed(42), "minimumInterviewers");
        String second =
                assertBroken(PolicyLaws.forPolicy(lax).minimumInterviewers(2).seed(42), "minimumInterviewers");
        assertThat(first).isEqualTo(second);
    }

    @Test
    void describeShowsIdsAndRatingsButNeverNotes() {
        CandidateEvaluation e = CandidateEvaluation.of(
                "c-1",
                "r",
                List.of(Scorecard.builder()
                        .candidate("c-1")
                        .interviewer("i-1")
                        .putRatings("system-design", 2)
                        .recommendation(Recommendation.NO_HIRE)
                        .addRejectionReasons("insufficient-depth")
                        .notes("Secret " + HiringGens.NOTES_MARKER)
                        .build()));

        assertThat(PolicyLaws.describe(e))
                .isEqualTo("1 scorecard\n  i-1 {system-design=2} NO_HIRE reasons [insufficient-depth]")
                .doesNotContain(HiringGens.NOTES_MARKER);
    }

    /** Runs the check, expects it to fail for the law, and returns the message (which never shows notes). */
    private static String assertBroken(PolicyLaws laws, String law) {
        AssertionError error = org.assertj.core.api.Assertions.catchThrowableOfType(AssertionError.class, laws::check);
        assertThat(error).as("the check of law %s", law).isNotNull();
        String message = String.valueOf(error.getMessage());
        assertThat(message)
                .contains("law " + law + " is broken")
                .doesNotContain(HiringGens.NOTES_MARKER)
                .doesNotContain("Other found falsifying value")
                .doesNotContain("\tat ");
        return message;
    }

    private static Decision withOutcome(Decision d, Outcome o) {
        return edited(d, o, d.score());
    }

    /**
     * A broken decider's decision: only a policy creates a {@link Decision}, so the mutant edits one's JSON and reads
     * it back, as a forged stored decision would be.
     */
    private static Decision edited(Decision d, Outcome o, @Nullable Double score) {
        ObjectNode json = HiringJackson.mapper().valueToTree(d);
        json.put("outcome", o.name());
        json.put("score", score);
        return Decision.parse(json.toString());
    }

    @SuppressWarnings("unused")
    private static List<CriterionAggregate> criteria(Decision d) {
        return d.criteria();
    }
}
