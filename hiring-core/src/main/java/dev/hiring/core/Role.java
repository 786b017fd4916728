package dev.hiring.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An open role as a job description should present it: title, seniority, summary, 3 to 5 core
 * responsibilities, skills split into required and nice to have, measurable outcomes, team, work arrangement,
 * compensation band and interview process.
 *
 * <p>Building a role checks only its structure (non-blank texts, valid parts), so drafts can be built. The guide's
 * job-description "do"s are Jakarta constraints checked by {@link dev.hiring.core.validation.HiringValidator}:
 * 3 to 5 responsibilities; at least one required and one nice-to-have skill; at least one measurable outcome;
 * team, compensation band and interview process with its timeline stated; time zones for remote work; years
 * never the sole filter.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRole.class)
@JsonDeserialize(as = ImmutableRole.class)
public abstract class Role {
    Role() {}

    /** The job title, such as "Senior Backend Engineer, Payments Platform". */
    public abstract String title();

    /** The seniority of the role. */
    public abstract Seniority seniority();

    /** A short summary of the role and its impact. */
    public abstract String summary();

    /** The core responsibilities (ownership areas); the guide asks for 3 to 5. */
    @Size(min = 3, max = 5, message = "must list {min} to {max} core responsibilities")
    public abstract List<String> responsibilities();

    /** The skills asked for, each required or nice to have. */
    public abstract List<@Valid SkillRequirement> skills();

    /** Measurable outcomes (scale, traffic, latency targets), such as "p95 &lt; 100 ms at 10k rps". */
    @NotEmpty(message = "must state at least one measurable outcome (scale, traffic or latency target)")
    public abstract List<String> outcomes();

    /** The team the hire joins. */
    public abstract Optional<@Valid Team> team();

    /** Remote, hybrid or onsite, with locations and time zones. */
    @Valid
    public abstract WorkArrangement workArrangement();

    /** The pay band. */
    public abstract Optional<@Valid CompensationBand> compensation();

    /** The interview process. */
    public abstract Optional<@Valid InterviewProcess> process();

    /** A builder; {@code build()} checks the structure (not the guide's policies). */
    public static Builder builder() {
        return new Builder();
    }

    /** The required skills, in order. */
    @JsonIgnore
    public final List<SkillRequirement> requiredSkills() {
        return skills().stream().filter(SkillRequirement::required).toList();
    }

    /** The nice-to-have skills, in order. */
    @JsonIgnore
    public final List<SkillRequirement> niceToHaveSkills() {
        return skills().stream().filter(s -> !s.required()).toList();
    }

    /** Returns a copy with another title; the other attributes are kept. */
    public abstract Role withTitle(String title);

    /** Returns a copy with another compensation band; the other attributes are kept. */
    public abstract Role withCompensation(CompensationBand band);

    /** Returns a copy with another work arrangement; the other attributes are kept. */
    public abstract Role withWorkArrangement(WorkArrangement arrangement);

    /** Returns a copy with another interview process; the other attributes are kept. */
    public abstract Role withProcess(InterviewProcess process);

    /** The guide's policy: skills are split into required and nice to have. */
    @JsonIgnore
    @AssertTrue(message = "must list at least one required and one nice-to-have skill")
    public boolean skillsSplit() {
        return !requiredSkills().isEmpty() && !niceToHaveSkills().isEmpty();
    }

    /** The guide's policy: the team structure is stated. */
    @JsonIgnore
    @AssertTrue(message = "must state the team (size, composition, reporting line)")
    public boolean teamStated() {
        return team().isPresent();
    }

    /** The guide's policy: the compensation band is not ambiguous. */
    @JsonIgnore
    @AssertTrue(message = "must state a compensation band")
    public boolean compensationStated() {
        return compensation().isPresent();
    }

    /** The guide's policy: the interview process and its timeline are explicit. */
    @JsonIgnore
    @AssertTrue(message = "must describe the interview process with its expected duration")
    public boolean processStated() {
        return process().flatMap(InterviewProcess::expectedDuration).isPresent();
    }

    @Value.Check
    final void check() {
        Violations.of("Role")
                .notBlank(title(), "title")
                .notBlank(summary(), "summary")
                .noBlankElements(responsibilities(), "responsibilities")
                .noBlankElements(outcomes(), "outcomes")
                .throwIfAny();
    }

    /** Builds a {@link Role}. */
    public static final class Builder extends ImmutableRole.Builder {
        Builder() {}
    }
}
