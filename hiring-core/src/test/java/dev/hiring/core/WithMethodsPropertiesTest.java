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
        m.put("title", r.getTitle());
        m.put("seniority", r.getSeniority());
        m.put("summary", r.getSummary());
        m.put("responsibilities", r.getResponsibilities());
        m.put("skills", r.getSkills());
        m.put("outcomes", r.getOutcomes());
        m.put("team", r.getTeam());
        m.put("workArrangement", r.getWorkArrangement());
        m.put("compensation", r.getCompensation());
        m.put("process", r.getProcess());
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
            assertThat(changed.getTitle()).isEqualTo(title);
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
            assertThat(changed.getCompensation()).contains(band);
            assertThat(without(parts(changed), "compensation")).isEqualTo(without(parts(r), "compensation"));
        });
    }

    @Test
    void roleWithWorkArrangement() {
        qt().forAll(CoreGens.roles(), CoreGens.workArrangements()).checkAssert((r, w) -> {
            Role changed = r.withWorkArrangement(w);
            assertThat(changed.getWorkArrangement()).isEqualTo(w);
            assertThat(without(parts(changed), "workArrangement")).isEqualTo(without(parts(r), "workArrangement"));
        });
    }

    @Test
    void roleWithProcess() {
        qt().forAll(CoreGens.roles(), CoreGens.interviewProcesses()).checkAssert((r, p) -> {
            Role changed = r.withProcess(p);
            assertThat(changed.getProcess()).contains(p);
            assertThat(without(parts(changed), "process")).isEqualTo(without(parts(r), "process"));
        });
    }

    @Test
    void withTheSameValueGivesAnEqualRole() {
        qt().forAll(CoreGens.roles())
                .check(r -> r.withTitle(r.getTitle()).equals(r)
                        && r.withWorkArrangement(r.getWorkArrangement()).equals(r));
    }

    @Test
    void compensationWithMinAndMax() {
        qt().forAll(CoreGens.compensationBands(), integers().between(1, 1_000_000))
                .checkAssert((b, n) -> {
                    BigDecimal newMin = b.getMax().min(BigDecimal.valueOf(n));
                    CompensationBand lower = b.withMin(newMin);
                    assertThat(lower.getMin()).isEqualTo(newMin);
                    assertThat(lower.getMax()).isEqualTo(b.getMax());
                    assertThat(lower.getCurrency()).isEqualTo(b.getCurrency());
                    assertThat(lower.getPeriod()).isEqualTo(b.getPeriod());

                    BigDecimal newMax = b.getMax().add(BigDecimal.valueOf(n));
                    CompensationBand higher = b.withMax(newMax);
                    assertThat(higher.getMax()).isEqualTo(newMax);
                    assertThat(higher.getMin()).isEqualTo(b.getMin());
                    assertThat(higher.getCurrency()).isEqualTo(b.getCurrency());
                    assertThat(higher.getPeriod()).isEqualTo(b.getPeriod());
                });
    }

    @Test
    void compensationWithMinAboveMaxOrNotPositiveIsRejected() {
        qt().forAll(CoreGens.compensationBands(), integers().between(1, 1000)).checkAssert((b, n) -> {
            assertThatThrownBy(() -> b.withMin(b.getMax().add(BigDecimal.valueOf(n))))
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
            assertThat(changed.getExpectedDuration()).contains(Duration.ofDays(days));
            assertThat(changed.getStages()).isEqualTo(p.getStages());
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
            assertThat(more.getStages()).startsWith(p.getStages().toArray(new InterviewStage[0]));
            assertThat(more.getStages()).endsWith(s).hasSize(p.getStages().size() + 1);
            assertThat(more.getExpectedDuration()).isEqualTo(p.getExpectedDuration());
        });
    }

    @Test
    void criterionWithWeight() {
        qt().forAll(
                        CoreGens.rubricCriteria(),
                        org.quicktheories.generators.SourceDSL.doubles().between(0.001, 100))
                .checkAssert((c, w) -> {
                    RubricCriterion changed = c.withWeight(w);
                    assertThat(changed.getWeight()).isEqualTo(w);
                    assertThat(changed.getId()).isEqualTo(c.getId());
                    assertThat(changed.getName()).isEqualTo(c.getName());
                    assertThat(changed.getDescription()).isEqualTo(c.getDescription());
                    assertThat(changed.getDescriptors()).isEqualTo(c.getDescriptors());
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
