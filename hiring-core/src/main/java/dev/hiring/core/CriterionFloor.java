package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The lowest mean rating a guide accepts on one rubric criterion, whatever the other criteria score: in JSON
 * {@code {"criterion": "system-design", "floor": 2, "source": "..."}}. A decision policy built from the guide
 * turns its floors into a conjunctive bar ({@code dev.hiring.rubric.HiringPolicies.fromGuide}).
 *
 * <p>The guide that holds a floor checks that it names one of its rubric criteria and lies within its rating scale
 * ({@link HiringGuide#criterionFloors()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCriterionFloor.class)
@JsonDeserialize(as = ImmutableCriterionFloor.class)
public abstract class CriterionFloor {
    CriterionFloor() {}

    /** The id of the rubric criterion, such as {@code system-design}. */
    public abstract String criterion();

    /**
     * The lowest passing mean rating of the criterion, in the guide's rating-scale values (2 is "meets" on the
     * built-in scale); finite.
     */
    public abstract double floor();

    /** Where the floor comes from, such as the words of the guide it rests on; may be absent. */
    public abstract Optional<String> source();

    /**
     * Returns a floor without a source.
     *
     * @throws InvalidHiringDataException if the criterion is not a kebab-case id or the floor not finite
     */
    public static CriterionFloor of(String criterion, double floor) {
        return builder().criterion(criterion).floor(floor).build();
    }

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("CriterionFloor")
                .id(criterion(), "criterion")
                .require(Double.isFinite(floor()), "floor", "must be a finite number, was %s", floor());
        source().ifPresent(s -> v.notBlank(s, "source"));
        v.throwIfAny();
    }

    /** Builds a {@link CriterionFloor}. */
    public static final class Builder extends ImmutableCriterionFloor.Builder {
        Builder() {}
    }
}
