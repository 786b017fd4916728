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
 * <p>A duration is either fixed ({@link #duration()} alone) or a range ({@link #duration()} to {@link
 * #maxDuration()}), such as the guide's 45–60 minute technical screen. For a loop the duration is that of
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
    public abstract StageKind kind();

    /** A display name, such as "Recruiter Screen"; defaults to nothing. */
    public abstract Optional<String> name();

    /** The (minimum) duration of the stage, or of each interview of a loop; absent when not timed. */
    public abstract Optional<Duration> duration();

    /** The upper end of a duration range, such as 60 minutes for a 45–60 minute screen. */
    public abstract Optional<Duration> maxDuration();

    /** Whether the stage may be skipped, such as the guide's take-home. Defaults to {@code false}. */
    @Value.Default
    public boolean optional() {
        return false;
    }

    /** The number of separate interviews in the stage (2 to 4 for the guide's loop). Defaults to 1. */
    @Value.Default
    public int interviewCount() {
        return 1;
    }

    /** The number of interviewers who assess the candidate in this stage. Defaults to 1. */
    @Value.Default
    public int interviewerCount() {
        return 1;
    }

    /** What the stage assesses, such as "trade-off reasoning"; may be empty. */
    public abstract List<String> focus();

    /** The time a candidate has to hand in a take-home, such as 7 days; the guide asks for a fixed deadline. */
    public abstract Optional<Duration> deadline();

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
        name().ifPresent(n -> v.notBlank(n, "name"));
        duration().ifPresent(d -> positive(v, d, "duration"));
        maxDuration().ifPresent(d -> {
            positive(v, d, "maxDuration");
            v.require(duration().isPresent(), "duration", "must be set when maxDuration is set");
            duration()
                    .ifPresent(min -> v.require(
                            min.compareTo(d) <= 0,
                            "maxDuration",
                            "must not be less than duration, was %s < %s",
                            d,
                            min));
        });
        deadline().ifPresent(d -> positive(v, d, "deadline"));
        v.require(
                        interviewCount() >= 1 && interviewCount() <= 20,
                        "interviewCount",
                        "must be between 1 and 20, was %d",
                        interviewCount())
                .require(
                        interviewerCount() >= 0 && interviewerCount() <= 50,
                        "interviewerCount",
                        "must be between 0 and 50, was %d",
                        interviewerCount())
                .noBlankElements(focus(), "focus")
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
