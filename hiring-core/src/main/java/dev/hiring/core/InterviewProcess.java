package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ordered stages of an interview process, and how long the whole process is expected to take. Check it
 * against the guide with {@link dev.hiring.core.check.ProcessChecks}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInterviewProcess.class)
@JsonDeserialize(as = ImmutableInterviewProcess.class)
public abstract class InterviewProcess {
    InterviewProcess() {}

    /** The stages in order; at least one. */
    public abstract List<@Valid InterviewStage> stages();

    /** How long the process takes from first screen to offer, such as 3 weeks, if stated. */
    public abstract Optional<Duration> expectedDuration();

    /** Returns a process of the given stages with no expected duration. */
    public static InterviewProcess of(List<InterviewStage> stages) {
        return ImmutableInterviewProcess.builder().addAllStages(stages).build();
    }

    /** Returns a process of the given stages with no expected duration. */
    public static InterviewProcess of(InterviewStage... stages) {
        return of(List.of(stages));
    }

    /** Returns a copy with the given expected duration; the stages are kept. */
    public abstract InterviewProcess withExpectedDuration(Duration expected);

    /** Returns a copy with {@code stage} appended. */
    public final InterviewProcess plusStage(InterviewStage stage) {
        return ImmutableInterviewProcess.builder()
                .addAllStages(stages())
                .addStages(stage)
                .expectedDuration(expectedDuration())
                .build();
    }

    /**
     * The number of candidate touchpoints from the first screen to the offer: every stage the candidate takes
     * part in ({@link StageKind#isCandidateTouchpoint()}), a loop counting once.
     */
    public final int touchpoints() {
        int n = 0;
        for (InterviewStage s : stages()) {
            if (s.kind().isCandidateTouchpoint()) {
                n++;
            }
        }
        return n;
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("InterviewProcess")
                .require(!stages().isEmpty(), "stages", "must have at least one stage");
        expectedDuration()
                .ifPresent(d -> v.require(
                        !d.isNegative() && !d.isZero() && d.toDays() <= 366,
                        "expectedDuration",
                        "must be positive and at most a year, was %s",
                        d));
        v.throwIfAny();
    }
}
