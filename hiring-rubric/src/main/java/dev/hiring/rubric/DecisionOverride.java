package dev.hiring.rubric;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.hiring.core.internal.Violations;
import java.time.Instant;

/**
 * A human override of a mechanical {@link Decision}: the new outcome, who made it, why, and when. A reason is
 * required. {@link #toString()} leaves the reason out, as it is free text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param outcome the outcome the humans chose
 * @param by who overrode (an id or name of the decision maker)
 * @param reason why; must not be blank
 * @param at when
 */
@JsonPropertyOrder({"outcome", "by", "reason", "at"})
public record DecisionOverride(Outcome outcome, String by, String reason, Instant at) {
    /** Checks that every part is present and that the reason and author are not blank. */
    public DecisionOverride {
        Violations v = Violations.of("DecisionOverride");
        v.require(outcome != null, "outcome", "is required");
        v.require(at != null, "at", "is required");
        v.require(by != null && !by.isBlank(), "by", "must not be blank");
        v.require(reason != null && !reason.isBlank(), "reason", "is required and must not be blank");
        v.throwIfAny();
    }

    @Override
    public String toString() {
        return "DecisionOverride{outcome=" + outcome + ", by=" + by + ", at=" + at + ", reason=<redacted>}";
    }
}
