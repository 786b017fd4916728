package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A reason to reject a candidate, decided before interviews so that interviewers screen consistently and record it in the scorecard, such as "Shallow system design thinking".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRejectionReason.class)
@JsonDeserialize(as = ImmutableRejectionReason.class)
public abstract class RejectionReason {
    RejectionReason() {}

    /** A stable kebab-case id, such as {@code shallow-system-design}. */
    public abstract String id();

    /** The short title, such as "Shallow system design thinking". */
    public abstract String title();

    /** What it means in practice. */
    public abstract String description();

    /**
     * Returns a RejectionReason with the given parts.
     *
     * @throws InvalidHiringDataException if the id is not kebab-case or a text is blank
     */
    public static RejectionReason of(String id, String title, String description) {
        return builder().id(id).title(title).description(description).build();
    }

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        Violations.of("RejectionReason")
                .id(id(), "id")
                .notBlank(title(), "title")
                .notBlank(description(), "description")
                .throwIfAny();
    }

    /** Builds a {@link RejectionReason}. */
    public static final class Builder extends ImmutableRejectionReason.Builder {
        Builder() {}
    }
}
