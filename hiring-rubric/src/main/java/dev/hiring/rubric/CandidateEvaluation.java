package dev.hiring.rubric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hiring.core.Violations;
import java.util.List;
import org.immutables.value.Value;

/**
 * A candidate's scorecards for one role: the input of {@link DecisionPolicy#decide(CandidateEvaluation)}.
 *
 * <p>Every scorecard must be for this evaluation's candidate. {@link #toString()} shows counts and ids only, never
 * notes.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCandidateEvaluation.class)
@JsonDeserialize(as = ImmutableCandidateEvaluation.class)
public abstract class CandidateEvaluation {
    CandidateEvaluation() {}

    /** The candidate's id in the source system. */
    public abstract String candidate();

    /** The role id, such as {@code senior-backend-engineer}. */
    public abstract String role();

    /** The scorecards, in the order given (the order never changes a decision). */
    public abstract List<Scorecard> scorecards();

    /**
     * Rejection-reason ids recorded for the candidate as a whole rather than on a scorecard, such as the reason an
     * applicant-tracking system keeps on the application (Greenhouse's {@code rejection_reason}); without
     * duplicates. One satisfies {@link DecisionRule.RejectionReasonRequired} for every negative scorecard, and each
     * counts once in the ranking of {@link Decision#rejectionReasons()}.
     */
    public abstract List<String> rejectionReasons();

    /** Returns an evaluation of the given scorecards. */
    public static CandidateEvaluation of(String candidate, String role, List<Scorecard> scorecards) {
        return builder()
                .candidate(candidate)
                .role(role)
                .addAllScorecards(scorecards)
                .build();
    }

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a copy with other scorecards; the other attributes are kept. */
    public abstract CandidateEvaluation withScorecards(Iterable<? extends Scorecard> scorecards);

    /** Returns a copy with other evaluation-level rejection-reason ids; the other attributes are kept. */
    public abstract CandidateEvaluation withRejectionReasons(Iterable<String> rejectionReasons);

    /** Shows the candidate id, role, number of scorecards and the evaluation-level reason ids; never notes. */
    @Override
    public String toString() {
        return "CandidateEvaluation{candidate=" + candidate() + ", role=" + role() + ", scorecards="
                + scorecards().size()
                + (rejectionReasons().isEmpty() ? "" : ", rejectionReasons=" + rejectionReasons()) + "}";
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("CandidateEvaluation");
        Scorecard.ref(v, candidate(), "candidate");
        v.id(role(), "role");
        for (int i = 0; i < scorecards().size(); i++) {
            v.require(
                    scorecards().get(i).candidate().equals(candidate()),
                    "scorecards[" + i + "].candidate",
                    "must be the evaluation's candidate");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < rejectionReasons().size(); i++) {
            String id = rejectionReasons().get(i);
            v.id(id, "rejectionReasons[" + i + "]");
            v.require(seen.add(id), "rejectionReasons[" + i + "]", "must not repeat an id");
        }
        v.throwIfAny();
    }

    /** Builds a {@link CandidateEvaluation}. */
    public static final class Builder extends ImmutableCandidateEvaluation.Builder {
        Builder() {}
    }
}
