package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.core.check.GuideFinding;
import dev.hiring.core.check.ProcessChecks;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made processes, each breaking one rule of the guide, produce that rule's check id. */
class ProcessChecksTest {
    private static final Duration THREE_WEEKS = Duration.ofDays(21);

    private static InterviewStage recruiter(int minutes) {
        return InterviewStage.of(StageKind.RECRUITER_SCREEN, Duration.ofMinutes(minutes));
    }

    private static InterviewStage technical(int min, int max) {
        return InterviewStage.builder()
                .kind(StageKind.TECHNICAL_SCREEN)
                .duration(Duration.ofMinutes(min))
                .maxDuration(Duration.ofMinutes(max))
                .build();
    }

    private static InterviewStage takeHome(int minHours, int maxHours, boolean optional, boolean deadline) {
        InterviewStage.Builder b = InterviewStage.builder()
                .kind(StageKind.TAKE_HOME)
                .duration(Duration.ofHours(minHours))
                .maxDuration(Duration.ofHours(maxHours))
                .optional(optional);
        if (deadline) {
            b.deadline(Duration.ofDays(7));
        }
        return b.build();
    }

    private static InterviewStage loop(int interviews) {
        return InterviewStage.builder()
                .kind(StageKind.LOOP)
                .duration(Duration.ofMinutes(60))
                .interviewCount(interviews)
                .build();
    }

    private static InterviewStage kind(StageKind k) {
        return InterviewStage.builder().kind(k).build();
    }

    /** A process that meets the guide: 4 touchpoints, every duration in range, a timeline. */
    private static InterviewProcess good() {
        return InterviewProcess.of(
                        kind(StageKind.RESUME_SCREEN),
                        recruiter(30),
                        technical(45, 60),
                        takeHome(3, 6, true, true),
                        loop(3),
                        kind(StageKind.REFERENCE_CHECK))
                .withExpectedDuration(THREE_WEEKS);
    }

    private static List<String> ids(InterviewProcess p) {
        return ProcessChecks.check(p, dev.hiring.core.HiringGuides.seniorBackendEngineer()).stream()
                .map(GuideFinding::checkId)
                .toList();
    }

    /** The repository's example guide of a company: its own stage durations, and none for a take-home. */
    private static final HiringGuide DATA_ENGINEER = dev.hiring.core.guide.GuideRegistry.read(
            java.nio.file.Path.of("..", "examples", "guides", "data-engineer.json"));

    private static List<GuideFinding> durationFindings(InterviewProcess p, HiringGuide guide) {
        return ProcessChecks.check(p, guide).stream()
                .filter(f -> f.checkId().endsWith("-duration"))
                .toList();
    }

