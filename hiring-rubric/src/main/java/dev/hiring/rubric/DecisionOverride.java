package dev.hiring.rubric;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.hiring.core.Violations;
import java.time.Instant;

/**
 * One human override in a {@link DecisionRecord}'s history: the outcome that stood before ({@code from}: the
 * mechanical outcome or the previous override's), the outcome people chose ({@code to}), who, when and why. A
 * reason is required. {@link #toString()} leaves the reason out, as it is free text.
 *
 * <p>JSON: {@code {"from", "to", "by", "at", "reason"}}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the outcome that stood before this override
 * @param to the outcome people chose
 * @param by who overrode (an id or name of the decision maker)
 * @param at when
 * @param reason why; must not be blank
 */
@JsonPropertyOrder({"from", "to", "by", "at", "reason"})
public record DecisionOverride(Outcome from, Outcome to, String by, Instant at, String reason) {
    /** Checks that every part is present and that the reason and author are not blank; never echoes them. */
    public DecisionOverride {
        Violations v = Violations.of("DecisionOverride");
        v.require(from != null, "from", "is required");
        v.require(to != null, "to", "is required");
        v.require(at != null, "at", "is required");
        v.require(by != null && !by.isBlank(), "by", "is required and must not be blank");
        v.require(reason != null && !reason.isBlank(), "reason", "is required and must not be blank");
        v.throwIfAny();
    }

    @Override
    public String toString() {
        return "DecisionOverride{from=" + from + ", to=" + to + ", by=" + by + ", at=" + at + ", reason=<redacted>}";
    }
}
