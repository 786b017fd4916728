package dev.hiring.rubric;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.hiring.core.HiringParseException;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.Violation;
import dev.hiring.core.Violations;
import dev.hiring.core.json.HiringJson;
import dev.hiring.rubric.internal.Sha256;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A decision as it is stored: when it was made, by which policy (id, version, hash), on which input (the SHA-256
 * digest of the evaluation's canonical JSON, {@link NativeFormat#toCanonicalJson(CandidateEvaluation)}), the
 * mechanical {@link Decision} with its trace, and the append-only history of human {@link DecisionOverride}s kept
 * beside it, never instead of it.
 *
 * <p>A record is made by {@link #decide(DecisionPolicy, CandidateEvaluation, Clock)}, grown by {@link
 * #withOverride(Outcome, String, String, Instant)} (a second override is appended, the first stays), written with
 * {@link #toJson()} and read back with {@link #parse(String)}. {@link #verify(DecisionRecord, DecisionPolicy,
 * CandidateEvaluation)} recomputes it from a policy and an evaluation and lists every field that does not hold.
 *
 * <p>JSON: {@code {"decidedAt", "policy": {"id", "version", "hash"}, "inputDigest": "sha256:…", "decision": {…},
 * "overrides": [{"from", "to", "by", "at", "reason"}]}}.
 *
 * <p>This class is immutable and thread-safe. {@link #toString()} never shows override reasons.
 */
@JsonPropertyOrder({"decidedAt", "policy", "inputDigest", "decision", "overrides"})
public final class DecisionRecord {
    private final Instant decidedAt;
    private final PolicyRef policy;
    private final String inputDigest;
    private final Decision decision;
    private final List<DecisionOverride> overrides;

    private DecisionRecord(
            Instant decidedAt,
            PolicyRef policy,
            String inputDigest,
            Decision decision,
            List<DecisionOverride> overrides) {
        this.decidedAt = decidedAt;
        this.policy = policy;
        this.inputDigest = inputDigest;
        this.decision = decision;
        this.overrides = List.copyOf(overrides);
    }

    /**
     * Decides the evaluation with the policy ({@link DecisionPolicy#decide(CandidateEvaluation)}) and records it,
     * at the clock's instant, with the policy's id, version and hash and the digest of the input.
     *
     * @throws InvalidHiringDataException if the scorecards do not fit the policy
     */
    public static DecisionRecord decide(DecisionPolicy policy, CandidateEvaluation evaluation, Clock clock) {
        Decision decision = policy.decide(evaluation);
        return new DecisionRecord(clock.instant(), policy.ref(), inputDigest(evaluation), decision, List.of());
    }

    /**
     * The digest a record keeps of its input: {@code sha256:} and the lower-case hex SHA-256 of the UTF-8 bytes of
     * {@link NativeFormat#toCanonicalJson(CandidateEvaluation)}.
     */
    public static String inputDigest(CandidateEvaluation evaluation) {
        return Sha256.of(NativeFormat.toCanonicalJson(evaluation));
    }

    /**
     * Returns this record with one more override appended to its history; earlier overrides stay. The override's
     * {@code from} is the outcome standing now ({@link #finalOutcome()}).
     *
     * @throws InvalidHiringDataException if {@code by} or {@code reason} is blank, or {@code at} is before the
     *     decision or the previous override
     */
    public DecisionRecord withOverride(Outcome to, String by, String reason, Instant at) {
        DecisionOverride o = new DecisionOverride(finalOutcome(), to, by, at, reason);
        Instant last = overrides.isEmpty()
                ? decidedAt
                : overrides.get(overrides.size() - 1).at();
        Violations.of("DecisionOverride")
                .require(
                        !at.isBefore(last),
                        "at",
                        "must not be before %s (%s)",
                        overrides.isEmpty() ? "the decision" : "the previous override",
                        last)
                .throwIfAny();
        List<DecisionOverride> history = new ArrayList<>(overrides);
        history.add(o);
        return new DecisionRecord(decidedAt, policy, inputDigest, decision, history);
    }

    /** When the policy decided, from the clock given to {@link #decide(DecisionPolicy, CandidateEvaluation, Clock)}. */
    @JsonProperty("decidedAt")
    public Instant decidedAt() {
        return decidedAt;
    }

    /** The deciding policy's id, version and hash. */
    @JsonProperty("policy")
    public PolicyRef policy() {
        return policy;
    }

    /** The digest of the input evaluation (see {@link #inputDigest(CandidateEvaluation)}). */
    @JsonProperty("inputDigest")
    public String inputDigest() {
        return inputDigest;
    }

    /** The mechanical decision, unchanged by overrides. */
    @JsonProperty("decision")
    public Decision decision() {
        return decision;
    }

    /** The overrides, oldest first; each one's {@code from} is the previous one's {@code to}. */
    @JsonProperty("overrides")
    public List<DecisionOverride> overrides() {
        return overrides;
    }

    /** The outcome that stands: the last override's, otherwise the mechanical one. */
    @JsonIgnore
    public Outcome finalOutcome() {
        return overrides.isEmpty()
                ? decision.outcome()
                : overrides.get(overrides.size() - 1).to();
    }

    /** Whether the outcome that stands differs from the mechanical outcome. */
    @JsonIgnore
    public boolean isOverridden() {
        return finalOutcome() != decision.outcome();
    }

    /** The record as pretty-printed JSON; {@link #parse(String)} reads it back to an equal record. */
    public String toJson() {
        return HiringJson.write(this);
    }

    /**
     * Reads a record back from its JSON. Checks its shape (every field present, the digests in their {@code
     * sha256:} form, each override complete); whether it holds is {@link #verify}'s question.
     *
     * @throws HiringParseException if the text is not JSON of a record's shape, with the JSON path
     * @throws InvalidHiringDataException naming every missing or invalid field ({@code $.decidedAt}, {@code
     *     $.decision.outcome}, {@code $.overrides[1].reason}, …); messages never quote the input
     */
    public static DecisionRecord parse(String json) {
        Dto dto = HiringJson.readUnvalidated(json, Dto.class);
        List<Violation> problems = new ArrayList<>();
        if (dto.decidedAt == null) {
            problems.add(new Violation("$.decidedAt", "is required"));
        }
        PolicyRef ref = dto.policy;
        if (ref == null) {
            problems.add(new Violation("$.policy", "is required"));
        } else {
            checkRef(ref, "$.policy", problems);
        }
        String digest = dto.inputDigest;
        if (digest == null) {
            problems.add(new Violation("$.inputDigest", "is required"));
        } else if (!Sha256.isDigest(digest)) {
            problems.add(new Violation("$.inputDigest", "must be sha256: followed by 64 lower-case hex digits"));
        }
        Decision d = dto.decision;
        if (d == null) {
            problems.add(new Violation("$.decision", "is required"));
        } else {
            checkRef(d.policy(), "$.decision.policy", problems);
        }
        List<DecisionOverride> history = new ArrayList<>();
        if (dto.overrides == null) {
            problems.add(new Violation("$.overrides", "is required (empty when nobody overrode)"));
        } else {
            for (int i = 0; i < dto.overrides.size(); i++) {
                DecisionOverride o = dto.overrides.get(i);
                if (o == null) {
                    problems.add(new Violation("$.overrides[" + i + "]", "must be an object"));
                } else {
                    history.add(o);
                }
            }
        }
        if (!problems.isEmpty() || dto.decidedAt == null || ref == null || digest == null || d == null) {
            throw new InvalidHiringDataException("DecisionRecord", problems);
        }
        return new DecisionRecord(dto.decidedAt, ref, digest, d, history);
    }

    private static void checkRef(PolicyRef ref, String path, List<Violation> problems) {
        if (isNull(ref.id())) {
            problems.add(new Violation(path + ".id", "is required"));
        }
        if (isNull(ref.hash())) {
            problems.add(new Violation(path + ".hash", "is required"));
        } else if (!Sha256.isDigest(ref.hash())) {
            problems.add(new Violation(path + ".hash", "must be sha256: followed by 64 lower-case hex digits"));
        }
    }

    @SuppressWarnings("NullAway") // values read by Jackson may be null despite their types
    private static boolean isNull(@Nullable String s) {
        return s == null;
    }

    /**
     * Checks a record against the policy and the evaluation it claims: recomputes the policy's hash, the input's
     * digest and the decision, and lists every field that differs, in the record's order. An empty list means
     * the record holds: this policy, deciding this evaluation, makes exactly this decision, and the override history
     * is an unbroken chain from the mechanical outcome.
     *
     * <p>What is found: a policy other than the record's ({@code policy.id}, {@code policy.version}, {@code
     * policy.hash}: a changed parameter, or an edited hash), a changed input ({@code inputDigest}), an edited
     * decision ({@code decision.outcome}, {@code decision.score}, {@code decision.criteria[i]}, {@code
     * decision.trace[i]}, {@code decision.rejectionReasons}, {@code decision.policy}), and a broken override chain
     * ({@code overrides[i].from}, {@code overrides[i].at}). Messages give ids, outcomes, numbers and digests, never
     * free text.
     */
    public static List<RecordMismatch> verify(
            DecisionRecord record, DecisionPolicy policy, CandidateEvaluation evaluation) {
        List<RecordMismatch> out = new ArrayList<>();
        PolicyRef claimed = record.policy;
        PolicyRef actual = policy.ref();
        if (!Objects.equals(claimed.id(), actual.id())) {
            out.add(new RecordMismatch(
                    "policy.id",
                    "the record names policy '" + claimed.id() + "', the policy given is '" + actual.id() + "'"));
        }
        if (claimed.version() != actual.version()) {
            out.add(new RecordMismatch(
                    "policy.version",
                    "the record names version " + claimed.version() + ", the policy given is version "
                            + actual.version()));
        }
        if (!Objects.equals(claimed.hash(), actual.hash())) {
            out.add(new RecordMismatch(
                    "policy.hash",
                    "the record names " + claimed.hash() + ", the policy given hashes to " + actual.hash()
                            + " (the policy changed, or the recorded hash was edited)"));
        }
        String digest = inputDigest(evaluation);
        if (!record.inputDigest.equals(digest)) {
            out.add(new RecordMismatch(
                    "inputDigest",
                    "the record's input has digest " + record.inputDigest + ", the evaluation given has " + digest
                            + " (the input changed)"));
        }
        Decision d = record.decision;
        if (!d.policy().equals(claimed)) {
            out.add(new RecordMismatch("decision.policy", "differs from the record's policy"));
        }
        Decision fresh;
        try {
            fresh = policy.decide(evaluation);
        } catch (InvalidHiringDataException e) {
            StringBuilder where = new StringBuilder();
            for (Violation v : e.violations()) {
                where.append(where.length() == 0 ? "" : ", ").append(v.path());
            }
            out.add(new RecordMismatch(
                    "decision", "the policy given cannot decide the evaluation given (invalid: " + where + ")"));
            return out;
        }
        compare(d, fresh, out);
        Outcome standing = d.outcome();
        Instant last = record.decidedAt;
        for (int i = 0; i < record.overrides.size(); i++) {
            DecisionOverride o = record.overrides.get(i);
            if (o.from() != standing) {
                out.add(new RecordMismatch(
                        "overrides[" + i + "].from",
                        "is " + o.from() + ", but the outcome standing before it was " + standing
                                + " (the history was edited)"));
            }
            if (o.at().isBefore(last)) {
                out.add(new RecordMismatch(
                        "overrides[" + i + "].at",
                        "is before " + (i == 0 ? "the decision" : "the previous override") + " (the history was"
                                + " edited)"));
            }
            standing = o.to();
            last = o.at();
        }
        return List.copyOf(out);
    }

    private static void compare(Decision recorded, Decision fresh, List<RecordMismatch> out) {
        if (!recorded.candidate().equals(fresh.candidate())) {
            out.add(new RecordMismatch("decision.candidate", "differs from the evaluation's candidate"));
        }
        if (recorded.outcome() != fresh.outcome()) {
            out.add(new RecordMismatch(
                    "decision.outcome",
                    "the record says " + recorded.outcome() + ", the policy decides " + fresh.outcome()));
        }
        if (!Objects.equals(recorded.score(), fresh.score())) {
            out.add(new RecordMismatch(
                    "decision.score",
                    "the record says " + recorded.score() + ", the policy computes " + fresh.score()));
        }
        list("decision.criteria", recorded.criteria(), fresh.criteria(), out);
        List<RuleResult> rt = recorded.trace();
        List<RuleResult> ft = fresh.trace();
        if (rt.size() != ft.size()) {
            out.add(new RecordMismatch(
                    "decision.trace", "has " + rt.size() + " rules, the policy traces " + ft.size()));
        }
        for (int i = 0; i < Math.min(rt.size(), ft.size()); i++) {
            RuleResult r = rt.get(i);
            RuleResult f = ft.get(i);
            String at = "decision.trace[" + i + "]";
            if (!r.rule().equals(f.rule())) {
                out.add(new RecordMismatch(at + ".rule", "differs from the policy's rule " + f.rule()));
            } else if (r.verdict() != f.verdict()) {
                out.add(new RecordMismatch(
                        at + ".verdict",
                        f.rule() + ": the record says " + r.verdict() + ", the policy gives " + f.verdict()));
            } else if (!r.detail().equals(f.detail())) {
                out.add(new RecordMismatch(at + ".detail", f.rule() + ": differs from the recomputed detail"));
            }
        }
        list("decision.rejectionReasons", recorded.rejectionReasons(), fresh.rejectionReasons(), out);
    }

    private static <T> void list(String field, List<T> recorded, List<T> fresh, List<RecordMismatch> out) {
        if (recorded.size() != fresh.size()) {
            out.add(new RecordMismatch(field, "has " + recorded.size() + " entries, the policy gives " + fresh.size()));
            return;
        }
        for (int i = 0; i < recorded.size(); i++) {
            if (!recorded.get(i).equals(fresh.get(i))) {
                out.add(new RecordMismatch(field + "[" + i + "]", "differs from the recomputed value"));
            }
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof DecisionRecord r
                && decidedAt.equals(r.decidedAt)
                && policy.equals(r.policy)
                && inputDigest.equals(r.inputDigest)
                && decision.equals(r.decision)
                && overrides.equals(r.overrides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(decidedAt, policy, inputDigest, decision, overrides);
    }

    /** Times, policy, digest, outcomes and the overrides without their reasons. */
    @Override
    public String toString() {
        return "DecisionRecord{decidedAt=" + decidedAt + ", policy=" + policy + ", inputDigest=" + inputDigest
                + ", decision=" + decision + ", overrides=" + overrides + "}";
    }

    /** The JSON shape read by {@link #parse(String)}; every field may be missing. */
    private static final class Dto {
        @JsonProperty("decidedAt")
        @Nullable
        Instant decidedAt;

        @JsonProperty("policy")
        @Nullable
        PolicyRef policy;

        @JsonProperty("inputDigest")
        @Nullable
        String inputDigest;

        @JsonProperty("decision")
        @Nullable
        Decision decision;

        @JsonProperty("overrides")
        @Nullable
        List<@Nullable DecisionOverride> overrides;
    }
}
