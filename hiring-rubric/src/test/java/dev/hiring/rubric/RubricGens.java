package dev.hiring.rubric;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.hiring.core.StageKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the rubric's value types, over the guide's criteria, scale and ids. */
final class RubricGens {
    static final DecisionPolicy GUIDE = HiringPolicies.seniorBackendEngineer();
    static final List<String> CRITERIA = List.copyOf(GUIDE.weights().keySet());
    static final List<String> REASONS = GUIDE.rejectionReasons();
    static final List<String> FLAGS = GUIDE.redFlags();

    private RubricGens() {}

    /** A rating level value of the guide's scale: 1 to 3. */
    static Gen<Integer> levels() {
        return integers().between(1, 3);
    }

    /** Ratings for a random subset of the criteria, in a random order. */
    static Gen<Map<String, Integer>> ratings() {
        return in -> {
            List<String> order = new ArrayList<>(CRITERIA);
            shuffle(order, integers().between(0, Integer.MAX_VALUE - 1).generate(in));
            Map<String, Integer> m = new LinkedHashMap<>();
            for (String c : order) {
                if (integers().between(0, 3).generate(in) > 0) {
                    m.put(c, levels().generate(in));
                }
            }
            return m;
        };
    }

    /**
     * A scorecard for candidate {@code c-1}; STRONG_NO_HIRE and red flags only if {@code negativeSignals}; negative
     * scorecards usually give a reason.
     */
    static Gen<Scorecard> scorecards(boolean negativeSignals) {
        Gen<Recommendation> recs = negativeSignals
                ? Generate.enumValues(Recommendation.class)
                : Generate.pick(List.of(
                        Recommendation.STRONG_HIRE,
                        Recommendation.HIRE,
                        Recommendation.NO_HIRE,
                        Recommendation.NO_DECISION));
        return in -> {
            Scorecard.Builder b = Scorecard.builder();
            Recommendation rec = recs.generate(in);
            b.candidate(Cards.CANDIDATE)
                    .interviewer("i-" + integers().between(1, 6).generate(in))
                    .putAllRatings(ratings().generate(in))
                    .recommendation(rec);
            if (booleans().all().generate(in)) {
                b.stage(Generate.enumValues(StageKind.class).generate(in));
            }
            if (booleans().all().generate(in)) {
                b.submittedAt(Instant.ofEpochSecond(
                        1_700_000_000L + integers().between(0, 10_000_000).generate(in)));
            }
            if (rec.isNegative() && integers().between(0, 4).generate(in) > 0) {
                b.addRejectionReasons(Generate.pick(REASONS).generate(in));
            }
            if (negativeSignals && integers().between(0, 5).generate(in) == 0) {
                b.addRedFlags(Generate.pick(FLAGS).generate(in));
            }
            if (booleans().all().generate(in)) {
                b.notes("note " + integers().between(0, 999).generate(in));
            }
            return b.build();
        };
    }

    /** An evaluation of 0 to 6 scorecards. */
    static Gen<CandidateEvaluation> evaluations(boolean negativeSignals) {
        Gen<Scorecard> cards = scorecards(negativeSignals);
        return in -> {
            int n = integers().between(0, 6).generate(in);
            List<Scorecard> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(cards.generate(in));
            }
            return CandidateEvaluation.of(Cards.CANDIDATE, Cards.ROLE, list);
        };
    }

    /** A policy over the guide's scale and criteria, with random weights and a random subset of rules. */
    static Gen<DecisionPolicy> policies() {
        return in -> {
            Map<String, Double> weights = new LinkedHashMap<>();
            for (String c : CRITERIA) {
                weights.put(c, integers().between(1, 40).generate(in) / 10.0);
            }
            List<DecisionRule> rules = new ArrayList<>();
            if (booleans().all().generate(in)) {
                rules.add(new DecisionRule.StrongNoHireVeto());
            }
            if (booleans().all().generate(in)) {
                rules.add(new DecisionRule.RedFlagVeto(
                        booleans().all().generate(in)
                                ? List.of()
                                : List.of(Generate.pick(FLAGS).generate(in))));
            }
            if (booleans().all().generate(in)) {
                rules.add(new DecisionRule.MinInterviewers(
                        integers().between(1, 4).generate(in)));
            }
            if (booleans().all().generate(in)) {
                rules.add(new DecisionRule.RejectionReasonRequired());
            }
            if (booleans().all().generate(in)) {
                rules.add(new DecisionRule.MaxDisagreement(
                        integers().between(0, 2).generate(in)));
            }
            if (booleans().all().generate(in)) {
                rules.add(new DecisionRule.MinScore(integers().between(10, 30).generate(in) / 10.0));
            }
            if (booleans().all().generate(in)) {
                rules.add(new DecisionRule.CriterionFloors(Map.of(
                        Generate.pick(CRITERIA).generate(in),
                        integers().between(10, 30).generate(in) / 10.0)));
            }
            DecisionPolicy.Builder b = DecisionPolicy.builder();
            b.id("generated-policy")
                    .version(integers().between(1, 9).generate(in))
                    .ratingScale(GUIDE.ratingScale())
                    .putAllWeights(weights)
                    .addAllRejectionReasons(REASONS)
                    .addAllRedFlags(FLAGS)
                    .addAllRules(rules);
            return b.build();
        };
    }

    /** Deterministic Fisher–Yates shuffle with a seed. */
    static <T> void shuffle(List<T> list, int seed) {
        java.util.Random r = new java.util.Random(seed);
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
