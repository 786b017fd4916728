package dev.hiring.testkit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.hiring.core.HiringGuide;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.RatingLevel;
import dev.hiring.core.RedFlag;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.Decision;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.DecisionRule;
import dev.hiring.rubric.Outcome;
import dev.hiring.rubric.Recommendation;
import dev.hiring.rubric.RuleResult;
import dev.hiring.rubric.Scorecard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws that a hiring decision policy should obey, checked with QuickTheories over generated evaluations that fit
 * the policy. Pick the laws your policy is meant to obey:
 *
 * <pre>{@code
 * PolicyLaws.forPolicy(policy).monotone().orderIndependent().deterministic().check();
 * }</pre>
 *
 * <p>{@link #check()} throws an {@link AssertionError} naming every broken law with the smallest counter-example
 * QuickTheories found (after shrinking), described by ids, ratings, recommendations, rejection-reason and red-flag
 * ids only: never the notes.
 *
 * <p>The laws:
 *
 * <ul>
 *   <li>{@link #deterministic()}: deciding the same evaluation twice, or an equal copy, gives equal decisions;
 *   <li>{@link #orderIndependent()}: reordering scorecards (or the ratings within one) changes neither the outcome,
 *       nor the score, nor any rule's verdict;
 *   <li>{@link #monotone()}: raising one rating by one level, or one recommendation by one step, never turns a
 *       HIRE into a NO_HIRE, and raising a rating never lowers the score. (A disagreement rule may still ask for a
 *       DEBRIEF, and outcomes that wait for evidence are not compared: they are no verdict on the candidate.) An SDK
 *       policy keeps this law with a failing disagreement rule too: it gives NO_HIRE only when the bar fails even
 *       with every disputed criterion at its highest rating, which a raised rating can only make less likely;
 *   <li>{@link #unratedIsNotZero()}: a scorecard that rates nothing changes nothing, and leaving a criterion unrated
 *       never scores lower than rating it at the lowest level;
 *   <li>{@link #vetoesDominate()}: adding a STRONG_NO_HIRE (if the policy has {@code strong-no-hire-veto}) or a
 *       vetoing red flag (if it has {@code red-flag-veto}) to any evaluation gives NO_HIRE;
 *   <li>{@link #minimumInterviewers()}: never HIRE with fewer distinct interviewers who filled the rubric than the
 *       policy's {@code min-interviewers} (or, when the policy has no such rule, the minimum given or that of the
 *       {@link #guide(HiringGuide) guide} given: no guide is assumed).
 * </ul>
 *
 * <p>This class is a mutable builder of one check; use each instance from one thread.
 */
public final class PolicyLaws {
    private static final double TOLERANCE = 1e-9;
    /** The red flag added for a veto when neither the policy nor its guide lists any. */
    private static final String ANY_RED_FLAG = "policy-laws-red-flag";
    /** The rejection reason given when neither the policy nor its guide lists any. */
    private static final String ANY_REJECTION_REASON = "policy-laws-reason";

    /** The laws, in the order they are checked and reported. */
    private enum Law {
        DETERMINISTIC("deterministic"),
        ORDER_INDEPENDENT("orderIndependent"),
        MONOTONE("monotone"),
        UNRATED_IS_NOT_ZERO("unratedIsNotZero"),
        VETOES_DOMINATE("vetoesDominate"),
        MINIMUM_INTERVIEWERS("minimumInterviewers");

        final String name;

        Law(String name) {
            this.name = name;
        }
    }

    private final String name;
    private final DecisionPolicy shape;
    private final Function<CandidateEvaluation, Decision> decider;
    private final Set<Law> laws = EnumSet.noneOf(Law.class);
    private EvaluationOptions options = EvaluationOptions.defaults();
    private int examples = 300;
    private @Nullable Long seed;
    /** The policy's own minimum ({@code min-interviewers}) or one set explicitly; 0 if neither. */
    private int minInterviewers;

    private @Nullable HiringGuide guide;

    private PolicyLaws(String name, DecisionPolicy shape, Function<CandidateEvaluation, Decision> decider) {
        this.name = name;
        this.shape = shape;
        this.decider = decider;
        this.minInterviewers = shape.rules().stream()
                .filter(r -> r instanceof DecisionRule.MinInterviewers)
                .mapToInt(r -> ((DecisionRule.MinInterviewers) r).min())
                .max()
                .orElse(0);
    }

    /** Laws for a decision policy; evaluations are generated to fit its scale, criteria and ids. */
    public static PolicyLaws forPolicy(DecisionPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return new PolicyLaws(policy.id(), policy, policy::decide);
    }

    /**
     * Laws for any decision function, such as a policy wrapped with a company's own extra rule. {@code shape}
     * supplies the scale, criteria, ids and rules that evaluations are generated for and the laws read (which vetoes
     * exist, the minimum of interviewers); it is usually the policy the function builds on.
     *
     * @param name how the failure message names the policy
     * @param shape the policy whose scale, criteria, ids and rules describe the function's input
     * @param decider the decision function under test
     */
    public static PolicyLaws forDecider(
            String name, DecisionPolicy shape, Function<CandidateEvaluation, Decision> decider) {
        return new PolicyLaws(
                Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(shape, "shape"),
                Objects.requireNonNull(decider, "decider"));
    }

    /** Adds the law: equal input, equal decision. */
    public PolicyLaws deterministic() {
        laws.add(Law.DETERMINISTIC);
        return this;
    }

    /** Adds the law: the order of scorecards and of ratings does not matter. */
    public PolicyLaws orderIndependent() {
        laws.add(Law.ORDER_INDEPENDENT);
        return this;
    }

    /** Adds the law: a better rating or recommendation never worsens the outcome or lowers the score. */
    public PolicyLaws monotone() {
        laws.add(Law.MONOTONE);
        return this;
    }

    /** Adds the law: unrated is missing, never zero. */
    public PolicyLaws unratedIsNotZero() {
        laws.add(Law.UNRATED_IS_NOT_ZERO);
        return this;
    }

    /** Adds the law: the policy's vetoes give NO_HIRE whatever else holds. */
    public PolicyLaws vetoesDominate() {
        laws.add(Law.VETOES_DOMINATE);
        return this;
    }

    /**
     * Names the guide the policy is built from. It is read only where the policy says nothing itself: its minimum
     * of interviewers when the policy has no {@code min-interviewers} rule, and its red flags and rejection reasons
     * when the policy lists none. No guide is assumed otherwise.
     *
     * @throws InvalidHiringDataException if the guide's rating scale is not the policy's
     */
    public PolicyLaws guide(HiringGuide g) {
        Objects.requireNonNull(g, "guide");
        if (!g.ratingScale().equals(shape.ratingScale())) {
            throw new InvalidHiringDataException("guide '" + g.id() + "' has another rating scale than policy '"
                    + shape.id() + "'; is it the policy's guide?");
        }
        this.guide = g;
        if (minInterviewers == 0) {
            minInterviewers = g.minInterviewersPerRubric();
        }
        return this;
    }

    /**
     * Adds the law: never HIRE below the minimum number of interviewers, taken from the policy's {@code
     * min-interviewers} rule or, without one, from {@link #minimumInterviewers(int)} or the {@link
     * #guide(HiringGuide)} given; {@link #check()} fails if there is none of the three.
     */
    public PolicyLaws minimumInterviewers() {
        laws.add(Law.MINIMUM_INTERVIEWERS);
        return this;
    }

    /**
     * Adds the law: never HIRE with fewer than {@code min} distinct interviewers who filled the rubric.
     *
     * @throws InvalidHiringDataException if {@code min} is less than 1
     */
    public PolicyLaws minimumInterviewers(int min) {
        if (min < 1) {
            throw new InvalidHiringDataException("min must be at least 1, was " + min);
        }
        this.minInterviewers = min;
        return minimumInterviewers();
    }

    /** Adds every law. */
    public PolicyLaws all() {
        laws.addAll(EnumSet.allOf(Law.class));
        return this;
    }

    /**
     * Sets how many generated examples each law tries (default 300).
     *
     * @throws InvalidHiringDataException if {@code n} is less than 1
     */
    public PolicyLaws examples(int n) {
        if (n < 1) {
            throw new InvalidHiringDataException("examples must be at least 1, was " + n);
        }
        this.examples = n;
        return this;
    }

    /** Fixes the random seed, to replay a failure (default: a new seed each run, printed on failure). */
    public PolicyLaws seed(long s) {
        this.seed = s;
        return this;
    }

    /** Sets the options of the generated evaluations (default {@link EvaluationOptions#defaults()}). */
    public PolicyLaws evaluations(EvaluationOptions evaluationOptions) {
        this.options = Objects.requireNonNull(evaluationOptions, "evaluationOptions");
        return this;
    }

    /**
     * Checks the chosen laws.
     *
     * @throws InvalidHiringDataException if no law was chosen
     * @throws AssertionError naming each broken law with its smallest counter-example
     */
    public void check() {
        if (laws.isEmpty()) {
            throw new InvalidHiringDataException("choose at least one law, such as monotone(), before check()");
        }
        if (laws.contains(Law.MINIMUM_INTERVIEWERS) && minInterviewers < 1) {
            throw new InvalidHiringDataException("minimumInterviewers: policy '" + name + "' has no "
                    + DecisionRule.MinInterviewers.ID + " rule; give the minimum (minimumInterviewers(int)) or the"
                    + " policy's guide (guide(HiringGuide))");
        }
        List<String> failures = new ArrayList<>();
        for (Law law : laws) {
            try {
                checkOne(law);
            } catch (AssertionError e) {
                failures.add("law " + law.name + " is broken:\n" + withoutStackTraces(String.valueOf(e.getMessage())));
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("Policy '" + name + "' breaks " + failures.size()
                    + (failures.size() == 1 ? " law" : " laws") + ":\n\n" + String.join("\n\n", failures));
        }
    }

    private void checkOne(Law law) {
        QuickTheory q = qt().withExamples(examples).withShrinkCycles(2_000);
        if (seed != null) {
            q = q.withFixedSeed(seed);
        }
        Gen<Probe> probes = law == Law.MINIMUM_INTERVIEWERS
                ? thinOrAny()
                : probes(Generate.oneOf(HiringGens.evaluations(shape, options), consensus()));
        Consumer<Probe> body = switch (law) {
            case DETERMINISTIC -> this::deterministic;
            case ORDER_INDEPENDENT -> this::orderIndependent;
            case MONOTONE -> this::monotone;
            case UNRATED_IS_NOT_ZERO -> this::unratedIsNotZero;
            case VETOES_DOMINATE -> vetoes();
            case MINIMUM_INTERVIEWERS -> this::minimumInterviewersHold;
        };
        q.forAll(probes).checkAssert(body);
    }

    // ------------------------------------------------------------------ generated probes

    /** An evaluation plus two small indexes that pick a scorecard and a criterion (or a variant) to change. */
    private record Probe(CandidateEvaluation evaluation, int card, int pick) {}

    private static Gen<Probe> probes(Gen<CandidateEvaluation> evaluations) {
        return evaluations
                .zip(integers().between(0, 50), integers().between(0, 50), Probe::new)
                .describedAs(p -> describe(p.evaluation()));
    }

    /** Half general evaluations, half thin strong ones: fewer interviewers than the minimum, all top marks. */
    private Gen<Probe> thinOrAny() {
        List<RatingLevel> levels = shape.ratingScale().levels();
        int top = levels.get(levels.size() - 1).value();
        Gen<CandidateEvaluation> thin = lists().of(integers().between(1, Math.max(1, minInterviewers - 1)))
                .ofSizeBetween(1, Math.max(1, minInterviewers - 1))
                .map(ids -> {
                    List<Scorecard> cards = new ArrayList<>();
                    for (int id : ids) {
                        Map<String, Integer> ratings = new LinkedHashMap<>();
                        shape.weights().keySet().forEach(c -> ratings.put(c, top));
                        cards.add(Scorecard.builder()
                                .candidate(HiringGens.CANDIDATE)
                                .interviewer("i-" + id)
                                .putAllRatings(ratings)
                                .recommendation(Recommendation.STRONG_HIRE)
                                .build());
                    }
                    return CandidateEvaluation.of(HiringGens.CANDIDATE, HiringGens.ROLE, cards);
                });
        return probes(Generate.oneOf(thin, HiringGens.evaluations(shape, options)));
    }

    /**
     * Evaluations where 2 to 4 interviewers agree within one level of the upper half of the scale and recommend
     * HIRE: they reach HIRE under most policies, so that the laws about HIRE have something to judge.
     */
    private Gen<CandidateEvaluation> consensus() {
        List<RatingLevel> levels = shape.ratingScale().levels();
        int m = levels.size();
        List<String> criteria = List.copyOf(shape.weights().keySet());
        Gen<Integer> base = integers().between(m / 2, m - 2);
        Gen<Integer> bit = integers().between(0, 1);
        Gen<Integer> count = integers().between(2, 4);
        return in -> {
            int b = base.generate(in);
            int n = count.generate(in);
            List<Scorecard> cards = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                Map<String, Integer> ratings = new LinkedHashMap<>();
                for (String c : criteria) {
                    ratings.put(c, levels.get(b + bit.generate(in)).value());
                }
                cards.add(Scorecard.builder()
                        .candidate(HiringGens.CANDIDATE)
                        .interviewer("i-" + k)
                        .putAllRatings(ratings)
                        .recommendation(Recommendation.HIRE)
                        .build());
            }
            return CandidateEvaluation.of(HiringGens.CANDIDATE, HiringGens.ROLE, cards);
        };
    }

    // ------------------------------------------------------------------ the laws

    private void deterministic(Probe p) {
        CandidateEvaluation e = p.evaluation();
        Decision first = decider.apply(e);
        Decision second = decider.apply(e);
        Decision copy = decider.apply(copyOf(e));
        if (!first.equals(second) || !first.equals(copy)) {
            throw new AssertionError("the same evaluation decided " + brief(first) + ", then "
                    + brief(first.equals(second) ? copy : second)
                    + (first.equals(second) ? " (for an equal copy)" : ""));
        }
    }

    private void orderIndependent(Probe p) {
        CandidateEvaluation e = p.evaluation();
        Decision base = decider.apply(e);
        List<Scorecard> reversed = new ArrayList<>();
        for (Scorecard s : e.scorecards()) {
            reversed.add(0, s.withRatings(reversed(s.ratings())));
        }
        List<Scorecard> rotated = new ArrayList<>(e.scorecards());
        if (!rotated.isEmpty()) {
            Collections.rotate(rotated, p.card() % rotated.size());
        }
        for (List<Scorecard> order : List.of(reversed, rotated)) {
            Decision other = decider.apply(e.withScorecards(order));
            if (base.outcome() != other.outcome()
                    || !sameScore(base.score(), other.score())
                    || !verdicts(base).equals(verdicts(other))) {
                throw new AssertionError("reordering the scorecards changed the decision from " + brief(base) + " to "
                        + brief(other) + "; reordered: " + describe(e.withScorecards(order)));
            }
        }
    }

    private void monotone(Probe p) {
        CandidateEvaluation e = p.evaluation();
        Decision before = decider.apply(e);
        // Every one-step improvement of every scorecard: each rated criterion, then the recommendation.
        for (int i = 0; i < e.scorecards().size(); i++) {
            Scorecard card = e.scorecards().get(i);
            for (Map.Entry<String, Integer> r : card.ratings().entrySet()) {
                Integer next = nextLevel(r.getValue());
                if (next == null) {
                    continue;
                }
                Map<String, Integer> ratings = new LinkedHashMap<>(card.ratings());
                ratings.put(r.getKey(), next);
                Decision after = decider.apply(replace(e, i, card.withRatings(ratings)));
                String change = "raising " + r.getKey() + " on " + card.interviewer() + "'s scorecard from "
                        + r.getValue() + " to " + next;
                notWorse(change, before, after);
                Double b = before.score();
                Double a = after.score();
                if (b != null && a != null && a < b - TOLERANCE) {
                    throw new AssertionError(
                            change + " lowered the score (" + brief(before) + " -> " + brief(after) + ")");
                }
            }
            Recommendation next = nextRecommendation(card.recommendation());
            if (next != null) {
                Scorecard raised = card.withRecommendation(next);
                if (!next.isNegative()) {
                    raised = raised.withRejectionReasons(List.of());
                }
                notWorse(
                        "raising " + card.interviewer() + "'s recommendation from " + card.recommendation() + " to "
                                + next,
                        before,
                        decider.apply(replace(e, i, raised)));
            }
        }
    }

    private static void notWorse(String change, Decision before, Decision after) {
        if (before.outcome() == Outcome.HIRE && after.outcome() == Outcome.NO_HIRE) {
            throw new AssertionError(
                    change + " turned HIRE into NO_HIRE (" + brief(before) + " -> " + brief(after) + ")");
        }
    }

    private void unratedIsNotZero(Probe p) {
        CandidateEvaluation e = p.evaluation();
        Decision base = decider.apply(e);
        List<Scorecard> plusEmpty = new ArrayList<>(e.scorecards());
        plusEmpty.add(Scorecard.builder()
                .candidate(e.candidate())
                .interviewer("i-unrated")
                .recommendation(Recommendation.NO_DECISION)
                .build());
        Decision withEmpty = decider.apply(e.withScorecards(plusEmpty));
        if (base.outcome() != withEmpty.outcome() || !sameScore(base.score(), withEmpty.score())) {
            throw new AssertionError("adding a scorecard that rates nothing changed the decision from " + brief(base)
                    + " to " + brief(withEmpty));
        }
        int lowest = shape.ratingScale().levels().get(0).value();
        for (int i = 0; i < e.scorecards().size(); i++) {
            Scorecard card = e.scorecards().get(i);
            for (String c : card.ratings().keySet()) {
                Map<String, Integer> atLowest = new LinkedHashMap<>(card.ratings());
                atLowest.put(c, lowest);
                Map<String, Integer> without = new LinkedHashMap<>(card.ratings());
                without.remove(c);
                Decision low = decider.apply(replace(e, i, card.withRatings(atLowest)));
                Decision unrated = decider.apply(replace(e, i, card.withRatings(without)));
                Double ls = low.score();
                Double us = unrated.score();
                if ((ls != null && us != null && us < ls - TOLERANCE)
                        || (low.outcome() == Outcome.HIRE && unrated.outcome() == Outcome.NO_HIRE)) {
                    throw new AssertionError("leaving " + c + " unrated on " + card.interviewer()
                            + "'s scorecard decided " + brief(unrated) + ", worse than rating it at the lowest level "
                            + lowest + ": " + brief(low));
                }
            }
        }
    }

    /**
     * Red flags that a {@code red-flag-veto} listing none vetoes: the policy's, else the guide's, else one id of
     * this class's own (a policy that lists no red flags accepts any).
     */
    private List<String> anyRedFlags() {
        if (!shape.redFlags().isEmpty()) {
            return shape.redFlags();
        }
        HiringGuide g = guide;
        if (g != null && !g.redFlags().isEmpty()) {
            return g.redFlags().stream().map(RedFlag::id).toList();
        }
        return List.of(ANY_RED_FLAG);
    }

    /** A rejection reason the policy accepts: its first, else the guide's first, else an id of this class's own. */
    private String aRejectionReason() {
        if (!shape.rejectionReasons().isEmpty()) {
            return shape.rejectionReasons().get(0);
        }
        HiringGuide g = guide;
        if (g != null && !g.rejectionReasons().isEmpty()) {
            return g.rejectionReasons().get(0).id();
        }
        return ANY_REJECTION_REASON;
    }

    private Consumer<Probe> vetoes() {
        boolean strong = shape.rules().stream().anyMatch(r -> r instanceof DecisionRule.StrongNoHireVeto);
        List<String> flags = new ArrayList<>();
        for (DecisionRule r : shape.rules()) {
            if (r instanceof DecisionRule.RedFlagVeto v) {
                flags.addAll(v.redFlags().isEmpty() ? anyRedFlags() : v.redFlags());
            }
        }
        if (!strong && flags.isEmpty()) {
            throw new AssertionError("the policy declares no veto rule (" + DecisionRule.StrongNoHireVeto.ID + " or "
                    + DecisionRule.RedFlagVeto.ID + "), so nothing can dominate");
        }
        String reason = aRejectionReason();
        return p -> {
            CandidateEvaluation e = p.evaluation();
            List<Scorecard> cards = new ArrayList<>(e.scorecards());
            if (cards.isEmpty()) {
                cards.add(Scorecard.builder()
                        .candidate(e.candidate())
                        .interviewer("i-1")
                        .recommendation(Recommendation.NO_DECISION)
                        .build());
            }
            int i = p.card() % cards.size();
            Scorecard card = cards.get(i);
            boolean useFlag = !flags.isEmpty() && (!strong || p.pick() % 2 == 1);
            String change;
            if (useFlag) {
                String flag = flags.get(p.pick() % flags.size());
                List<String> all = new ArrayList<>(card.redFlags());
                if (!all.contains(flag)) {
                    all.add(flag);
                }
                cards.set(i, card.withRedFlags(all));
                change = "the vetoing red flag " + flag + " on " + card.interviewer() + "'s scorecard";
            } else {
                cards.set(
                        i,
                        card.withRecommendation(Recommendation.STRONG_NO_HIRE)
                                .withRejectionReasons(
                                        card.rejectionReasons().isEmpty() ? List.of(reason) : card.rejectionReasons()));
                change = "a STRONG_NO_HIRE from " + card.interviewer();
            }
            CandidateEvaluation vetoed = e.withScorecards(cards);
            Decision d = decider.apply(vetoed);
            if (d.outcome() != Outcome.NO_HIRE) {
                throw new AssertionError("with " + change + " the decision was " + brief(d) + ", not NO_HIRE; vetoed: "
                        + describe(vetoed));
            }
        };
    }

    private void minimumInterviewersHold(Probe p) {
        CandidateEvaluation e = p.evaluation();
        Decision d = decider.apply(e);
        Set<String> filled = new HashSet<>();
        for (Scorecard s : e.scorecards()) {
            if (!s.ratings().isEmpty()) {
                filled.add(s.interviewer());
            }
        }
        if (d.outcome() == Outcome.HIRE && filled.size() < minInterviewers) {
            throw new AssertionError("HIRE with " + filled.size() + " interviewer" + (filled.size() == 1 ? "" : "s")
                    + " who filled the rubric; at least " + minInterviewers + " required");
        }
    }

    // ------------------------------------------------------------------ helpers

    private @Nullable Integer nextLevel(int value) {
        List<RatingLevel> levels = shape.ratingScale().levels();
        for (int k = 0; k + 1 < levels.size(); k++) {
            if (levels.get(k).value() == value) {
                return levels.get(k + 1).value();
            }
        }
        return null;
    }

    private static @Nullable Recommendation nextRecommendation(Recommendation r) {
        return switch (r) {
            case STRONG_NO_HIRE -> Recommendation.NO_HIRE;
            case NO_HIRE, NO_DECISION -> Recommendation.HIRE;
            case HIRE -> Recommendation.STRONG_HIRE;
            case STRONG_HIRE -> null;
        };
    }

    private static CandidateEvaluation replace(CandidateEvaluation e, int i, Scorecard card) {
        List<Scorecard> cards = new ArrayList<>(e.scorecards());
        cards.set(i, card);
        return e.withScorecards(cards);
    }

    private static CandidateEvaluation copyOf(CandidateEvaluation e) {
        List<Scorecard> cards = new ArrayList<>();
        for (Scorecard s : e.scorecards()) {
            cards.add(s.withRatings(new LinkedHashMap<>(s.ratings())));
        }
        return CandidateEvaluation.of(e.candidate(), e.role(), cards);
    }

    /**
     * QuickTheories' report, kept to the smallest counter-example, its cause and the seed: without stack traces and
     * without the other (larger) falsifying values.
     */
    private static String withoutStackTraces(String report) {
        StringBuilder sb = new StringBuilder();
        boolean others = false;
        for (String line : report.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("Other found falsifying value")) {
                others = true;
            } else if (t.startsWith("Seed was")) {
                others = false;
            }
            if (others || t.startsWith("at ") || (t.startsWith("...") && t.endsWith("more"))) {
                continue;
            }
            sb.append(line.replace("java.lang.AssertionError: ", "").stripTrailing())
                    .append('\n');
        }
        return sb.toString().strip();
    }

    private static Map<String, Integer> reversed(Map<String, Integer> ratings) {
        List<String> keys = new ArrayList<>(ratings.keySet());
        Collections.reverse(keys);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String k : keys) {
            out.put(k, ratings.get(k));
        }
        return out;
    }

    private static boolean sameScore(@Nullable Double a, @Nullable Double b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Math.abs(a - b) <= TOLERANCE * Math.max(1.0, Math.abs(a));
    }

    private static List<String> verdicts(Decision d) {
        List<String> out = new ArrayList<>();
        for (RuleResult r : d.trace()) {
            out.add(r.rule() + "=" + r.verdict());
        }
        return out;
    }

    /** The outcome, score and failing rules of a decision; never notes. */
    static String brief(Decision d) {
        StringBuilder sb = new StringBuilder(d.outcome().name());
        Double s = d.score();
        sb.append(" (score ").append(s == null ? "none" : String.format(java.util.Locale.ROOT, "%.3f", s));
        List<String> failed = new ArrayList<>();
        for (RuleResult r : d.trace()) {
            if (r.verdict() == dev.hiring.rubric.Verdict.FAIL) {
                failed.add(r.rule());
            }
        }
        if (!failed.isEmpty()) {
            sb.append(", failed ").append(String.join(", ", failed));
        }
        return sb.append(')').toString();
    }

    /**
     * An evaluation as ids, ratings, recommendations, rejection-reason and red-flag ids, one scorecard per line;
     * never notes.
     */
    public static String describe(CandidateEvaluation e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.scorecards().size()).append(e.scorecards().size() == 1 ? " scorecard" : " scorecards");
        for (Scorecard s : e.scorecards()) {
            sb.append("\n  ")
                    .append(s.interviewer())
                    .append(' ')
                    .append(s.ratings())
                    .append(' ');
            sb.append(s.recommendation());
            if (!s.rejectionReasons().isEmpty()) {
                sb.append(" reasons ").append(s.rejectionReasons());
            }
            if (!s.redFlags().isEmpty()) {
                sb.append(" red flags ").append(s.redFlags());
            }
        }
        return sb.toString();
    }
}
