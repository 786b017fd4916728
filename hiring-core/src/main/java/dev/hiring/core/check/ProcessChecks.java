package dev.hiring.core.check;

import dev.hiring.core.HiringGuide;
import dev.hiring.core.InterviewProcess;
import dev.hiring.core.InterviewStage;
import dev.hiring.core.LoopSize;
import dev.hiring.core.Severity;
import dev.hiring.core.StageDuration;
import dev.hiring.core.StageKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks an {@link InterviewProcess} against the screening process of the guide it is given. Pure functions: they
 * return findings, in a fixed order, and never throw for a valid process.
 *
 * <p>The checks, with their ids:
 *
 * <ul>
 *   <li>{@code touchpoints}: the guide's {@link HiringGuide#minTouchpoints()} to {@link
 *       HiringGuide#maxTouchpoints()} candidate touchpoints from first screen to offer (3 to 5 in the built-in
 *       guide);
 *   <li>{@code <kind>-duration}, such as {@code technical-screen-duration}: a stage whose kind has a range in the
 *       guide's {@link HiringGuide#stageDurations()} lasts within it (a warning), or states its duration (a
 *       suggestion). A kind without a range in the guide is not checked for duration. The built-in guide's ranges
 *       give {@code recruiter-screen-duration} (about 30 minutes: 20 to 40), {@code technical-screen-duration} (45
 *       to 60 minutes) and {@code take-home-duration} (about 3 to 6 hours);
 *   <li>{@code take-home-optional}, {@code take-home-deadline}: a take-home is optional, with a fixed deadline;
 *   <li>{@code loop-size}: a loop's interview count lies within the guide's {@link HiringGuide#loopSize()} (a
 *       warning). A guide without a loop size skips this check. The built-in guide asks for 2 to 4 interviews;
 *   <li>{@code stage-order}: stages in the guide's order;
 *   <li>{@code timeline}: the expected duration of the process is stated.
 * </ul>
 *
 * <p>This class is thread-safe.
 */
public final class ProcessChecks {
    private ProcessChecks() {}

    /** Checks a process against the touchpoint bounds, stage durations and loop size of {@code guide}. */
    public static List<GuideFinding> check(InterviewProcess process, HiringGuide guide) {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(guide, "guide");
        List<GuideFinding> out = new ArrayList<>();
        int minTouchpoints = guide.minTouchpoints();
        int maxTouchpoints = guide.maxTouchpoints();
        int touchpoints = process.touchpoints();
        if (touchpoints < minTouchpoints || touchpoints > maxTouchpoints) {
            out.add(new GuideFinding(
                    "touchpoints",
                    Severity.WARNING,
                    "stages",
                    String.format(
                            Locale.ROOT,
                            "has %d candidate touchpoints from screen to offer; the guide aims for %d to %d",
                            touchpoints,
                            minTouchpoints,
                            maxTouchpoints)));
        }
        List<InterviewStage> stages = process.stages();
        StageKind latest = null; // the latest stage so far in the guide's order (StageKind's declaration order)
        for (int i = 0; i < stages.size(); i++) {
            InterviewStage s = stages.get(i);
            String at = "stages[" + i + "]";
            Optional<StageDuration> expected = guide.stageDuration(s.kind());
            if (expected.isPresent()) {
                range(out, s, at, expected.get());
            }
            switch (s.kind()) {
                case TAKE_HOME -> {
                    if (!s.optional()) {
                        out.add(new GuideFinding(
                                "take-home-optional",
                                Severity.SUGGESTION,
                                at + ".optional",
                                "the guide treats the take-home as optional"));
                    }
                    if (s.deadline().isEmpty()) {
                        out.add(new GuideFinding(
                                "take-home-deadline",
                                Severity.WARNING,
                                at + ".deadline",
                                "a take-home needs a fixed deadline and clear acceptance criteria"));
                    }
                }
                case LOOP -> {
                    Optional<LoopSize> size = guide.loopSize();
                    int n = s.interviewCount();
                    if (size.isPresent()
                            && (n < size.get().min() || n > size.get().max())) {
                        out.add(new GuideFinding(
                                "loop-size",
                                Severity.WARNING,
                                at + ".interviewCount",
                                "a loop has " + n + " interviews; the guide asks for "
                                        + size.get().min() + " to " + size.get().max()));
                    }
                }
                default -> {
                    // no other per-stage rule in the guide
                }
            }
            if (latest != null && s.kind().compareTo(latest) < 0) {
                out.add(new GuideFinding(
                        "stage-order",
                        Severity.SUGGESTION,
                        at + ".kind",
                        s.kind() + " comes after a later stage of the guide's order"));
            }
            if (latest == null || s.kind().compareTo(latest) > 0) {
                latest = s.kind();
            }
        }
        if (process.expectedDuration().isEmpty()) {
            out.add(new GuideFinding(
                    "timeline",
                    Severity.WARNING,
                    "expectedDuration",
                    "state how long the process takes; the guide says not to be ambiguous about the timeline"));
        }
        return List.copyOf(out);
    }

    /** The check id of a stage kind's duration: {@code TECHNICAL_SCREEN} gives {@code technical-screen-duration}. */
    static String durationCheckId(StageKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-duration";
    }

    private static void range(List<GuideFinding> out, InterviewStage s, String at, StageDuration expected) {
        String id = durationCheckId(expected.kind());
        String asks = expected.description()
                .orElseGet(() ->
                        "a " + expected.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " of "
                                + human(expected.min()) + " to " + human(expected.max()));
        Duration min = expected.min();
        Duration max = expected.max();
        Optional<Duration> lo = s.duration();
        if (lo.isEmpty()) {
            out.add(new GuideFinding(
                    id, Severity.SUGGESTION, at + ".duration", "state the duration; the guide asks for " + asks));
            return;
        }
        Duration hi = s.maxDuration().orElse(lo.get());
        if (lo.get().compareTo(min) < 0 || hi.compareTo(max) > 0) {
            out.add(new GuideFinding(
                    id,
                    Severity.WARNING,
                    at + ".duration",
                    "lasts " + human(lo.get()) + (hi.equals(lo.get()) ? "" : " to " + human(hi))
                            + "; the guide asks for " + asks));
        }
    }

    private static String human(Duration d) {
        long minutes = d.toMinutes();
        if (minutes % 60 == 0 && minutes >= 60) {
            return minutes / 60 + " h";
        }
        return minutes + " min";
    }
}
