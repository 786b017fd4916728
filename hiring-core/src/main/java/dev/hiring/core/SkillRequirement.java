package dev.hiring.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.AssertTrue;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A skill as a role asks for it: required or nice to have, with optional impact-oriented experience ("operated
 * services at thousands of requests per second") rather than bare years.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSkillRequirement.class)
@JsonDeserialize(as = ImmutableSkillRequirement.class)
public abstract class SkillRequirement {
    /** Years above this are rejected as nonsense input. */
    public static final int MAX_YEARS = 50;

    SkillRequirement() {}

    /** What is asked for, such as "Go" or "Relational databases under load". */
    public abstract String skill();

    /** Required or nice to have. */
    public abstract Importance importance();

    /** The id of a {@link Skill} of the guide this requirement refines, if any. */
    public abstract Optional<String> skillId();

    /** Impact-oriented experience, such as "built and operated a service at 5k rps"; preferred over years. */
    public abstract Optional<String> experience();

    /** Years of experience, if the role states them; never the sole filter (the guide). */
    public abstract Optional<Integer> years();

    /** Synonyms for sourcing searches, such as {@code Go, Golang}; may be empty. */
    public abstract List<String> keywords();

    /** Returns a required skill with no experience, years or keywords. */
    public static SkillRequirement required(String skill) {
        return builder().skill(skill).importance(Importance.REQUIRED).build();
    }

    /** Returns a nice-to-have skill with no experience, years or keywords. */
    public static SkillRequirement niceToHave(String skill) {
        return builder().skill(skill).importance(Importance.NICE_TO_HAVE).build();
    }

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether this requirement is required (not nice to have). */
    @JsonIgnore
    public final boolean required() {
        return importance() == Importance.REQUIRED;
    }

    /** The guide's policy: years of experience are never the sole filter; they come with impact wording. */
    @JsonIgnore
    @AssertTrue(message = "years must come with impact-oriented experience, not as the sole filter")
    public boolean yearsNotSoleFilter() {
        return years().isEmpty() || experience().isPresent();
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("SkillRequirement").notBlank(skill(), "skill");
        skillId().ifPresent(id -> v.id(id, "skillId"));
        experience().ifPresent(e -> v.notBlank(e, "experience"));
        years().ifPresent(y ->
                v.require(y >= 0 && y <= MAX_YEARS, "years", "must be between 0 and %d, was %d", MAX_YEARS, y));
        v.noBlankElements(keywords(), "keywords").throwIfAny();
    }

    /** Builds a {@link SkillRequirement}. */
    public static final class Builder extends ImmutableSkillRequirement.Builder {
        Builder() {}
    }
}
