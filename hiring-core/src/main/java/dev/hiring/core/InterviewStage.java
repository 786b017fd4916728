package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One stage of an interview process, such as a 30-minute recruiter screen or a loop of three interviews.
 *
 * <p>A duration is either fixed ({@link #getDuration()} alone) or a range ({@link #getDuration()} to {@link
 * #getMaxDuration()}), such as the guide's 45–60 minute technical screen. For a loop the duration is that of
 * each interview.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInterviewStage.class)
@JsonDeserialize(as = ImmutableInterviewStage.class)
public abstract class InterviewStage {
    /** Stages longer than this are rejected as nonsense input. */
    public static final Duration MAX_DURATION = Duration.ofDays(7);

    InterviewStage() {}

    /** The kind of stage. */
    public abstract StageKind getKind();

    /** A display name, such as "Recruiter Screen"; defaults to nothing. */
    public abstract Optional<String> getName();

    /** The (minimum) duration of the stage, or of each interview of a loop; absent when not timed. */
    public abstract Optional<Duration> getDuration();

    /** The upper end of a duration range, such as 60 minutes for a 45–60 minute screen. */
    public abstract Optional<Duration> getMaxDuration();

    /** Whether the stage may be skipped, such as the guide's take-home. Defaults to {@code false}. */
    @Value.Default
    public boolean isOptional() {
        return false;
    }

    /** The number of separate interviews in the stage (2 to 4 for the guide's loop). Defaults to 1. */
    @Value.Default
    public int getInterviewCount() {
        return 1;
    }

    /** The number of interviewers who assess the candidate in this stage. Defaults to 1. */
    @Value.Default
    public int getInterviewerCount() {
        return 1;
    }

    /** What the stage assesses, such as "trade-off reasoning"; may be empty. */
    public abstract List<String> getFocus();

    /** The time a candidate has to hand in a take-home, such as 7 days; the guide asks for a fixed deadline. */
    public abstract Optional<Duration> getDeadline();

    /** Returns a stage of the given kind with a fixed duration. */
    public static InterviewStage of(StageKind kind, Duration duration) {
        return builder().kind(kind).duration(duration).build();
    }

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("InterviewStage");
        getName().ifPresent(n -> v.notBlank(n, "name"));
        getDuration().ifPresent(d -> positive(v, d, "duration"));
        getMaxDuration().ifPresent(d -> {
            positive(v, d, "maxDuration");
            v.require(getDuration().isPresent(), "duration", "must be set when maxDuration is set");
            getDuration()
                    .ifPresent(min -> v.require(
                            min.compareTo(d) <= 0,
                            "maxDuration",
                            "must not be less than duration, was %s < %s",
                            d,
                            min));
        });
        getDeadline().ifPresent(d -> positive(v, d, "deadline"));
        v.require(
                        getInterviewCount() >= 1 && getInterviewCount() <= 20,
                        "interviewCount",
                        "must be between 1 and 20, was %d",
                        getInterviewCount())
                .require(
                        getInterviewerCount() >= 0 && getInterviewerCount() <= 50,
                        "interviewerCount",
                        "must be between 0 and 50, was %d",
                        getInterviewerCount())
                .noBlankElements(getFocus(), "focus")
                .throwIfAny();
    }

    private static void positive(Violations v, Duration d, String path) {
        v.require(
                !d.isNegative() && !d.isZero() && d.compareTo(MAX_DURATION) <= 0,
                path,
                "must be positive and at most %s, was %s",
                MAX_DURATION,
                d);
    }

    /** Builds an {@link InterviewStage}. */
    public static final class Builder extends ImmutableInterviewStage.Builder {
        Builder() {}
    }
}
