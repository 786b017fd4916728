package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A skill the guide asks to require and test for, such as "System Design" or "Communication": what it means,
 * the evidence to look for, and the keywords to source for it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSkill.class)
@JsonDeserialize(as = ImmutableSkill.class)
public abstract class Skill {
    Skill() {}

    /** A stable kebab-case id, such as {@code system-design}. */
    public abstract String id();

    /** The display name, such as "System Design". */
    public abstract String name();

    /** Technical or soft. */
    public abstract SkillCategory category();

    /** What the skill covers. */
    public abstract String description();

    /** Concrete evidence to look for when a candidate claims the skill; may be empty. */
    public abstract List<String> evidence();

    /** Keywords for sourcing searches (synonyms, technologies); may be empty. */
    public abstract List<String> sourcingKeywords();

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a skill with the given id, name, category and description, and no evidence or keywords. */
    public static Skill of(String id, String name, SkillCategory category, String description) {
        return builder()
                .id(id)
                .name(name)
                .category(category)
                .description(description)
                .build();
    }

    @Value.Check
    final void check() {
        Violations.of("Skill")
                .id(id(), "id")
                .notBlank(name(), "name")
                .notBlank(description(), "description")
                .noBlankElements(evidence(), "evidence")
                .noBlankElements(sourcingKeywords(), "sourcingKeywords")
                .throwIfAny();
    }

    /** Builds a {@link Skill}. */
    public static final class Builder extends ImmutableSkill.Builder {
        Builder() {}
    }
}
