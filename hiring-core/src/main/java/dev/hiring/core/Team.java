package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The team a role joins: its size, its composition and who the hire reports to. The guide asks JDs to mention
 * team structure.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTeam.class)
@JsonDeserialize(as = ImmutableTeam.class)
public abstract class Team {
    /** Larger teams are rejected as nonsense input. */
    public static final int MAX_SIZE = 10_000;

    Team() {}

    /** The number of people on the team, at least 1. */
    public abstract int size();

    /** Who is on it, such as "6 backend engineers, 1 SRE, 1 product manager". */
    public abstract String composition();

    /** Who the hire reports to, such as "the Engineering Manager for Payments". */
    public abstract String reportingLine();

    /** Returns a team with the given parts. */
    public static Team of(int size, String composition, String reportingLine) {
        return ImmutableTeam.builder()
                .size(size)
                .composition(composition)
                .reportingLine(reportingLine)
                .build();
    }

    @Value.Check
    final void check() {
        Violations.of("Team")
                .require(
                        size() >= 1 && size() <= MAX_SIZE, "size", "must be between 1 and %d, was %d", MAX_SIZE, size())
                .notBlank(composition(), "composition")
                .notBlank(reportingLine(), "reportingLine")
                .throwIfAny();
    }
}
