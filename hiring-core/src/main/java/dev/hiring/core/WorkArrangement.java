package dev.hiring.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.AssertTrue;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where and when the work happens: remote, hybrid or onsite, the locations, and the time zones or overlap hours.
 * The guide asks JDs to be explicit about remote/onsite expectations and time zone needs.
 *
 * <p>An onsite or hybrid arrangement must name at least one location (checked when built). A remote or hybrid
 * arrangement should state time zones or overlap hours (a guide policy, checked by {@link
 * dev.hiring.core.validation.HiringValidator}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkArrangement.class)
@JsonDeserialize(as = ImmutableWorkArrangement.class)
public abstract class WorkArrangement {
    WorkArrangement() {}

    /** Remote, hybrid or onsite. */
    public abstract WorkMode mode();

    /** Offices, cities or regions, such as "Berlin" or "Remote within Europe". */
    public abstract List<String> locations();

    /** Time zones the hire works in, such as "UTC-1 to UTC+3" or "CET". */
    public abstract List<String> timeZones();

    /** Hours of daily overlap with the team, if stated (0 to 24). */
    public abstract Optional<Integer> overlapHours();

    /** Returns an arrangement with the given mode and locations and no time zone statement. */
    public static WorkArrangement of(WorkMode mode, String... locations) {
        return builder().mode(mode).addLocations(locations).build();
    }

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    /** The guide's policy: a remote or hybrid role states time zones or overlap hours. */
    @JsonIgnore
    @AssertTrue(message = "a remote or hybrid role must state time zones or overlap hours")
    public boolean timeZoneStated() {
        return mode() == WorkMode.ONSITE
                || !timeZones().isEmpty()
                || overlapHours().isPresent();
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("WorkArrangement")
                .require(
                        mode() == WorkMode.REMOTE || !locations().isEmpty(),
                        "locations",
                        "must name at least one location for a %s role",
                        mode())
                .noBlankElements(locations(), "locations")
                .noBlankElements(timeZones(), "timeZones");
        overlapHours()
                .ifPresent(h -> v.require(h >= 0 && h <= 24, "overlapHours", "must be between 0 and 24, was %d", h));
        v.throwIfAny();
    }

    /** Builds a {@link WorkArrangement}. */
    public static final class Builder extends ImmutableWorkArrangement.Builder {
        Builder() {}
    }
}