    @Test
    void theDurationsAreTheGuidesOwn() {
        HiringGuide builtIn = dev.hiring.core.HiringGuides.seniorBackendEngineer();
        // 22 minutes: within the built-in 20 to 40, below the data-engineer guide's 25 to 35
        InterviewProcess shortCall = replace(good(), 1, recruiter(22));
        assertThat(durationFindings(shortCall, builtIn)).isEmpty();
        assertThat(durationFindings(shortCall, DATA_ENGINEER)).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isEqualTo("recruiter-screen-duration");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("stages[1].duration");
            assertThat(f.message()).isEqualTo("lasts 22 min; the guide asks for a recruiter call of 25 to 35 minutes");
        });
        // 60 to 80 minutes: beyond the built-in 45 to 60, within the data-engineer guide's 45 to 90
        InterviewProcess longScreen = replace(good(), 2, technical(60, 80));
        assertThat(durationFindings(longScreen, builtIn))
                .extracting(GuideFinding::checkId)
                .containsExactly("technical-screen-duration");
        assertThat(durationFindings(longScreen, DATA_ENGINEER)).isEmpty();
    }

    @Test
    void aStageKindWithoutADurationInTheGuideIsNotCheckedForDuration() {
        // the data-engineer guide gives no take-home range: a 10-hour take-home, or one without a duration, passes
        InterviewProcess longTakeHome = replace(good(), 3, takeHome(8, 10, true, true));
        assertThat(durationFindings(longTakeHome, dev.hiring.core.HiringGuides.seniorBackendEngineer()))
                .extracting(GuideFinding::checkId)
                .containsExactly("take-home-duration");
        assertThat(DATA_ENGINEER.stageDuration(StageKind.TAKE_HOME)).isEmpty();
        assertThat(durationFindings(longTakeHome, DATA_ENGINEER)).isEmpty();
        InterviewProcess untimed = replace(
                good(),
                3,
                InterviewStage.builder()
                        .kind(StageKind.TAKE_HOME)
                        .optional(true)
                        .deadline(Duration.ofDays(7))
                        .build());
        assertThat(ids(untimed)).containsExactly("take-home-duration");
        assertThat(durationFindings(untimed, DATA_ENGINEER)).isEmpty();
        // a guide without any range checks no duration, however odd
        HiringGuide none =
                ((ImmutableHiringGuide) ImmutableHiringGuide.copyOf(DATA_ENGINEER)).withStageDurations(List.of());
        InterviewProcess odd = InterviewProcess.of(recruiter(300), technical(5, 600), takeHome(1, 100, true, true))
                .withExpectedDuration(THREE_WEEKS);
        assertThat(durationFindings(odd, DATA_ENGINEER)).hasSize(2);
        assertThat(durationFindings(odd, none)).isEmpty();
    }

    @Test
    void aRangeWithoutADescriptionIsStatedInTheFinding() {
        HiringGuide loopRange = ((ImmutableHiringGuide) ImmutableHiringGuide.copyOf(DATA_ENGINEER))
                .withStageDurations(StageDuration.of(StageKind.LOOP, Duration.ofMinutes(45), Duration.ofHours(1)));
        InterviewProcess p = replace(
                good(),
                4,
                InterviewStage.builder()
                        .kind(StageKind.LOOP)
                        .duration(Duration.ofMinutes(90))
                        .interviewCount(3)
                        .build());
        assertThat(durationFindings(p, loopRange)).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isEqualTo("loop-duration");
            assertThat(f.path()).isEqualTo("stages[4].duration");
            assertThat(f.message()).isEqualTo("lasts 90 min; the guide asks for a loop of 45 min to 1 h");
        });
        assertThat(durationFindings(good(), loopRange)).isEmpty();
    }

    @Test
    void aGoodProcessHasNoFinding() {
        assertThat(ProcessChecks.check(good(), dev.hiring.core.HiringGuides.seniorBackendEngineer()))
                .isEmpty();
    }

    @Test
    void tooFewTouchpoints() {
        InterviewProcess p =
                InterviewProcess.of(recruiter(30), technical(45, 60)).withExpectedDuration(THREE_WEEKS);
        List<GuideFinding> f = ProcessChecks.check(p, dev.hiring.core.HiringGuides.seniorBackendEngineer());
        assertThat(f).extracting(GuideFinding::checkId).containsExactly("touchpoints");
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(f.get(0).path()).isEqualTo("stages");
        assertThat(f.get(0).message()).contains("2 candidate touchpoints", "3 to 5");
    }

    @Test
    void aSixthTouchpointGivesAFinding() {
        InterviewProcess five = InterviewProcess.of(
                        recruiter(30),
                        technical(45, 60),
                        takeHome(3, 6, true, true),
                        loop(3),
                        kind(StageKind.HIRING_MANAGER_AND_PEER))
                .withExpectedDuration(THREE_WEEKS);
        assertThat(ids(five)).isEmpty();
        InterviewProcess six = five.plusStage(kind(StageKind.HIRING_MANAGER_AND_PEER));
        assertThat(ids(six)).containsExactly("touchpoints");
        assertThat(ids(six.plusStage(kind(StageKind.HIRING_MANAGER_AND_PEER)))).containsExactly("touchpoints");
        // a guide with wider bounds accepts six
        HiringGuide wide = ((ImmutableHiringGuide) ImmutableHiringGuide.copyOf(HiringGuides.seniorBackendEngineer()))
                .withMaxTouchpoints(6);
        assertThat(ProcessChecks.check(six, wide)).isEmpty();
    }

    @Test
    void recruiterScreenDuration() {
        InterviewProcess p = good();
        assertThat(ids(replace(p, 1, recruiter(60)))).containsExactly("recruiter-screen-duration");
        assertThat(ids(replace(p, 1, recruiter(15)))).containsExactly("recruiter-screen-duration");
        assertThat(ids(replace(p, 1, recruiter(20)))).isEmpty();
        assertThat(ids(replace(p, 1, recruiter(40)))).isEmpty();
        List<GuideFinding> untimed = ProcessChecks.check(
                replace(p, 1, kind(StageKind.RECRUITER_SCREEN)), dev.hiring.core.HiringGuides.seniorBackendEngineer());
        assertThat(untimed).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isEqualTo("recruiter-screen-duration");
            assertThat(f.severity()).isEqualTo(Severity.SUGGESTION);
            assertThat(f.path()).isEqualTo("stages[1].duration");
        });
    }

    @Test
    void technicalScreenDuration() {
        InterviewProcess p = good();
        assertThat(ids(replace(p, 2, technical(30, 60)))).containsExactly("technical-screen-duration");
        assertThat(ids(replace(p, 2, technical(45, 90)))).containsExactly("technical-screen-duration");
        GuideFinding f = ProcessChecks.check(
                        replace(p, 2, technical(45, 90)), dev.hiring.core.HiringGuides.seniorBackendEngineer())
                .get(0);
        assertThat(f.message()).contains("45 min to 90 min", "45 to 60 minutes");
        assertThat(f.path()).isEqualTo("stages[2].duration");
    }

    @Test
    void takeHomeRules() {
        InterviewProcess p = good();
        assertThat(ids(replace(p, 3, takeHome(8, 10, true, true)))).containsExactly("take-home-duration");
        assertThat(ids(replace(p, 3, takeHome(1, 6, true, true)))).containsExactly("take-home-duration");
        assertThat(ids(replace(p, 3, takeHome(3, 6, false, true)))).containsExactly("take-home-optional");
        assertThat(ids(replace(p, 3, takeHome(3, 6, true, false)))).containsExactly("take-home-deadline");
        assertThat(ids(replace(p, 3, takeHome(8, 10, false, false))))
                .containsExactly("take-home-duration", "take-home-optional", "take-home-deadline");
    }

    @Test
    void loopSize() {
        InterviewProcess p = good();
        assertThat(ids(replace(p, 4, loop(1)))).containsExactly("loop-size");
        assertThat(ids(replace(p, 4, loop(5)))).containsExactly("loop-size");
        assertThat(ids(replace(p, 4, loop(2)))).isEmpty();
        assertThat(ids(replace(p, 4, loop(4)))).isEmpty();
        assertThat(ProcessChecks.check(replace(p, 4, loop(6)), dev.hiring.core.HiringGuides.seniorBackendEngineer())
                        .get(0)
                        .path())
                .isEqualTo("stages[4].interviewCount");
    }

    @Test
    void theLoopSizeIsTheGuidesOwn() {
        HiringGuide builtIn = dev.hiring.core.HiringGuides.seniorBackendEngineer();
        assertThat(builtIn.loopSize()).map(s -> List.of(s.min(), s.max())).contains(List.of(2, 4));
        assertThat(DATA_ENGINEER.loopSize()).map(s -> List.of(s.min(), s.max())).contains(List.of(3, 5));
        // 2 interviews pass the built-in guide and fail the data-engineer guide; 5 the other way round
        InterviewProcess two = replace(good(), 4, loop(2));
        InterviewProcess five = replace(good(), 4, loop(5));
        assertThat(loopFindings(two, builtIn)).isEmpty();
        assertThat(loopFindings(two, DATA_ENGINEER)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("stages[4].interviewCount");
            assertThat(f.message()).isEqualTo("a loop has 2 interviews; the guide asks for 3 to 5");
        });
        assertThat(loopFindings(five, DATA_ENGINEER)).isEmpty();
        assertThat(loopFindings(five, builtIn))
                .extracting(GuideFinding::message)
                .containsExactly("a loop has 5 interviews; the guide asks for 2 to 4");
    }

    @Test
    void aGuideWithoutALoopSizeDoesNotCheckTheLoop() {
        HiringGuide none = ((ImmutableHiringGuide) ImmutableHiringGuide.copyOf(DATA_ENGINEER))
                .withLoopSize(java.util.Optional.empty());
        InterviewProcess huge = replace(good(), 4, loop(20));
        assertThat(loopFindings(huge, DATA_ENGINEER)).hasSize(1);
        assertThat(loopFindings(huge, none)).isEmpty();
    }

    private static List<GuideFinding> loopFindings(InterviewProcess p, HiringGuide guide) {
        return ProcessChecks.check(p, guide).stream()
                .filter(f -> f.checkId().equals("loop-size"))
                .toList();
    }

    @Test
    void stageOrder() {
        InterviewProcess p =
                InterviewProcess.of(technical(45, 60), recruiter(30), loop(3)).withExpectedDuration(THREE_WEEKS);
        List<GuideFinding> f = ProcessChecks.check(p, dev.hiring.core.HiringGuides.seniorBackendEngineer());
        assertThat(f).extracting(GuideFinding::checkId).containsExactly("stage-order");
        assertThat(f.get(0).path()).isEqualTo("stages[1].kind");
        assertThat(f.get(0).severity()).isEqualTo(Severity.SUGGESTION);
    }

    @Test
    void timeline() {
        InterviewProcess p = InterviewProcess.of(good().stages());
        List<GuideFinding> f = ProcessChecks.check(p, dev.hiring.core.HiringGuides.seniorBackendEngineer());
        assertThat(f).extracting(GuideFinding::checkId).containsExactly("timeline");
        assertThat(f.get(0).path()).isEqualTo("expectedDuration");
    }

    @Test
    void everyCheckIdIsReachable() {
        InterviewProcess bad = InterviewProcess.of(
                loop(9), recruiter(90), technical(10, 20), takeHome(10, 12, false, false), loop(1), loop(1), loop(1));
        assertThat(ids(bad))
                .containsExactlyInAnyOrder(
                        "touchpoints",
                        "loop-size",
                        "recruiter-screen-duration",
                        "stage-order",
                        "technical-screen-duration",
                        "stage-order",
                        "take-home-duration",
                        "take-home-optional",
                        "take-home-deadline",
                        "stage-order",
                        "loop-size",
                        "loop-size",
                        "loop-size",
                        "timeline");
    }

    private static InterviewProcess replace(InterviewProcess p, int index, InterviewStage stage) {
        List<InterviewStage> stages = new java.util.ArrayList<>(p.stages());
        stages.set(index, stage);
        InterviewProcess out = InterviewProcess.of(stages);
        return p.expectedDuration().map(out::withExpectedDuration).orElse(out);
    }
}
