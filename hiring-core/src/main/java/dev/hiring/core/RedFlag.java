package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A behaviour or answer that predicts poor fit or risk, such as "Blame culture".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRedFlag.class)
@JsonDeserialize(as = ImmutableRedFlag.class)
public abstract class RedFlag {
    RedFlag() {}

    /** A stable kebab-case id, such as {@code blame-culture}. */
    public abstract String id();

    /** The short title, such as "Blame culture". */
    public abstract String title();

    /** What it means in practice. */
    public abstract String description();

    /**
     * Returns a RedFlag with the given parts.
     *
     * @throws InvalidHiringDataException if the id is not kebab-case or a text is blank
     */
    public static RedFlag of(String id, String title, String description) {
        return builder().id(id).title(title).description(description).build();
    }

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        Violations.of("RedFlag")
                .id(id(), "id")
                .notBlank(title(), "title")
                .notBlank(description(), "description")
                .throwIfAny();
    }

    /** Builds a {@link RedFlag}. */
    public static final class Builder extends ImmutableRedFlag.Builder {
        Builder() {}
    }
}
