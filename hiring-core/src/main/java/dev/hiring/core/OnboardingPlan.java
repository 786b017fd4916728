package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * A structured onboarding plan: phases in order (week 1, weeks 2–4, months 1–3, the 90-day review), the goal
 * checkpoints (the guide's 30/60/90 days) and standing practices (a buddy, regular check-ins).
 *
 * <p>Invariants, checked when built: phases in order of start day with unique ids, goal days strictly
 * increasing.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOnboardingPlan.class)
@JsonDeserialize(as = ImmutableOnboardingPlan.class)
public abstract class OnboardingPlan {
    OnboardingPlan() {}

    /** The phases, in order of start day; at least one. */
    public abstract List<@Valid OnboardingPhase> phases();

    /** The days on which goals are set and reviewed, such as 30, 60 and 90. */
    public abstract List<Integer> goalDays();

    /** Standing practices, such as "Pair the hire with a buddy". */
    public abstract List<String> practices();

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("OnboardingPlan")
                .require(!phases().isEmpty(), "phases", "must have at least one phase")
                .noBlankElements(practices(), "practices");
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < phases().size(); i++) {
            OnboardingPhase p = phases().get(i);
            v.require(ids.add(p.id()), "phases[" + i + "].id", "must be unique, '%s' repeats", p.id());
            if (i > 0) {
                v.require(
                        p.startDay() >= phases().get(i - 1).startDay(),
                        "phases[" + i + "].startDay",
                        "phases must be in order of start day");
            }
        }
        for (int i = 0; i < goalDays().size(); i++) {
            int d = goalDays().get(i);
            v.require(d >= 1 && d <= 3660, "goalDays[" + i + "]", "must be between 1 and 3660, was %d", d);
            if (i > 0) {
                v.require(d > goalDays().get(i - 1), "goalDays[" + i + "]", "must be strictly increasing");
            }
        }
        v.throwIfAny();
    }

    /** Builds an {@link OnboardingPlan}. */
    public static final class Builder extends ImmutableOnboardingPlan.Builder {
        Builder() {}
    }
}
