package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.hiring.core.check.GuideFinding;
import dev.hiring.core.check.ProcessChecks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** {@link ProcessChecks} is a pure function with monotone touchpoint findings. */
class ProcessChecksPropertiesTest {
    /** The built-in guide, whose bounds (3 to 5 touchpoints) the properties are stated for. */
    private static final HiringGuide GUIDE = HiringGuides.seniorBackendEngineer();

    private static final List<StageKind> TOUCHPOINT_KINDS = List.of(
            StageKind.RECRUITER_SCREEN,
            StageKind.TECHNICAL_SCREEN,
            StageKind.TAKE_HOME,
            StageKind.LOOP,
            StageKind.HIRING_MANAGER_AND_PEER);

    private static boolean hasTouchpointFinding(List<GuideFinding> findings) {
        return findings.stream().anyMatch(f -> f.checkId().equals("touchpoints"));
    }

    @Test
    void aProcessWithSixOrMoreTouchpointsAlwaysHasATouchpointFinding() {
        qt().forAll(
                        CoreGens.interviewProcesses(),
                        lists().of(Generate.pick(TOUCHPOINT_KINDS).flatMap(CoreGens::interviewStages))
                                .ofSizeBetween(1, 4))
                .checkAssert((process, extra) -> {
                    InterviewProcess p = process;
                    while (p.touchpoints() < 6) {
                        p = p.plusStage(extra.get(p.stages().size() % extra.size()));
                    }
                    assertThat(hasTouchpointFinding(ProcessChecks.check(p, GUIDE)))
                            .isTrue();
                });
    }

    @Test
    void addingATouchpointStageNeverClearsATouchpointFindingOnceAboveTheMaximum() {
        qt().forAll(
                        CoreGens.interviewProcesses(),
                        Generate.pick(TOUCHPOINT_KINDS).flatMap(CoreGens::interviewStages))
                .checkAssert((p, stage) -> {
                    InterviewProcess more = p.plusStage(stage);
                    assertThat(more.touchpoints()).isEqualTo(p.touchpoints() + 1);
                    if (p.touchpoints() >= GUIDE.maxTouchpoints()) {
                        assertThat(hasTouchpointFinding(ProcessChecks.check(more, GUIDE)))
                                .isTrue();
                    }
                    if (hasTouchpointFinding(ProcessChecks.check(p, GUIDE))
                            && p.touchpoints() > GUIDE.maxTouchpoints()) {
                        assertThat(hasTouchpointFinding(ProcessChecks.check(more, GUIDE)))
                                .isTrue();
                    }
                });
    }

    @Test
    void addingANonTouchpointStageNeverChangesTheTouchpointFinding() {
        qt().forAll(
                        CoreGens.interviewProcesses(),
                        Generate.pick(List.of(StageKind.RESUME_SCREEN, StageKind.REFERENCE_CHECK))
                                .flatMap(CoreGens::interviewStages))
                .checkAssert(
                        (p, stage) -> assertThat(hasTouchpointFinding(ProcessChecks.check(p.plusStage(stage), GUIDE)))
                                .isEqualTo(hasTouchpointFinding(ProcessChecks.check(p, GUIDE))));
    }

    @Test
    void touchpointFindingIffOutsideTheGuideBounds() {
        qt().forAll(CoreGens.interviewProcesses()).checkAssert(p -> {
            int n = p.touchpoints();
            assertThat(hasTouchpointFinding(ProcessChecks.check(p, GUIDE)))
                    .isEqualTo(n < GUIDE.minTouchpoints() || n > GUIDE.maxTouchpoints());
        });
    }

    @Test
    void checksArePureAndDeterministic() {
        qt().forAll(CoreGens.interviewProcesses()).checkAssert(p -> {
            String before = p.toString();
            List<GuideFinding> first = ProcessChecks.check(p, GUIDE);
            List<GuideFinding> second = ProcessChecks.check(p, GUIDE);
            assertThat(second).isEqualTo(first);
            assertThat(p.toString()).isEqualTo(before);
            // an equal process (rebuilt from its stages) gets the same findings
            InterviewProcess copy = InterviewProcess.of(p.stages());
            if (p.expectedDuration().isPresent()) {
                copy = copy.withExpectedDuration(p.expectedDuration().get());
            }
            assertThat(ProcessChecks.check(copy, GUIDE)).isEqualTo(first);
        });
    }

    @Test
    void aGuidesOwnBoundsDecideTheTouchpointFinding() {
        qt().forAll(CoreGens.interviewProcesses(), CoreGens.hiringGuides()).checkAssert((p, g) -> {
            int n = p.touchpoints();
            List<GuideFinding> findings = ProcessChecks.check(p, g);
            assertThat(hasTouchpointFinding(findings)).isEqualTo(n < g.minTouchpoints() || n > g.maxTouchpoints());
            // the other checks depend on the guide's stage durations and loop size only
            HiringGuide sameDurations = ((ImmutableHiringGuide) ImmutableHiringGuide.copyOf(GUIDE))
                    .withStageDurations(g.stageDurations())
                    .withLoopSize(g.loopSize());
            assertThat(findings.stream().filter(f -> !f.checkId().equals("touchpoints")))
                    .containsExactlyElementsOf(ProcessChecks.check(p, sameDurations).stream()
                            .filter(f -> !f.checkId().equals("touchpoints"))
                            .toList());
        });
    }

    @Test
    void findingsAreWellFormed() {
        qt().forAll(CoreGens.interviewProcesses())
                .checkAssert(p -> assertThat(ProcessChecks.check(p, GUIDE)).allSatisfy(f -> {
                    assertThat(f.checkId()).matches("[a-z]+(-[a-z]+)*");
                    assertThat(f.message()).isNotBlank().doesNotContain(CoreGens.MARKER);
                    if (!f.path().isEmpty() && f.path().startsWith("stages[")) {
                        int i = Integer.parseInt(f.path().substring(7, f.path().indexOf(']')));
                        assertThat(i).isLessThan(p.stages().size());
                    }
                }));
    }
}
