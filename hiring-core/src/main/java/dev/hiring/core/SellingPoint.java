package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A point to sell the role to a senior candidate, such as "Technical impact" or "Compensation transparency".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSellingPoint.class)
@JsonDeserialize(as = ImmutableSellingPoint.class)
public abstract class SellingPoint {
    SellingPoint() {}

    /** A stable kebab-case id, such as {@code technical-impact}. */
    public abstract String id();

    /** The short title, such as "Technical impact". */
    public abstract String title();

    /** What it means in practice. */
    public abstract String description();

    /**
     * Returns a SellingPoint with the given parts.
     *
     * @throws InvalidHiringDataException if the id is not kebab-case or a text is blank
     */
    public static SellingPoint of(String id, String title, String description) {
        return builder().id(id).title(title).description(description).build();
    }

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        Violations.of("SellingPoint")
                .id(id(), "id")
                .notBlank(title(), "title")
                .notBlank(description(), "description")
                .throwIfAny();
    }

    /** Builds a {@link SellingPoint}. */
    public static final class Builder extends ImmutableSellingPoint.Builder {
        Builder() {}
    }
}
