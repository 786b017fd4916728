package dev.hiring.core.check;

import dev.hiring.core.HiringGuide;
import dev.hiring.core.InterviewProcess;
import dev.hiring.core.InterviewStage;
import dev.hiring.core.Severity;
import dev.hiring.core.StageKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks an {@link InterviewProcess} against the guide's screening process. Pure functions: they return findings,
 * in a fixed order, and never throw for a valid process.
 *
 * <p>The checks, with their ids:
 *
 * <ul>
 *   <li>{@code touchpoints}: the guide's {@link HiringGuide#minTouchpoints()} to {@link
 *       HiringGuide#maxTouchpoints()} candidate touchpoints from first screen to offer (3 to 5 in the built-in
 *       guide);
 *   <li>{@code recruiter-screen-duration}: a recruiter screen of about 30 minutes (20 to 40);
 *   <li>{@code technical-screen-duration}: a technical screen of 45 to 60 minutes;
 *   <li>{@code take-home-duration}: a take-home of about 3 to 6 hours, optional, with a fixed deadline
 *       ({@code take-home-optional}, {@code take-home-deadline});
 *   <li>{@code loop-size}: a loop of 2 to 4 interviews;
 *   <li>{@code stage-order}: stages in the guide's order;
 *   <li>{@code timeline}: the expected duration of the process is stated.
 * </ul>
 *
 * <p>This class is thread-safe.
 */
public final class ProcessChecks {
    private static final Duration RECRUITER_MIN = Duration.ofMinutes(20);
    private static final Duration RECRUITER_MAX = Duration.ofMinutes(40);
    private static final Duration TECH_MIN = Duration.ofMinutes(45);
    private static final Duration TECH_MAX = Duration.ofMinutes(60);
    private static final Duration TAKE_HOME_MIN = Duration.ofHours(3);
    private static final Duration TAKE_HOME_MAX = Duration.ofHours(6);

    private ProcessChecks() {}

    /** Checks a process against the touchpoint bounds of {@code guide}. */
    public static List<GuideFinding> check(InterviewProcess process, HiringGuide guide) {
        return check(process, guide.minTouchpoints(), guide.maxTouchpoints());
    }

    private static List<GuideFinding> check(InterviewProcess process, int minTouchpoints, int maxTouchpoints) {
        Objects.requireNonNull(process, "process");
        List<GuideFinding> out = new ArrayList<>();
        int touchpoints = process.touchpoints();
        if (touchpoints < minTouchpoints || touchpoints > maxTouchpoints) {
            out.add(new GuideFinding(
                    "touchpoints",
                    Severity.WARNING,
                    "stages",
                    String.format(
                            java.util.Locale.ROOT,
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
            switch (s.kind()) {
                case RECRUITER_SCREEN ->
                    range(
                            out,
                            s,
                            at,
                            "recruiter-screen-duration",
                            RECRUITER_MIN,
                            RECRUITER_MAX,
                            "a recruiter screen of about 30 minutes");
                case TECHNICAL_SCREEN ->
                    range(
                            out,
                            s,
                            at,
                            "technical-screen-duration",
                            TECH_MIN,
                            TECH_MAX,
                            "a technical screen of 45 to 60 minutes");
                case TAKE_HOME -> {
                    range(
                            out,
                            s,
                            at,
                            "take-home-duration",
                            TAKE_HOME_MIN,
                            TAKE_HOME_MAX,
                            "a limited-scope take-home of about 3 to 6 hours");
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
                    int n = s.interviewCount();
                    if (n < 2 || n > 4) {
                        out.add(new GuideFinding(
                                "loop-size",
                                Severity.WARNING,
                                at + ".interviewCount",
                                "a loop has " + n + " interviews; the guide asks for 2 to 4"));
                    }
                }
                default -> {
                    // no duration rule in the guide for the other stages
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

    private static void range(
            List<GuideFinding> out,
            InterviewStage s,
            String at,
            String id,
            Duration min,
            Duration max,
            String expected) {
        Optional<Duration> lo = s.duration();
        if (lo.isEmpty()) {
            out.add(new GuideFinding(
                    id, Severity.SUGGESTION, at + ".duration", "state the duration; the guide asks for " + expected));
            return;
        }
        Duration hi = s.maxDuration().orElse(lo.get());
        if (lo.get().compareTo(min) < 0 || hi.compareTo(max) > 0) {
            out.add(new GuideFinding(
                    id,
                    Severity.WARNING,
                    at + ".duration",
                    "lasts " + human(lo.get()) + (hi.equals(lo.get()) ? "" : " to " + human(hi))
                            + "; the guide asks for " + expected));
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
