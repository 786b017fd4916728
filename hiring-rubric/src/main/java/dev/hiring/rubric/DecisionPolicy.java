package dev.hiring.rubric;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hiring.core.HiringException;
import dev.hiring.core.RatingLevel;
import dev.hiring.core.RatingScale;
import dev.hiring.core.Seniority;
import dev.hiring.core.Violations;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.core.json.HiringJson;
import dev.hiring.rubric.internal.BarBounds;
import dev.hiring.rubric.internal.Memo;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A hiring decision policy as data: the rating scale, the criteria with their weights (the weight profile), the
 * known rejection-reason and red-flag ids, and an ordered list of {@link DecisionRule}s. {@link
 * #decide(CandidateEvaluation)} turns a candidate's scorecards into an explainable {@link Decision}.
 *
 * <h2>How verdicts resolve to an outcome</h2>
 *
 * Every rule is evaluated and appears in the trace, in policy order. Then, the first of these that applies
 * decides:
 *
 * <ol>
 *   <li>a failing {@link RuleKind#VETO} rule (a STRONG_NO_HIRE, a vetoing red flag) → {@link Outcome#NO_HIRE};
 *       vetoes win over everything, even over missing evidence;
 *   <li>nothing rated at all, or a failing {@link RuleKind#EVIDENCE} rule (too few interviewers, a negative
 *       scorecard without a rejection reason) → {@link Outcome#MORE_EVIDENCE_NEEDED};
 *   <li>a failing {@link RuleKind#DISAGREEMENT} rule (spread above the maximum) → {@link Outcome#DEBRIEF}, but only
 *       when a debrief can change the outcome. A debrief is assumed to settle each disputed criterion (spread above
 *       the maximum) somewhere between its lowest and highest rating, so the {@link RuleKind#BAR} rules are judged
 *       with every disputed criterion at its highest rating and at its lowest: if the bar fails even at the highest
 *       the outcome is {@link Outcome#NO_HIRE}; if it holds even at the lowest the outcome is {@link Outcome#HIRE}
 *       and the disagreement is only noted; otherwise {@link Outcome#DEBRIEF}. The failing disagreement rule's
 *       detail in the trace says which of the three cases applied;
 *   <li>a failing {@link RuleKind#BAR} rule (score below the threshold, a criterion below its floor) → {@link
 *       Outcome#NO_HIRE};
 *   <li>otherwise → {@link Outcome#HIRE}.
 * </ol>
 *
 * A company's own rules are {@link DecisionRule.Custom} rules naming a {@link CustomRule}; they are traced and
 * resolved by their kind like the built-in ones.
 *
 * <h2>JSON and hash</h2>
 *
 * A policy reads and writes as JSON ({@link #parse(String)}, {@link #toJson()}); rules carry a {@code "type"}
 * discriminator. The {@link #hash()} is {@code sha256:} plus the hex SHA-256 of the canonical JSON (compact, UTF-8,
 * properties in declaration order, map entries in their order, which is meaningful: the weights' order is the
 * order decisions report criteria in), and goes into every decision with the id and version.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecisionPolicy.class)
@JsonDeserialize(as = ImmutableDecisionPolicy.class)
public abstract class DecisionPolicy {
    DecisionPolicy() {}

    /** A stable kebab-case id, such as {@code senior-backend-engineer}. */
    public abstract String id();

    /** The version, at least 1; raise it whenever the policy changes. */
    public abstract int version();

    /** What the policy is for. */
    public abstract Optional<String> description();

    /** The seniority the weight profile was chosen for, if any. */
    public abstract Optional<Seniority> seniority();

    /** The rating scale the scorecards use. */
    public abstract RatingScale ratingScale();

    /**
     * The weight profile: the rubric criteria by id with their relative weights (finite, greater than 0), in the
     * order decisions report them. A scorecard rating a criterion not listed here is invalid input.
     */
    public abstract Map<String, Double> weights();

    /** The known rejection-reason ids; empty accepts any id. */
    public abstract List<String> rejectionReasons();

    /** The known red-flag ids; empty accepts any id. */
    public abstract List<String> redFlags();

    /** The rules, in the order they are evaluated and traced. */
    public abstract List<DecisionRule> rules();

    /**
     * The merge rule for an interviewer with more than one scorecard (JSON {@code "duplicateInterviewer"}):
     * {@link DuplicateInterviewer#REFUSE} by default, which is not written in the JSON, so that the hash of a policy
     * without a merge rule does not change; {@code latest} and {@code mean} are written and hashed.
     */
    @Value.Default
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = RefuseFilter.class)
    public DuplicateInterviewer duplicateInterviewer() {
        return DuplicateInterviewer.REFUSE;
    }

    /** Leaves the default merge rule out of the JSON. */
    static final class RefuseFilter {
        @Override
        public boolean equals(@org.jspecify.annotations.Nullable Object o) {
            return o == null || o == DuplicateInterviewer.REFUSE;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a copy with another version; the other attributes are kept. */
    public abstract DecisionPolicy withVersion(int version);

    /** Returns a copy with other rules; the other attributes are kept. */
    public abstract DecisionPolicy withRules(Iterable<? extends DecisionRule> rules);

    /** Returns a copy with another merge rule for duplicate interviewers; the other attributes are kept. */
    public abstract DecisionPolicy withDuplicateInterviewer(DuplicateInterviewer duplicateInterviewer);

    /** Returns a copy with another weight profile; the other attributes are kept. */
    public abstract DecisionPolicy withWeights(Map<String, ? extends Double> weights);

    /**
     * Reads a policy from JSON.
     *
     * @throws dev.hiring.core.HiringParseException if the text is not a policy's JSON shape
     * @throws dev.hiring.core.InvalidHiringDataException if a value breaks an invariant
     */
    public static DecisionPolicy parse(String json) {
        requireCustomRules(json);
        return HiringJson.read(json, DecisionPolicy.class);
    }

    /**
     * Fails with the typed {@link UnknownCustomRuleException} (rather than a plain invalid-data error) when the
     * policy names a custom rule that is not on the class path; anything else the full parse reports.
     */
    private static void requireCustomRules(String json) {
        JsonNode rules;
        try {
            rules = HiringJson.readUnvalidated(json, JsonNode.class).path("rules");
        } catch (HiringException e) {
            return;
        }
        for (int i = 0; i < rules.size(); i++) {
            JsonNode r = rules.path(i);
            if (DecisionRule.Custom.TYPE.equals(r.path("type").asText())
                    && r.path("rule").isTextual()
                    && r.path("version").canConvertToInt()) {
                CustomRules.find(
                        "$.rules[" + i + "].rule",
                        r.path("rule").textValue(),
                        r.path("version").intValue());
            }
        }
    }

    /** The policy as pretty-printed JSON; {@link #parse(String)} reads it back to an equal policy. */
    public final String toJson() {
        return HiringJson.write(this);
    }

    /**
     * The canonical JSON the hash is computed from: compact, properties in declaration order, map entries in their
     * order. {@link #parse(String)} of it gives an equal policy.
     */
    public final String toCanonicalJson() {
        try {
            return Canonical.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new HiringException("could not write DecisionPolicy as JSON", e);
        }
    }

    /** {@code sha256:} followed by the lower-case hex SHA-256 of {@link #toCanonicalJson()}. */
    @Value.Lazy
    @JsonIgnore
    public String hash() {
        return dev.hiring.rubric.internal.Sha256.of(toCanonicalJson());
    }

    /** The id, version and hash, as recorded in each decision. */
    @Value.Lazy
    @JsonIgnore
    public PolicyRef ref() {
        return new PolicyRef(id(), version(), hash());
    }

    /**
     * Aggregates a candidate's scorecards under this policy's weight profile, checking them against the policy.
     *
     * @throws dev.hiring.core.InvalidHiringDataException naming every scorecard field that rates an unknown
     *     criterion, uses a value that is not a level of the scale, or names an unknown rejection reason or red flag
     */
    public final Aggregation aggregate(CandidateEvaluation evaluation) {
        Compiled c = compiled();
        return Aggregation.compute(evaluation, c.table, c.levels, c.reasons, c.flags, null);
    }

    /**
     * Refuses an evaluation that this policy cannot decide as it stands; call it where evaluations enter a system
     * (the CLI's {@code hiring decide} does) before {@link #decide(CandidateEvaluation)}, which itself stays total.
     *
     * <ul>
     *   <li>the evaluation's role must be the role this policy decides, its {@link #id() id} (a policy is named
     *       after its role, like {@code senior-backend-engineer});
     *   <li>each interviewer has at most one scorecard: a second one would count the same voice twice (merge the
     *       scorecards before deciding), unless the policy names a merge rule ({@link #duplicateInterviewer()}
     *       {@code latest} or {@code mean}), which {@link #decide(CandidateEvaluation)} then applies.
     * </ul>
     *
     * Scorecards of different candidates cannot form one {@link CandidateEvaluation} at all; importers refuse them
     * with the same exception.
     *
     * @throws UndecidableEvaluationException naming the first problem found: {@link
     *     UndecidableEvaluationException.Problem#ROLE_MISMATCH} or {@link
     *     UndecidableEvaluationException.Problem#DUPLICATE_INTERVIEWER}
     */
    public final void requireDecidable(CandidateEvaluation evaluation) {
        if (!evaluation.role().equals(id())) {
            throw new UndecidableEvaluationException(
                    UndecidableEvaluationException.Problem.ROLE_MISMATCH,
                    "role: the evaluation is for role '" + evaluation.role() + "', but policy '" + id()
                            + "' decides role '" + id() + "'");
        }
        if (duplicateInterviewer() != DuplicateInterviewer.REFUSE) {
            return;
        }
        List<Scorecard> cards = evaluation.scorecards();
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            Integer earlier = first.putIfAbsent(cards.get(i).interviewer(), i);
            if (earlier != null) {
                throw new UndecidableEvaluationException(
                        UndecidableEvaluationException.Problem.DUPLICATE_INTERVIEWER,
                        "scorecards[" + i + "].interviewer: interviewer '"
                                + cards.get(i).interviewer()
                                + "' already has scorecards[" + earlier + "]; one scorecard per interviewer (merge"
                                + " them before deciding, or give the policy a merge rule: duplicateInterviewer latest"
                                + " or mean)");
            }
        }
    }

    /**
     * Decides: aggregates, evaluates every rule in order and resolves the outcome as described in the class
     * documentation. Deterministic and independent of the order of scorecards and of ratings. Under a merge rule
     * ({@link #duplicateInterviewer()} {@code latest} or {@code mean}) an interviewer's scorecards are merged into
     * one first; under the default {@code refuse} they are decided as given (see {@link
     * #requireDecidable(CandidateEvaluation)}).
     *
     * @throws dev.hiring.core.InvalidHiringDataException if the scorecards do not fit the policy (see {@link
     *     #aggregate(CandidateEvaluation)})
     */
    public final Decision decide(CandidateEvaluation evaluation) {
        Compiled c = compiled();
        BarBounds bounds = c.hasDisagreement ? c.bar.start() : null;
        Aggregation a = Aggregation.compute(evaluation, c.table, c.levels, c.reasons, c.flags, bounds);
        if (duplicateInterviewer() != DuplicateInterviewer.REFUSE && InterviewerMerge.hasDuplicates(evaluation)) {
            // checked as given above, so a rating that is no level is reported, not merged away
            bounds = c.hasDisagreement ? c.bar.start() : null;
            a = Aggregation.compute(
                    InterviewerMerge.merge(evaluation, duplicateInterviewer(), ratingScale()),
                    c.table,
                    c.levels,
                    c.reasons,
                    c.flags,
                    bounds);
        }
        List<DecisionRule> rules = rules();
        RuleResult[] trace = new RuleResult[rules.size()];
        boolean veto = false;
        boolean evidence = a.score() == null;
        boolean disagreement = false;
        boolean bar = false;
        // the largest spread and the first criterion with it, found once for all max-disagreement rules
        int worst = -2;
        int where = -1;
        boolean spreadFails = false;
        for (int i = 0; i < trace.length; i++) {
            DecisionRule rule = rules.get(i);
            RuleResult r;
            switch (c.fast[i]) {
                case Compiled.MIN_INTERVIEWERS -> r = minInterviewers((DecisionRule.MinInterviewers) rule, c, i, a);
                case Compiled.MIN_SCORE -> r = minScore((DecisionRule.MinScore) rule, c, i, a);
                case Compiled.CRITERION_FLOORS -> r = criterionFloors(c, i, a);
                case Compiled.MAX_DISAGREEMENT -> {
                    if (worst == -2) {
                        worst = -1;
                        List<CriterionAggregate> criteria = a.criteria();
                        for (int k = 0; k < criteria.size(); k++) {
                            CriterionAggregate ca = criteria.get(k);
                            Integer spread = ca.spread();
                            if (ca.count() >= 2 && spread != null && spread > worst) {
                                worst = spread;
                                where = k;
                            }
                        }
                    }
                    int maxSpread = ((DecisionRule.MaxDisagreement) rule).maxSpread();
                    if (worst < 0) {
                        r = DecisionRule.MaxDisagreement.NO_TWO_RATINGS;
                    } else if (worst <= maxSpread) {
                        r = spreadResult(c, i, maxSpread, worst, where, NOTE_NONE);
                    } else {
                        // the detail is written once the outcome is known (see below)
                        spreadFails = true;
                        disagreement = true;
                        continue;
                    }
                }
                default -> r = rule.evaluate(a);
            }
            trace[i] = r;
            if (r.verdict() == Verdict.FAIL) {
                switch (rule.kind()) {
                    case VETO -> veto = true;
                    case EVIDENCE -> evidence = true;
                    case DISAGREEMENT -> disagreement = true;
                    case BAR -> bar = true;
                }
            }
        }
        Outcome outcome;
        int note = NOTE_NONE;
        if (veto) {
            outcome = Outcome.NO_HIRE;
        } else if (evidence) {
            outcome = Outcome.MORE_EVIDENCE_NEEDED;
        } else if (disagreement) {
            // A debrief is assumed to settle each disputed criterion between its lowest and highest rating. The bar
            // is monotone in the means, so one side needs judging: if the bar fails as rated, only the highest
            // ratings can lift it; if it holds as rated, only the lowest can sink it.
            BarBounds b = java.util.Objects.requireNonNull(bounds, "bounds");
            if (bar && !b.holds(spreadFails, true)) {
                outcome = Outcome.NO_HIRE;
                note = NOTE_NO_HIRE;
            } else if (!bar && b.holds(spreadFails, false)) {
                outcome = Outcome.HIRE;
                note = NOTE_HIRE;
            } else {
                outcome = Outcome.DEBRIEF;
                note = NOTE_DEBRIEF;
            }
        } else {
            outcome = bar ? Outcome.NO_HIRE : Outcome.HIRE;
        }
        if (disagreement) {
            for (int i = 0; i < trace.length; i++) {
                RuleResult r = trace[i];
                if (r == null) {
                    int maxSpread = ((DecisionRule.MaxDisagreement) rules.get(i)).maxSpread();
                    trace[i] = spreadResult(c, i, maxSpread, worst, where, note);
                } else if (note != NOTE_NONE
                        && r.verdict() == Verdict.FAIL
                        && rules.get(i).kind() == RuleKind.DISAGREEMENT) {
                    trace[i] = new RuleResult(r.rule(), Verdict.FAIL, r.detail() + NOTES[note]);
                }
            }
        }
        return new Decision(
                evaluation.candidate(), outcome, a.score(), a.criteria(), List.of(trace), a.rejectionReasons(), ref());
    }

    /** Which note a failing disagreement rule's detail ends with: none, or the case of the class documentation. */
    private static final int NOTE_NONE = 0;

    private static final int NOTE_NO_HIRE = 1;
    private static final int NOTE_HIRE = 2;
    private static final int NOTE_DEBRIEF = 3;

    /** The notes, by case. */
    private static final String[] NOTES = {
        "",
        "; a debrief would not change the outcome: the bar fails even with every disputed criterion at its highest"
                + " rating",
        "; noted, not held for a debrief: the bar holds even with every disputed criterion at its lowest rating",
        "; a debrief can change the outcome: the bar holds with every disputed criterion at its highest rating and"
                + " fails at its lowest"
    };

    /** {@link DecisionRule.MinInterviewers#evaluate}, its result made once per count. */
    private static RuleResult minInterviewers(DecisionRule.MinInterviewers rule, Compiled c, int i, Aggregation a) {
        int n = a.interviewers();
        Memo<RuleResult> memo = c.memo(i);
        RuleResult r = memo.get(n);
        return r != null ? r : memo.put(n, rule.evaluate(a));
    }

    /** {@link DecisionRule.MinScore#evaluate}, its result made once per score in hundredths and verdict. */
    private static RuleResult minScore(DecisionRule.MinScore rule, Compiled c, int i, Aggregation a) {
        Double score = a.score();
        if (score == null) {
            return rule.evaluate(a);
        }
        double x = score;
        // the detail depends on a non-negative score only through its rounding to hundredths
        int key = x >= 0 && x <= c.top
                ? (int) Math.round(x * 100) * 2 + (DecisionRule.MinScore.meets(x, rule.threshold()) ? 1 : 0)
                : -1;
        Memo<RuleResult> memo = c.memo(i);
        RuleResult r = memo.get(key);
        return r != null ? r : memo.put(key, rule.evaluate(a));
    }

    /**
     * {@link DecisionRule.CriterionFloors#evaluate} over the floors compiled by criterion index; the result for all
     * floors met is made once per number of criteria judged, the part of the detail for a criterion below its floor
     * once per criterion and mean in hundredths.
     */
    private static RuleResult criterionFloors(Compiled c, int i, Aggregation a) {
        double[] floors = c.ruleFloors[i];
        List<Memo<RuleResult>> below = c.belowMemos.get(i);
        List<CriterionAggregate> criteria = a.criteria();
        RuleResult first = null;
        StringBuilder more = null;
        int judged = 0;
        for (int k = 0; k < floors.length; k++) {
            double floor = floors[k];
            Double mean = criteria.get(k).mean();
            if (Double.isNaN(floor) || mean == null) {
                continue;
            }
            judged++;
            double m = mean;
            if (DecisionRule.CriterionFloors.isBelow(m, floor)) {
                int key = m >= 0 && m <= c.top ? (int) Math.round(m * 100) : -1;
                Memo<RuleResult> memo = below.get(k);
                RuleResult part = memo.get(key);
                if (part == null) {
                    part = memo.put(
                            key,
                            new RuleResult(
                                    DecisionRule.CriterionFloors.ID,
                                    Verdict.FAIL,
                                    DecisionRule.CriterionFloors.belowDetail(c.table.id(k), m, floor)));
                }
                if (first == null) {
                    first = part;
                } else {
                    if (more == null) {
                        more = new StringBuilder(first.detail());
                    }
                    more.append(DecisionRule.CriterionFloors.SEPARATOR).append(part.detail());
                }
            }
        }
        if (judged == 0) {
            return DecisionRule.CriterionFloors.NONE_RATED;
        }
        if (first != null) {
            return more == null
                    ? first
                    : new RuleResult(DecisionRule.CriterionFloors.ID, Verdict.FAIL, more.toString());
        }
        Memo<RuleResult> memo = c.memo(i);
        RuleResult r = memo.get(judged);
        return r != null
                ? r
                : memo.put(
                        judged,
                        new RuleResult(
                                DecisionRule.CriterionFloors.ID,
                                Verdict.PASS,
                                DecisionRule.CriterionFloors.passDetail(judged)));
    }

    /**
     * A max-disagreement rule's result for the largest spread {@code worst}, first found on criterion {@code where},
     * its detail ending with the note of case {@code note}; made once per criterion, spread and case.
     */
    private static RuleResult spreadResult(Compiled c, int i, int maxSpread, int worst, int where, int note) {
        int key = worst <= c.top ? ((where * (c.top + 1)) + worst) * NOTES.length + note : -1;
        Memo<RuleResult> memo = c.memo(i);
        RuleResult r = memo.get(key);
        return r != null
                ? r
                : memo.put(
                        key,
                        new RuleResult(
                                DecisionRule.MaxDisagreement.ID,
                                worst <= maxSpread ? Verdict.PASS : Verdict.FAIL,
                                DecisionRule.MaxDisagreement.detail(worst, c.table.id(where), maxSpread)
                                        + NOTES[note]));
    }

    /** Lookup tables built once per policy. */
    @Value.Lazy
    @JsonIgnore
    Compiled compiled() {
        RatingScale scale = ratingScale();
        int top = 0;
        for (RatingLevel l : scale.levels()) {
            top = Math.max(top, l.value());
        }
        boolean[] levels = new boolean[top + 1];
        for (RatingLevel l : scale.levels()) {
            levels[l.value()] = true;
        }
        Aggregation.CriteriaTable table = Aggregation.CriteriaTable.of(weights(), top);
        int n = table.size();
        List<DecisionRule> rules = rules();
        int[] fast = new int[rules.size()];
        List<Memo<RuleResult>> memos = new java.util.ArrayList<>(rules.size());
        double[][] ruleFloors = new double[rules.size()][];
        List<List<Memo<RuleResult>>> belowMemos = new java.util.ArrayList<>(rules.size());
        List<double[]> floors = new java.util.ArrayList<>();
        List<Double> thresholds = new java.util.ArrayList<>();
        int minMaxSpread = Integer.MAX_VALUE;
        boolean hasDisagreement = false;
        // a detail memo per rule, by the key its evaluation in decide() uses
        int hundredths = top * 100 + 1;
        for (int i = 0; i < fast.length; i++) {
            DecisionRule rule = rules.get(i);
            ruleFloors[i] = new double[0];
            List<Memo<RuleResult>> below = List.of();
            int size = 0;
            if (rule instanceof DecisionRule.MinInterviewers) {
                fast[i] = Compiled.MIN_INTERVIEWERS;
                size = 65;
            } else if (rule instanceof DecisionRule.MinScore m) {
                fast[i] = Compiled.MIN_SCORE;
                size = hundredths * 2;
                thresholds.add(m.threshold());
            } else if (rule instanceof DecisionRule.CriterionFloors f) {
                fast[i] = Compiled.CRITERION_FLOORS;
                size = n + 1;
                double[] byIndex = new double[n];
                List<Memo<RuleResult>> parts = new java.util.ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    Double floor = f.floors().get(table.id(k));
                    byIndex[k] = floor == null ? Double.NaN : floor;
                    parts.add(new Memo<>(floor == null ? 0 : hundredths));
                }
                floors.add(byIndex);
                ruleFloors[i] = byIndex;
                below = List.copyOf(parts);
            } else if (rule instanceof DecisionRule.MaxDisagreement m) {
                fast[i] = Compiled.MAX_DISAGREEMENT;
                size = n * (top + 1) * NOTES.length;
                minMaxSpread = Math.min(minMaxSpread, m.maxSpread());
            }
            memos.add(new Memo<>(size));
            belowMemos.add(below);
            hasDisagreement |= rule.kind() == RuleKind.DISAGREEMENT;
        }
        double[] thresholdArray = new double[thresholds.size()];
        for (int i = 0; i < thresholdArray.length; i++) {
            thresholdArray[i] = thresholds.get(i);
        }
        double[] weights = new double[n];
        for (int k = 0; k < n; k++) {
            weights[k] = table.weight(k);
        }
        // Any failing max-disagreement rule makes the one with the smallest maxSpread fail too, so the disputed
        // criteria are those above the policy's smallest maxSpread.
        BarBounds.Bar bar = new BarBounds.Bar(
                weights, floors.toArray(new double[0][]), thresholdArray, minMaxSpread, DecisionRule.TOLERANCE);
        return new Compiled(
                table,
                levels,
                Set.copyOf(rejectionReasons()),
                Set.copyOf(redFlags()),
                top,
                fast,
                List.copyOf(memos),
                ruleFloors,
                List.copyOf(belowMemos),
                bar,
                hasDisagreement);
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("DecisionPolicy")
                .id(id(), "id")
                .require(version() >= 1, "version", "must be at least 1, was %d", version())
                .require(!weights().isEmpty(), "weights", "must name at least one criterion");
        weights().forEach((k, w) -> {
            v.id(k, "weights.<key>");
            v.require(
                    Double.isFinite(w) && w > 0,
                    "weights." + (k.length() <= 64 ? k : "<key>"),
                    "must be finite and greater than 0, was %s",
                    w);
        });
        unique(v, rejectionReasons(), "rejectionReasons");
        unique(v, redFlags(), "redFlags");
        for (int i = 0; i < rules().size(); i++) {
            DecisionRule rule = rules().get(i);
            if (rule instanceof DecisionRule.CriterionFloors f) {
                for (String id : f.floors().keySet()) {
                    v.require(
                            weights().containsKey(id),
                            "rules[" + i + "].floors." + id,
                            "names no criterion of the policy");
                }
            } else if (rule instanceof DecisionRule.RedFlagVeto r && !redFlags().isEmpty()) {
                for (int j = 0; j < r.redFlags().size(); j++) {
                    v.require(
                            redFlags().contains(r.redFlags().get(j)),
                            "rules[" + i + "].redFlags[" + j + "]",
                            "names no red flag of the policy: '%s'",
                            r.redFlags().get(j));
                }
            }
        }
        v.throwIfAny();
    }

    private static void unique(Violations v, List<String> ids, String path) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            v.id(ids.get(i), path + "[" + i + "]");
            v.require(seen.add(ids.get(i)), path + "[" + i + "]", "must not repeat an id");
        }
    }

    /** The per-policy lookup tables. */
    static final class Compiled {
        /** How {@link #decide(CandidateEvaluation)} evaluates a rule: {@link DecisionRule#evaluate} or inline. */
        static final int GENERIC = 0;

        static final int MIN_INTERVIEWERS = 1;
        static final int MIN_SCORE = 2;
        static final int CRITERION_FLOORS = 3;
        static final int MAX_DISAGREEMENT = 4;

        final Aggregation.CriteriaTable table;
        final boolean[] levels;
        final Set<String> reasons;
        final Set<String> flags;
        /** The highest level value of the scale. */
        final int top;
        /** Per rule, how it is evaluated. */
        final int[] fast;
        /** Per rule, its results by key (empty for rules evaluated by {@link DecisionRule#evaluate}). */
        private final List<Memo<RuleResult>> memos;
        /** Per rule, for criterion-floors rules, the floor of each criterion by table index (NaN: none). */
        final double[][] ruleFloors;
        /** Per rule, for criterion-floors rules, per criterion, the failing result by mean in hundredths. */
        final List<List<Memo<RuleResult>>> belowMemos;
        /** The bar, for judging it with the disputed criteria at their extremes. */
        final BarBounds.Bar bar;
        /** Whether a rule is of kind {@link RuleKind#DISAGREEMENT}. */
        final boolean hasDisagreement;

        Compiled(
                Aggregation.CriteriaTable table,
                boolean[] levels,
                Set<String> reasons,
                Set<String> flags,
                int top,
                int[] fast,
                List<Memo<RuleResult>> memos,
                double[][] ruleFloors,
                List<List<Memo<RuleResult>>> belowMemos,
                BarBounds.Bar bar,
                boolean hasDisagreement) {
            this.table = table;
            this.levels = levels;
            this.reasons = reasons;
            this.flags = flags;
            this.top = top;
            this.fast = fast;
            this.memos = memos;
            this.ruleFloors = ruleFloors;
            this.belowMemos = belowMemos;
            this.bar = bar;
            this.hasDisagreement = hasDisagreement;
        }

        Memo<RuleResult> memo(int rule) {
            return memos.get(rule);
        }
    }

    /** The canonical writer: compact; properties in declaration order, map entries in their (meaningful) order. */
    private static final class Canonical {
        static final ObjectMapper MAPPER =
                HiringJackson.newObjectMapper().configure(SerializationFeature.INDENT_OUTPUT, false);
    }

    /** Builds a {@link DecisionPolicy}. */
    public static final class Builder extends ImmutableDecisionPolicy.Builder {
        Builder() {}
    }
}
