package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Every {@code with*} method changes one attribute and keeps the others; invalid arguments are rejected. */
class WithMethodsPropertiesTest {
    private static Map<String, Object> parts(Role r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.title());
        m.put("seniority", r.seniority());
        m.put("summary", r.summary());
        m.put("responsibilities", r.responsibilities());
        m.put("skills", r.skills());
        m.put("outcomes", r.outcomes());
        m.put("team", r.team());
        m.put("workArrangement", r.workArrangement());
        m.put("compensation", r.compensation());
        m.put("process", r.process());
        return m;
    }

    private static Map<String, Object> without(Map<String, Object> m, String key) {
        Map<String, Object> copy = new LinkedHashMap<>(m);
        copy.remove(key);
        return copy;
    }

    @Test
    void roleWithTitle() {
        qt().forAll(CoreGens.roles(), CoreGens.texts()).checkAssert((r, title) -> {
            Role changed = r.withTitle(title);
            assertThat(changed.title()).isEqualTo(title);
            assertThat(without(parts(changed), "title")).isEqualTo(without(parts(r), "title"));
        });
    }

    @Test
    void roleWithBlankTitleIsRejected() {
        qt().forAll(CoreGens.roles(), CoreGens.blanks())
                .checkAssert((r, blank) -> assertThatThrownBy(() -> r.withTitle(blank))
                        .isInstanceOfSatisfying(
                                InvalidHiringDataException.class,
                                e -> assertThat(e.violations())
                                        .extracting(Violation::path)
                                        .containsExactly("title")));
    }

    @Test
    void roleWithCompensation() {
        qt().forAll(CoreGens.roles(), CoreGens.compensationBands()).checkAssert((r, band) -> {
            Role changed = r.withCompensation(band);
            assertThat(changed.compensation()).contains(band);
            assertThat(without(parts(changed), "compensation")).isEqualTo(without(parts(r), "compensation"));
        });
    }

    @Test
    void roleWithWorkArrangement() {
        qt().forAll(CoreGens.roles(), CoreGens.workArrangements()).checkAssert((r, w) -> {
            Role changed = r.withWorkArrangement(w);
            assertThat(changed.workArrangement()).isEqualTo(w);
            assertThat(without(parts(changed), "workArrangement")).isEqualTo(without(parts(r), "workArrangement"));
        });
    }

    @Test
    void roleWithProcess() {
        qt().forAll(CoreGens.roles(), CoreGens.interviewProcesses()).checkAssert((r, p) -> {
            Role changed = r.withProcess(p);
            assertThat(changed.process()).contains(p);
            assertThat(without(parts(changed), "process")).isEqualTo(without(parts(r), "process"));
        });
    }

    @Test
    void withTheSameValueGivesAnEqualRole() {
        qt().forAll(CoreGens.roles())
                .check(r -> r.withTitle(r.title()).equals(r)
                        && r.withWorkArrangement(r.workArrangement()).equals(r));
    }

    @Test
    void compensationWithMinAndMax() {
        qt().forAll(CoreGens.compensationBands(), integers().between(1, 1_000_000))
                .checkAssert((b, n) -> {
                    BigDecimal newMin = b.max().min(BigDecimal.valueOf(n));
                    CompensationBand lower = b.withMin(newMin);
                    assertThat(lower.min()).isEqualTo(newMin);
                    assertThat(lower.max()).isEqualTo(b.max());
                    assertThat(lower.currency()).isEqualTo(b.currency());
                    assertThat(lower.period()).isEqualTo(b.period());

                    BigDecimal newMax = b.max().add(BigDecimal.valueOf(n));
                    CompensationBand higher = b.withMax(newMax);
                    assertThat(higher.max()).isEqualTo(newMax);
                    assertThat(higher.min()).isEqualTo(b.min());
                    assertThat(higher.currency()).isEqualTo(b.currency());
                    assertThat(higher.period()).isEqualTo(b.period());
                });
    }

    @Test
    void compensationWithMinAboveMaxOrNotPositiveIsRejected() {
        qt().forAll(CoreGens.compensationBands(), integers().between(1, 1000)).checkAssert((b, n) -> {
            assertThatThrownBy(() -> b.withMin(b.max().add(BigDecimal.valueOf(n))))
                    .isInstanceOfSatisfying(
                            InvalidHiringDataException.class,
                            e -> assertThat(e.violations())
                                    .extracting(Violation::path)
                                    .containsExactly("min"));
            assertThatThrownBy(() -> b.withMax(BigDecimal.valueOf(-n)))
                    .isInstanceOfSatisfying(
                            InvalidHiringDataException.class,
                            e -> assertThat(e.violations())
                                    .extracting(Violation::path)
                                    .contains("max"));
        });
    }

    @Test
    void processWithExpectedDuration() {
        qt().forAll(CoreGens.interviewProcesses(), integers().between(1, 366)).checkAssert((p, days) -> {
            InterviewProcess changed = p.withExpectedDuration(Duration.ofDays(days));
            assertThat(changed.expectedDuration()).contains(Duration.ofDays(days));
            assertThat(changed.stages()).isEqualTo(p.stages());
        });
    }

    @Test
    void processWithNonPositiveDurationIsRejected() {
        qt().forAll(
                        CoreGens.interviewProcesses(),
                        Generate.pick(List.of(Duration.ZERO, Duration.ofDays(-1), Duration.ofDays(367))))
                .checkAssert((p, d) -> assertThatThrownBy(() -> p.withExpectedDuration(d))
                        .isInstanceOfSatisfying(
                                InvalidHiringDataException.class,
                                e -> assertThat(e.violations())
                                        .extracting(Violation::path)
                                        .containsExactly("expectedDuration")));
    }

    @Test
    void processPlusStageKeepsTheStagesAndTheDuration() {
        qt().forAll(CoreGens.interviewProcesses(), CoreGens.interviewStages()).checkAssert((p, s) -> {
            InterviewProcess more = p.plusStage(s);
            assertThat(more.stages()).startsWith(p.stages().toArray(new InterviewStage[0]));
            assertThat(more.stages()).endsWith(s).hasSize(p.stages().size() + 1);
            assertThat(more.expectedDuration()).isEqualTo(p.expectedDuration());
        });
    }

    @Test
    void criterionWithWeight() {
        qt().forAll(
                        CoreGens.rubricCriteria(),
                        org.quicktheories.generators.SourceDSL.doubles().between(0.001, 100))
                .checkAssert((c, w) -> {
                    RubricCriterion changed = c.withWeight(w);
                    assertThat(changed.weight()).isEqualTo(w);
                    assertThat(changed.id()).isEqualTo(c.id());
                    assertThat(changed.name()).isEqualTo(c.name());
                    assertThat(changed.description()).isEqualTo(c.description());
                    assertThat(changed.descriptors()).isEqualTo(c.descriptors());
                });
    }

    @Test
    void criterionWithBadWeightIsRejected() {
        qt().forAll(CoreGens.rubricCriteria(), Generate.pick(List.of(0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY)))
                .checkAssert((c, w) -> assertThatThrownBy(() -> c.withWeight(w))
                        .isInstanceOfSatisfying(
                                InvalidHiringDataException.class,
                                e -> assertThat(e.violations())
                                        .extracting(Violation::path)
                                        .containsExactly("weight")));
    }
}
