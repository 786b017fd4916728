package dev.hiring.rubric;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.hiring.core.InvalidHiringDataException;
import java.time.Instant;
import java.util.Optional;

/**
 * A mechanical {@link Decision} with an optional human {@link DecisionOverride} kept beside it, never instead of
 * it: the record always shows what the policy decided and, separately, what people decided and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param decision the mechanical decision, unchanged
 * @param override the human override, if any
 */
@JsonPropertyOrder({"decision", "override"})
public record DecisionRecord(Decision decision, Optional<DecisionOverride> override) {
    /** Checks that the decision is present. */
    public DecisionRecord {
        if (decision == null || override == null) {
            throw new InvalidHiringDataException("DecisionRecord: decision is required");
        }
    }

    /** A record of a decision without override. */
    public static DecisionRecord of(Decision decision) {
        return new DecisionRecord(decision, Optional.empty());
    }

    /**
     * Returns a record with this decision and a new override (replacing any earlier one).
     *
     * @throws InvalidHiringDataException if the reason or author is blank
     */
    public DecisionRecord withOverride(Outcome outcome, String by, String reason, Instant at) {
        return new DecisionRecord(decision, Optional.of(new DecisionOverride(outcome, by, reason, at)));
    }

    /** The outcome that stands: the override's if there is one, otherwise the mechanical one. */
    @JsonIgnore
    public Outcome finalOutcome() {
        return override.map(DecisionOverride::outcome).orElse(decision.outcome());
    }

    /** Whether people overrode the mechanical outcome with a different one. */
    @JsonIgnore
    public boolean isOverridden() {
        return override.isPresent() && override.get().outcome() != decision.outcome();
    }

    /** The record as pretty-printed JSON. */
    public String toJson() {
        return dev.hiring.core.json.HiringJson.write(this);
    }
}
