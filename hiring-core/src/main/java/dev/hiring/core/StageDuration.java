package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The duration range a guide accepts for one kind of stage of an interview process: in JSON {@code {"kind":
 * "TECHNICAL_SCREEN", "min": "PT45M", "max": "PT1H", "description": "a technical screen of 45 to 60 minutes"}}.
 * {@link dev.hiring.core.check.ProcessChecks} warns about a stage of that kind that may be shorter than {@link
 * #min()} or longer than {@link #max()}; for a loop the range is that of each interview.
 *
 * <p>The range is what a process is checked against, which may be wider than the guide's own stage: the built-in
 * guide's recruiter screen takes 30 minutes and a process's recruiter screen of 20 to 40 minutes passes.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStageDuration.class)
@JsonDeserialize(as = ImmutableStageDuration.class)
public abstract class StageDuration {
    StageDuration() {}

    /** The kind of stage the range is for. */
    public abstract StageKind kind();

    /** The shortest accepted duration: positive and at most {@link InterviewStage#MAX_DURATION}. */
    public abstract Duration min();

    /** The longest accepted duration: at least {@link #min()} and at most {@link InterviewStage#MAX_DURATION}. */
    public abstract Duration max();

    /**
     * What the guide asks for, as findings quote it, such as "a technical screen of 45 to 60 minutes"; absent, the
     * findings state the range.
     */
    public abstract Optional<String> description();

    /** Where the range comes from, such as the words of the guide it rests on; may be absent. */
    public abstract Optional<String> source();

    /**
     * Returns a range without a description or source.
     *
     * @throws InvalidHiringDataException if a duration is not positive, too long, or max is less than min
     */
    public static StageDuration of(StageKind kind, Duration min, Duration max) {
        return builder().kind(kind).min(min).max(max).build();
    }

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("StageDuration");
        positive(v, min(), "min");
        positive(v, max(), "max");
        v.require(max().compareTo(min()) >= 0, "max", "must not be less than min, was %s < %s", max(), min());
        description().ifPresent(s -> v.notBlank(s, "description"));
        source().ifPresent(s -> v.notBlank(s, "source"));
        v.throwIfAny();
    }

    private static void positive(Violations v, Duration d, String path) {
        v.require(
                !d.isNegative() && !d.isZero() && d.compareTo(InterviewStage.MAX_DURATION) <= 0,
                path,
                "must be positive and at most %s, was %s",
                InterviewStage.MAX_DURATION,
                d);
    }

    /** Builds a {@link StageDuration}. */
    public static final class Builder extends ImmutableStageDuration.Builder {
        Builder() {}
    }
}
