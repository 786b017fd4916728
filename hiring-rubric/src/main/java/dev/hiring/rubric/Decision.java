package dev.hiring.rubric;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.Violation;
import dev.hiring.core.Violations;
import dev.hiring.core.json.HiringJson;
import dev.hiring.rubric.internal.Sha256;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The mechanical decision on one candidate, with everything needed to explain it: the outcome, the weighted
 * score, the per-criterion aggregation, the trace (every rule with its verdict and detail, in policy order), the
 * primary rejection reasons ranked by how many interviewers gave them, and the id, version and content hash of
 * the policy that made it.
 *
 * <p>Only a policy creates a decision ({@link DecisionPolicy#decide(CandidateEvaluation)}); there is no public
 * constructor. A stored decision is read back with {@link #parse(String)}, which checks its shape but cannot tell
 * whether a policy made it: to trust a stored decision, keep it in a {@link DecisionRecord} and {@link
 * DecisionRecord#verify(DecisionRecord, DecisionPolicy, CandidateEvaluation) verify} it against the policy and the
 * input.
 *
 * <p>JSON: {@code {"candidate", "outcome", "score", "criteria": [...], "trace": [...], "rejectionReasons": [...],
 * "policy": {"id", "version", "hash"}}}; {@code score} is null when nothing was rated.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"candidate", "outcome", "score", "criteria", "trace", "rejectionReasons", "policy"})
public final class Decision {
    private final String candidate;
    private final Outcome outcome;
    private final @Nullable Double score;
    private final List<CriterionAggregate> criteria;
    private final List<RuleResult> trace;
    private final List<ReasonCount> rejectionReasons;
    private final PolicyRef policy;

    /** Made by {@link DecisionPolicy}; the lists are copied. */
    Decision(
            String candidate,
            Outcome outcome,
            @Nullable Double score,
            List<CriterionAggregate> criteria,
            List<RuleResult> trace,
            List<ReasonCount> rejectionReasons,
            PolicyRef policy) {
        this.candidate = candidate;
        this.outcome = outcome;
        this.score = score;
        this.criteria = List.copyOf(criteria);
        this.trace = List.copyOf(trace);
        this.rejectionReasons = List.copyOf(rejectionReasons);
        this.policy = policy;
    }

    /** Jackson's way in, for {@link #parse(String)}: every part is checked and named when missing. */
    @JsonCreator
    static Decision fromJson(
            @JsonProperty("candidate") @Nullable String candidate,
            @JsonProperty("outcome") @Nullable Outcome outcome,
            @JsonProperty("score") @Nullable Double score,
            @JsonProperty("criteria") @Nullable List<@Nullable CriterionAggregate> criteria,
            @JsonProperty("trace") @Nullable List<@Nullable RuleResult> trace,
            @JsonProperty("rejectionReasons") @Nullable List<@Nullable ReasonCount> rejectionReasons,
            @JsonProperty("policy") @Nullable PolicyRef policy) {
        List<Violation> problems = new ArrayList<>();
        require(candidate, "candidate", problems);
        require(outcome, "outcome", problems);
        require(policy, "policy", problems);
        if (score != null && !Double.isFinite(score)) {
            problems.add(new Violation("score", "must be a finite number or null"));
        }
        List<CriterionAggregate> c = elements(criteria, "criteria", problems);
        List<RuleResult> t = elements(trace, "trace", problems);
        List<ReasonCount> r = elements(rejectionReasons, "rejectionReasons", problems);
        Violations parts = Violations.of("Decision");
        for (int i = 0; i < c.size(); i++) {
            checkAggregate(c.get(i), "criteria[" + i + "]", parts, problems);
        }
        for (int i = 0; i < t.size(); i++) {
            parts.id(t.get(i).rule(), "trace[" + i + "].rule");
        }
        for (int i = 0; i < r.size(); i++) {
            ReasonCount rc = r.get(i);
            String at = "rejectionReasons[" + i + "]";
            if (isNull(rc.id())) {
                problems.add(new Violation(at + ".id", "is required"));
            } else {
                parts.id(rc.id(), at + ".id");
            }
            parts.require(rc.count() >= 1, at + ".count", "must be at least 1, was %d", rc.count());
        }
        if (policy != null) {
            checkPolicyRef(policy, "policy", parts, problems);
        }
        problems.addAll(parts.found());
        if (!problems.isEmpty() || candidate == null || outcome == null || policy == null) {
            throw new InvalidHiringDataException("Decision", problems);
        }
        return new Decision(candidate, outcome, score, c, t, r, policy);
    }

    /** The parts of a criterion aggregate: its id, a count of at least 0, and its statistics all or none. */
    private static void checkAggregate(CriterionAggregate a, String at, Violations parts, List<Violation> problems) {
        if (isNull(a.id())) {
            problems.add(new Violation(at + ".id", "is required"));
        } else {
            parts.id(a.id(), at + ".id");
        }
        parts.require(a.count() >= 0, at + ".count", "must be at least 0, was %d", a.count());
        int stats = (a.mean() == null ? 0 : 1)
                + (a.median() == null ? 0 : 1)
                + (a.min() == null ? 0 : 1)
                + (a.max() == null ? 0 : 1)
                + (a.spread() == null ? 0 : 1);
        parts.require(
                stats == 0 || stats == 5,
                at,
                "must have all of mean, median, min, max and spread, or none of them (%d of 5 given)",
                stats);
        parts.require(stats == 0 || a.count() > 0, at + ".count", "must be at least 1 when there are statistics");
        for (Integer v : java.util.Arrays.asList(a.min(), a.max(), a.spread())) {
            if (v != null && v < 0) {
                parts.require(false, at, "min, max and spread must be at least 0");
                break;
            }
        }
    }

    /**
     * The parts of a policy reference: a kebab-case id, a version of at least 1 and a {@code sha256:} hash. Also used
     * by {@link DecisionRecord#parse(String)} for the record's own reference.
     */
    static void checkPolicyRef(PolicyRef ref, String at, Violations parts, List<Violation> problems) {
        if (isNull(ref.id())) {
            problems.add(new Violation(at + ".id", "is required"));
        } else {
            parts.id(ref.id(), at + ".id");
        }
        parts.require(ref.version() >= 1, at + ".version", "must be at least 1, was %d", ref.version());
        if (isNull(ref.hash())) {
            problems.add(new Violation(at + ".hash", "is required"));
        } else if (!Sha256.isDigest(ref.hash())) {
            problems.add(new Violation(at + ".hash", "must be sha256: followed by 64 lower-case hex digits"));
        }
    }

    @SuppressWarnings("NullAway") // values read by Jackson may be null despite their types
    private static boolean isNull(@Nullable String s) {
        return s == null;
    }

    private static void require(@Nullable Object value, String field, List<Violation> problems) {
        if (value == null) {
            problems.add(new Violation(field, "is required"));
        }
    }

    private static <T> List<T> elements(@Nullable List<@Nullable T> list, String field, List<Violation> problems) {
        if (list == null) {
            problems.add(new Violation(field, "is required"));
            return List.of();
        }
        List<T> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            T element = list.get(i);
            if (element == null) {
                problems.add(new Violation(field + "[" + i + "]", "must be an object"));
            } else {
                out.add(element);
            }
        }
        return out;
    }

    /**
     * Reads a decision back from its JSON ({@link #toJson()}). The shape is checked; whether a policy made it is
     * not (see {@link DecisionRecord#verify(DecisionRecord, DecisionPolicy, CandidateEvaluation)}).
     *
     * @throws dev.hiring.core.HiringParseException if the text is not JSON of a decision's shape, with the path
     * @throws InvalidHiringDataException naming every missing or invalid field; never quoting the input
     */
    public static Decision parse(String json) {
        return HiringJson.readUnvalidated(json, Decision.class);
    }

    /** The candidate's id. */
    @JsonProperty("candidate")
    public String candidate() {
        return candidate;
    }

    /** The outcome. */
    @JsonProperty("outcome")
    public Outcome outcome() {
        return outcome;
    }

    /** The weighted score (see {@link Aggregation}), or null if nothing was rated. */
    @JsonProperty("score")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public @Nullable Double score() {
        return score;
    }

    /** The per-criterion aggregates, in the policy's order. */
    @JsonProperty("criteria")
    public List<CriterionAggregate> criteria() {
        return criteria;
    }

    /** Every rule's result, in the policy's order. */
    @JsonProperty("trace")
    public List<RuleResult> trace() {
        return trace;
    }

    /** The rejection reasons, most frequent first. */
    @JsonProperty("rejectionReasons")
    public List<ReasonCount> rejectionReasons() {
        return rejectionReasons;
    }

    /** The policy that decided: id, version and hash. */
    @JsonProperty("policy")
    public PolicyRef policy() {
        return policy;
    }

    /** The decision as pretty-printed JSON; {@link #parse(String)} reads it back to an equal decision. */
    public String toJson() {
        return HiringJson.write(this);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Decision d
                && candidate.equals(d.candidate)
                && outcome == d.outcome
                && Objects.equals(score, d.score)
                && criteria.equals(d.criteria)
                && trace.equals(d.trace)
                && rejectionReasons.equals(d.rejectionReasons)
                && policy.equals(d.policy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(candidate, outcome, score, criteria, trace, rejectionReasons, policy);
    }

    /** Ids, outcome, score and counts; the trace details are left out for brevity. */
    @Override
    public String toString() {
        return "Decision{candidate=" + candidate + ", outcome=" + outcome + ", score=" + score + ", criteria="
                + criteria.size() + ", trace=" + trace.size() + ", rejectionReasons=" + rejectionReasons
                + ", policy=" + policy + "}";
    }
}
