package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * One phase of an onboarding plan, such as "Weeks 2–4: small ownership and first deliverable", as a range of
 * days from the start date (day 1 is the first day).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOnboardingPhase.class)
@JsonDeserialize(as = ImmutableOnboardingPhase.class)
public abstract class OnboardingPhase {
    OnboardingPhase() {}

    /** A stable kebab-case id, such as {@code week-1}. */
    public abstract String id();

    /** The title, such as "Week 1: Orientation and ramp". */
    public abstract String title();

    /** The first day of the phase, from 1. */
    public abstract int startDay();

    /** The last day of the phase, at least {@link #startDay()}. */
    public abstract int endDay();

    /** What happens in the phase; at least one activity. */
    public abstract List<String> activities();

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        Violations.of("OnboardingPhase")
                .id(id(), "id")
                .notBlank(title(), "title")
                .require(
                        startDay() >= 1 && startDay() <= 3660,
                        "startDay",
                        "must be between 1 and 3660, was %d",
                        startDay())
                .require(
                        endDay() >= startDay() && endDay() <= 3660,
                        "endDay",
                        "must be between startDay and 3660, was %d",
                        endDay())
                .require(!activities().isEmpty(), "activities", "must have at least one activity")
                .noBlankElements(activities(), "activities")
                .throwIfAny();
    }

    /** Builds an {@link OnboardingPhase}. */
    public static final class Builder extends ImmutableOnboardingPhase.Builder {
        Builder() {}
    }
}
