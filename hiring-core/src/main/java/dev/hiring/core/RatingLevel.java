package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One level of a {@link RatingScale}: an id ({@code meets}), a label ("Meets / Adequate") and a numeric value
 * used for aggregation (higher is better).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRatingLevel.class)
@JsonDeserialize(as = ImmutableRatingLevel.class)
public abstract class RatingLevel {
    RatingLevel() {}

    /** A stable kebab-case id, such as {@code exceeds}. */
    public abstract String id();

    /** The label shown to interviewers, such as "Exceeds / Strong". */
    public abstract String label();

    /** The numeric value, 0 to 100; higher is better. */
    public abstract int value();

    /** Returns a level. */
    public static RatingLevel of(String id, String label, int value) {
        return ImmutableRatingLevel.builder().id(id).label(label).value(value).build();
    }

    @Value.Check
    final void check() {
        Violations.of("RatingLevel")
                .id(id(), "id")
                .notBlank(label(), "label")
                .require(value() >= 0 && value() <= 100, "value", "must be between 0 and 100, was %d", value())
                .throwIfAny();
    }
}
