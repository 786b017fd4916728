package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A channel for finding candidates, such as targeted LinkedIn outreach or employee referrals. The guide asks to track conversion per channel.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSourcingChannel.class)
@JsonDeserialize(as = ImmutableSourcingChannel.class)
public abstract class SourcingChannel {
    SourcingChannel() {}

    /** A stable kebab-case id, such as {@code employee-referrals}. */
    public abstract String id();

    /** The display name, such as "Employee Referrals". */
    public abstract String name();

    /** What it means in practice. */
    public abstract String description();

    /**
     * Returns a SourcingChannel with the given parts.
     *
     * @throws InvalidHiringDataException if the id is not kebab-case or a text is blank
     */
    public static SourcingChannel of(String id, String name, String description) {
        return builder().id(id).name(name).description(description).build();
    }

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        Violations.of("SourcingChannel")
                .id(id(), "id")
                .notBlank(name(), "name")
                .notBlank(description(), "description")
                .throwIfAny();
    }

    /** Builds a {@link SourcingChannel}. */
    public static final class Builder extends ImmutableSourcingChannel.Builder {
        Builder() {}
    }
}
