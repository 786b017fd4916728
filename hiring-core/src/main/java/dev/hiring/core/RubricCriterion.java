package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dimension of the interview scorecard, such as "System Design", with what each level looks like and its
 * weight in the overall score.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRubricCriterion.class)
@JsonDeserialize(as = ImmutableRubricCriterion.class)
public abstract class RubricCriterion {
    RubricCriterion() {}

    /** A stable kebab-case id, such as {@code system-design}. */
    public abstract String id();

    /** The display name, such as "System Design". */
    public abstract String name();

    /** What the criterion assesses. */
    public abstract String description();

    /**
     * What a candidate at each level shows, keyed by {@link RatingLevel#id()} in scale order; levels without
     * a descriptor (the guide gives none for "Below") are absent.
     */
    public abstract Map<String, String> descriptors();

    /** The relative weight in the overall score: finite and greater than 0. Defaults to 1. */
    @Value.Default
    public double weight() {
        return 1.0;
    }

    /** Returns a criterion with weight 1 and no descriptors. */
    public static RubricCriterion of(String id, String name, String description) {
        return builder().id(id).name(name).description(description).build();
    }

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a copy with another weight; the other attributes are kept. */
    public abstract RubricCriterion withWeight(double weight);

    /** The descriptor of a level, if the criterion has one. */
    public final Optional<String> descriptor(String levelId) {
        return Optional.ofNullable(descriptors().get(levelId));
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("RubricCriterion")
                .id(id(), "id")
                .notBlank(name(), "name")
                .notBlank(description(), "description")
                .require(
                        Double.isFinite(weight()) && weight() > 0,
                        "weight",
                        "must be finite and greater than 0, was %s",
                        weight());
        descriptors().forEach((level, text) -> {
            v.id(level, "descriptors.<key>");
            v.notBlank(text, "descriptors." + (level.length() <= 64 ? level : "<key>"));
        });
        v.throwIfAny();
    }

    /** Builds a {@link RubricCriterion}. */
    public static final class Builder extends ImmutableRubricCriterion.Builder {
        Builder() {}
    }
}
