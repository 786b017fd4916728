package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How many separate interviews a guide's loop (its {@link StageKind#LOOP} stage) may hold: in JSON {@code {"min": 2,
 * "max": 4, "source": "..."}}. {@link dev.hiring.core.check.ProcessChecks} warns ({@code loop-size}) about a loop
 * whose {@link InterviewStage#interviewCount()} lies outside it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLoopSize.class)
@JsonDeserialize(as = ImmutableLoopSize.class)
public abstract class LoopSize {
    /** The most interviews a loop may hold at all, the bound of {@link InterviewStage#interviewCount()}. */
    public static final int MAX_INTERVIEWS = 20;

    LoopSize() {}

    /** The fewest interviews: at least 1. */
    public abstract int min();

    /** The most interviews: at least {@link #min()} and at most {@link #MAX_INTERVIEWS}. */
    public abstract int max();

    /** Where the range comes from, such as the words of the guide it rests on; may be absent. */
    public abstract Optional<String> source();

    /**
     * Returns a range without a source.
     *
     * @throws InvalidHiringDataException if min is less than 1, max less than min or more than {@link
     *     #MAX_INTERVIEWS}
     */
    public static LoopSize of(int min, int max) {
        return builder().min(min).max(max).build();
    }

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("LoopSize")
                .require(min() >= 1, "min", "must be at least 1, was %d", min())
                .require(max() >= min(), "max", "must not be less than min, was %d < %d", max(), min())
                .require(max() <= MAX_INTERVIEWS, "max", "must be at most %d, was %d", MAX_INTERVIEWS, max());
        source().ifPresent(s -> v.notBlank(s, "source"));
        v.throwIfAny();
    }

    /** Builds a {@link LoopSize}. */
    public static final class Builder extends ImmutableLoopSize.Builder {
        Builder() {}
    }
}
