package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Factories and builders accept exactly the inputs that meet their invariants. For generated inputs, some valid and
 * some not (blank texts, bad ids, min &gt; max, negative durations, 2 or 6 rating levels, non-increasing values,
 * unknown currencies, ...), the test computes the set of fields that break a rule; the factory must either accept
 * the input (when that set is empty, and the result then meets the invariants) or throw {@link
 * InvalidHiringDataException} whose violation paths are exactly that set. Anything else (a NullPointerException,
 * an IllegalStateException, a Jackson exception) fails the property.
 */
class FactoryPropertiesTest {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static boolean badId(String id) {
        return id.length() > 64 || !KEBAB.matcher(id).matches();
    }

    static Gen<String> maybeBlank() {
        return Generate.frequency(
                org.quicktheories.api.Pair.of(3, CoreGens.texts()),
                org.quicktheories.api.Pair.of(1, CoreGens.blanks()));
    }

    static Gen<String> maybeBadId() {
        return Generate.frequency(
                org.quicktheories.api.Pair.of(3, CoreGens.ids()), org.quicktheories.api.Pair.of(1, CoreGens.badIds()));
    }

    /** The paths of the blank elements of {@code list} under {@code path}. */
    static void blankElements(Set<String> out, List<String> list, String path) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isBlank()) {
                out.add(path + "[" + i + "]");
            }
        }
    }

    static <I, T> void accepts(
            Gen<I> inputs, Function<I, Set<String>> expected, Function<I, T> factory, Consumer<T> invariants) {
        qt().forAll(inputs).checkAssert(in -> {
            Set<String> paths = expected.apply(in);
            T built;
            try {
                built = factory.apply(in);
            } catch (InvalidHiringDataException e) {
                Set<String> reported = new TreeSet<>();
                e.violations().forEach(v -> reported.add(v.path()));
                assertThat(reported).as("violation paths for %s", in).isEqualTo(new TreeSet<>(paths));
                assertThat(e.violations())
                        .allSatisfy(v -> assertThat(v.message()).isNotBlank());
                assertThat(e.getMessage()).doesNotContain(CoreGens.MARKER);
                return;
            } catch (RuntimeException e) {
                fail("expected InvalidHiringDataException or success but got " + e, e);
                return;
            }
            assertThat(paths)
                    .as("accepted although these fields break a rule: %s", in)
                    .isEmpty();
            invariants.accept(built);
        });
    }

    private static Set<String> paths() {
        return new HashSet<>();
    }

    // ------------------------------------------------------------------ id + two texts

    record Triple(String id, String a, String b) {}

    static Gen<Triple> triples() {
        return maybeBadId().zip(maybeBlank(), maybeBlank(), Triple::new);
    }

    static Set<String> tripleViolations(Triple t, String a, String b) {
        Set<String> p = paths();
        if (badId(t.id())) {
            p.add("id");
        }
        if (t.a().isBlank()) {
            p.add(a);
        }
        if (t.b().isBlank()) {
            p.add(b);
        }
        return p;
    }

    @Test
    void rejectionReason() {
        accepts(
                triples(),
                t -> tripleViolations(t, "title", "description"),
                t -> RejectionReason.of(t.id(), t.a(), t.b()),
                r -> assertThat(r.id()).matches(KEBAB));
    }

    @Test
    void redFlag() {
        accepts(
                triples(),
                t -> tripleViolations(t, "title", "description"),
                t -> RedFlag.of(t.id(), t.a(), t.b()),
                r -> assertThat(r.title()).isNotBlank());
    }

    @Test
    void sourcingChannel() {
        accepts(
                triples(),
                t -> tripleViolations(t, "name", "description"),
                t -> SourcingChannel.of(t.id(), t.a(), t.b()),
                r -> assertThat(r.name()).isNotBlank());
    }

    @Test
    void sellingPoint() {
        accepts(
                triples(),
                t -> tripleViolations(t, "title", "description"),
                t -> SellingPoint.of(t.id(), t.a(), t.b()),
                r -> assertThat(r.description()).isNotBlank());
    }

    @Test
    void jdGuideline() {
        accepts(
                triples(),
                t -> tripleViolations(t, "recommendation", "antiPattern"),
                t -> JdGuideline.of(t.id(), t.a(), t.b()),
                r -> assertThat(r.antiPattern()).isNotBlank());
    }

    // ------------------------------------------------------------------ Skill

    record SkillIn(Triple t, List<String> evidence, List<String> keywords) {}

    @Test
    void skill() {
        Gen<SkillIn> in = triples()
                .zip(
                        lists().of(maybeBlank()).ofSizeBetween(0, 3),
                        lists().of(maybeBlank()).ofSizeBetween(0, 3),
                        SkillIn::new);
        accepts(
                in,
                s -> {
                    Set<String> p = tripleViolations(s.t(), "name", "description");
                    blankElements(p, s.evidence(), "evidence");
                    blankElements(p, s.keywords(), "sourcingKeywords");
                    return p;
                },
                s -> Skill.builder()
                        .id(s.t().id())
                        .name(s.t().a())
                        .category(SkillCategory.TECHNICAL)
                        .description(s.t().b())
                        .addAllEvidence(s.evidence())
                        .addAllSourcingKeywords(s.keywords())
                        .build(),
                s -> assertThat(s.evidence()).noneMatch(String::isBlank));
    }

    // ------------------------------------------------------------------ Team, RatingLevel, RatingScale

    record TeamIn(int size, String composition, String reportingLine) {}

    @Test
    void team() {
        Gen<TeamIn> in = Generate.oneOf(
                        integers().between(-3, 20),
                        integers().between(9_990, 10_010),
                        Generate.pick(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE)))
                .zip(maybeBlank(), maybeBlank(), TeamIn::new);
        accepts(
                in,
                t -> {
                    Set<String> p = paths();
                    if (t.size() < 1 || t.size() > Team.MAX_SIZE) {
                        p.add("size");
                    }
                    if (t.composition().isBlank()) {
                        p.add("composition");
                    }
                    if (t.reportingLine().isBlank()) {
                        p.add("reportingLine");
                    }
                    return p;
                },
                t -> Team.of(t.size(), t.composition(), t.reportingLine()),
                t -> assertThat(t.size()).isBetween(1, Team.MAX_SIZE));
    }

    record LevelIn(String id, String label, int value) {}

    static Gen<LevelIn> levelInputs() {
        return maybeBadId().zip(maybeBlank(), integers().between(-5, 105), LevelIn::new);
    }

    @Test
    void ratingLevel() {
        accepts(
                levelInputs(),
                l -> {
                    Set<String> p = paths();
                    if (badId(l.id())) {
                        p.add("id");
                    }
                    if (l.label().isBlank()) {
                        p.add("label");
                    }
                    if (l.value() < 0 || l.value() > 100) {
                        p.add("value");
                    }
                    return p;
                },
                l -> RatingLevel.of(l.id(), l.label(), l.value()),
                l -> assertThat(l.value()).isBetween(0, 100));
    }

    @Test
    void ratingScale() {
        Gen<RatingLevel> level = Generate.pick(List.of("low", "mid", "high", "top", "x"))
                .zip(
                        Generate.pick(List.of("Low", "low", "Mid", "High", "Top", "X")),
                        integers().between(0, 6),
                        RatingLevel::of);
        accepts(
                lists().of(level).ofSizeBetween(0, 6),
                levels -> {
                    Set<String> p = paths();
                    if (levels.size() < 3 || levels.size() > 4) {
                        p.add("levels");
                    }
                    Set<String> ids = new HashSet<>();
                    Set<String> labels = new HashSet<>();
                    for (int i = 0; i < levels.size(); i++) {
                        if (!ids.add(levels.get(i).id())) {
                            p.add("levels[" + i + "].id");
                        }
                        if (!labels.add(levels.get(i).label().toLowerCase(Locale.ROOT))) {
                            p.add("levels[" + i + "].label");
                        }
                        if (i > 0 && levels.get(i).value() <= levels.get(i - 1).value()) {
                            p.add("levels[" + i + "].value");
                        }
                    }
                    return p;
                },
                RatingScale::of,
                s -> {
                    assertThat(s.levels()).hasSizeBetween(3, 4);
                    for (int i = 1; i < s.levels().size(); i++) {
                        assertThat(s.levels().get(i).value())
                                .isGreaterThan(s.levels().get(i - 1).value());
                    }
                    assertThat(s.lowest().value()).isLessThan(s.highest().value());
                });
    }

    // ------------------------------------------------------------------ CompensationBand

    record BandIn(String currency, BigDecimal min, BigDecimal max) {}

    static Gen<BigDecimal> amounts() {
        return Generate.oneOf(
                integers().between(-3, 10).map((Integer i) -> BigDecimal.valueOf(i)),
                integers().between(1, 200_000).map(i -> BigDecimal.valueOf(i, 2)),
                Generate.pick(List.of(
                        new BigDecimal("1E-999999999"),
                        new BigDecimal("1E+12"),
                        new BigDecimal("999999999999.99"),
                        new BigDecimal("0.00"),
                        new BigDecimal("-0.01"),
                        new BigDecimal("1E-20"),
                        new BigDecimal("1E-21"),
                        new BigDecimal("5E+3"))));
    }

    static boolean iso(String c) {
        if (c.length() != 3 || !c.equals(c.toUpperCase(Locale.ROOT))) {
            return false;
        }
        try {
            Currency.getInstance(c);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void compensationBand() {
        Gen<String> currency =
                Generate.pick(List.of("EUR", "USD", "JPY", "eur", "EURO", "", " ", "ZZZ", "XTS", "E", "€", "US D"));
        Gen<BandIn> in = currency.zip(amounts(), amounts(), BandIn::new);
        BigDecimal limit = BigDecimal.TEN.pow(12);
        accepts(
                in,
                b -> {
                    Set<String> p = paths();
                    if (!iso(b.currency())) {
                        p.add("currency");
                    }
                    if (b.min().signum() <= 0
                            || b.min().compareTo(b.max()) > 0
                            || b.min().scale() > 20) {
                        p.add("min");
                    }
                    if (b.max().signum() <= 0
                            || b.max().compareTo(limit) >= 0
                            || b.max().scale() > 20) {
                        p.add("max");
                    }
                    return p;
                },
                b -> CompensationBand.of(b.currency(), b.min(), b.max(), PayPeriod.YEAR),
                b -> {
                    assertThat(b.min()).isPositive();
                    assertThat(b.min()).isLessThanOrEqualTo(b.max());
                    assertThat(b.spread().signum()).isNotNegative();
                    assertThat(b.spread().precision()).isLessThan(40);
                });
    }

    // ------------------------------------------------------------------ InterviewStage, InterviewProcess

    record StageIn(
            Optional<String> name,
            Optional<Duration> duration,
            Optional<Duration> maxDuration,
            Optional<Duration> deadline,
            int interviewCount,
            int interviewerCount,
            List<String> focus) {}

    static Gen<Duration> anyDuration() {
        return Generate.oneOf(
                integers().between(-10, 600).map(Duration::ofMinutes),
                Generate.pick(List.of(
                        Duration.ZERO,
                        Duration.ofSeconds(-1),
                        Duration.ofDays(7),
                        Duration.ofDays(7).plusNanos(1),
                        Duration.ofDays(400),
                        Duration.ofNanos(1))));
    }

    static boolean badDuration(Duration d) {
        return d.isNegative() || d.isZero() || d.compareTo(InterviewStage.MAX_DURATION) > 0;
    }

    @Test
    void interviewStage() {
        Gen<Optional<Duration>> od = anyDuration().toOptionals(30);
        Gen<StageIn> in = rs -> new StageIn(
                maybeBlank().toOptionals(50).generate(rs),
                od.generate(rs),
                od.generate(rs),
                od.generate(rs),
                integers().between(-1, 22).generate(rs),
                integers().between(-1, 52).generate(rs),
                lists().of(maybeBlank()).ofSizeBetween(0, 2).generate(rs));
        accepts(
                in,
                s -> {
                    Set<String> p = paths();
                    s.name().filter(String::isBlank).ifPresent(n -> p.add("name"));
                    s.duration().filter(FactoryPropertiesTest::badDuration).ifPresent(d -> p.add("duration"));
                    s.maxDuration().ifPresent(max -> {
                        if (badDuration(max)) {
                            p.add("maxDuration");
                        }
                        if (s.duration().isEmpty()) {
                            p.add("duration");
                        } else if (s.duration().get().compareTo(max) > 0) {
                            p.add("maxDuration");
                        }
                    });
                    s.deadline().filter(FactoryPropertiesTest::badDuration).ifPresent(d -> p.add("deadline"));
                    if (s.interviewCount() < 1 || s.interviewCount() > 20) {
                        p.add("interviewCount");
                    }
                    if (s.interviewerCount() < 0 || s.interviewerCount() > 50) {
                        p.add("interviewerCount");
                    }
                    blankElements(p, s.focus(), "focus");
                    return p;
                },
                s -> InterviewStage.builder()
                        .kind(StageKind.TAKE_HOME)
                        .name(s.name())
                        .duration(s.duration())
                        .maxDuration(s.maxDuration())
                        .deadline(s.deadline())
                        .interviewCount(s.interviewCount())
                        .interviewerCount(s.interviewerCount())
                        .addAllFocus(s.focus())
                        .build(),
                s -> {
                    s.maxDuration()
                            .ifPresent(max -> assertThat(s.duration())
                                    .hasValueSatisfying(min -> assertThat(min).isLessThanOrEqualTo(max)));
                    s.duration().ifPresent(d -> assertThat(d).isPositive());
                    assertThat(s.interviewCount()).isBetween(1, 20);
                });
    }

    record ProcessIn(List<InterviewStage> stages, Optional<Duration> expected) {}

    @Test
    void interviewProcess() {
        Gen<Optional<Duration>> expected = Generate.oneOf(
                        integers().between(-2, 400).map(Duration::ofDays),
                        Generate.pick(
                                List.of(Duration.ZERO, Duration.ofDays(366).plusHours(23), Duration.ofSeconds(1))))
                .toOptionals(30);
        Gen<ProcessIn> in =
                lists().of(CoreGens.interviewStages()).ofSizeBetween(0, 3).zip(expected, ProcessIn::new);
        accepts(
                in,
                p -> {
                    Set<String> out = paths();
                    if (p.stages().isEmpty()) {
                        out.add("stages");
                    }
                    p.expected()
                            .filter(d -> d.isNegative() || d.isZero() || d.toDays() > 366)
                            .ifPresent(d -> out.add("expectedDuration"));
                    return out;
                },
                FactoryPropertiesTest::build,
                p -> assertThat(p.stages()).isNotEmpty());
    }

    private static InterviewProcess build(ProcessIn p) {
        return ImmutableInterviewProcess.builder()
                .addAllStages(p.stages())
                .expectedDuration(p.expected())
                .build();
    }

    // ------------------------------------------------------------------ Onboarding

    record PhaseIn(String id, String title, int start, int end, List<String> activities) {}

    static Gen<PhaseIn> phaseInputs() {
        Gen<Integer> day =
                Generate.oneOf(integers().between(-1, 120), integers().between(3655, 3665));
        return rs -> new PhaseIn(
                maybeBadId().generate(rs),
                maybeBlank().generate(rs),
                day.generate(rs),
                day.generate(rs),
                lists().of(maybeBlank()).ofSizeBetween(0, 2).generate(rs));
    }

    @Test
    void onboardingPhase() {
        accepts(
                phaseInputs(),
                p -> {
                    Set<String> out = paths();
                    if (badId(p.id())) {
                        out.add("id");
                    }
                    if (p.title().isBlank()) {
                        out.add("title");
                    }
                    if (p.start() < 1 || p.start() > 3660) {
                        out.add("startDay");
                    }
                    if (p.end() < p.start() || p.end() > 3660) {
                        out.add("endDay");
                    }
                    if (p.activities().isEmpty()) {
                        out.add("activities");
                    }
                    blankElements(out, p.activities(), "activities");
                    return out;
                },
                p -> OnboardingPhase.builder()
                        .id(p.id())
                        .title(p.title())
                        .startDay(p.start())
                        .endDay(p.end())
                        .addAllActivities(p.activities())
                        .build(),
                p -> assertThat(p.endDay()).isGreaterThanOrEqualTo(p.startDay()));
    }

    record PlanIn(List<OnboardingPhase> phases, List<Integer> goals, List<String> practices) {}

    @Test
    void onboardingPlan() {
        Gen<OnboardingPhase> phase = Generate.pick(List.of("a", "b", "c"))
                .zip(
                        integers().between(1, 5),
                        (id, start) -> OnboardingPhase.builder()
                                .id(id)
                                .title("T")
                                .startDay(start)
                                .endDay(start)
                                .addActivities("x")
                                .build());
        Gen<PlanIn> in = lists().of(phase)
                .ofSizeBetween(0, 4)
                .zip(
                        lists().of(integers().between(-1, 3662)).ofSizeBetween(0, 4),
                        lists().of(maybeBlank()).ofSizeBetween(0, 2),
                        PlanIn::new);
        accepts(
                in,
                p -> {
                    Set<String> out = paths();
                    if (p.phases().isEmpty()) {
                        out.add("phases");
                    }
                    Set<String> ids = new HashSet<>();
                    for (int i = 0; i < p.phases().size(); i++) {
                        if (!ids.add(p.phases().get(i).id())) {
                            out.add("phases[" + i + "].id");
                        }
                        if (i > 0
                                && p.phases().get(i).startDay()
                                        < p.phases().get(i - 1).startDay()) {
                            out.add("phases[" + i + "].startDay");
                        }
                    }
                    for (int i = 0; i < p.goals().size(); i++) {
                        int d = p.goals().get(i);
                        if (d < 1 || d > 3660 || (i > 0 && d <= p.goals().get(i - 1))) {
                            out.add("goalDays[" + i + "]");
                        }
                    }
                    blankElements(out, p.practices(), "practices");
                    return out;
                },
                p -> OnboardingPlan.builder()
                        .addAllPhases(p.phases())
                        .addAllGoalDays(p.goals())
                        .addAllPractices(p.practices())
                        .build(),
                p -> {
                    for (int i = 1; i < p.goalDays().size(); i++) {
                        assertThat(p.goalDays().get(i))
                                .isGreaterThan(p.goalDays().get(i - 1));
                    }
                });
    }

    // ------------------------------------------------------------------ SkillRequirement, WorkArrangement

    record RequirementIn(
            String skill,
            Optional<String> skillId,
            Optional<String> experience,
            Optional<Integer> years,
            List<String> kw) {}

    @Test
    void skillRequirement() {
        Gen<RequirementIn> in = rs -> new RequirementIn(
                maybeBlank().generate(rs),
                maybeBadId().toOptionals(40).generate(rs),
                maybeBlank().toOptionals(40).generate(rs),
                Generate.oneOf(integers().between(-3, 5), integers().between(45, 55))
                        .toOptionals(40)
                        .generate(rs),
                lists().of(maybeBlank()).ofSizeBetween(0, 2).generate(rs));
        accepts(
                in,
                r -> {
                    Set<String> out = paths();
                    if (r.skill().isBlank()) {
                        out.add("skill");
                    }
                    r.skillId().filter(FactoryPropertiesTest::badId).ifPresent(x -> out.add("skillId"));
                    r.experience().filter(String::isBlank).ifPresent(x -> out.add("experience"));
                    r.years()
                            .filter(y -> y < 0 || y > SkillRequirement.MAX_YEARS)
                            .ifPresent(x -> out.add("years"));
                    blankElements(out, r.kw(), "keywords");
                    return out;
                },
                r -> SkillRequirement.builder()
                        .skill(r.skill())
                        .importance(Importance.REQUIRED)
                        .skillId(r.skillId())
                        .experience(r.experience())
                        .years(r.years())
                        .addAllKeywords(r.kw())
                        .build(),
                r -> assertThat(r.required()).isTrue());
    }

    record ArrangementIn(WorkMode mode, List<String> locations, List<String> zones, Optional<Integer> overlap) {}

    @Test
    void workArrangement() {
        Gen<ArrangementIn> in = Generate.enumValues(WorkMode.class)
                .zip(
                        lists().of(maybeBlank()).ofSizeBetween(0, 2),
                        lists().of(maybeBlank()).ofSizeBetween(0, 2),
                        integers().between(-2, 26).toOptionals(40),
                        ArrangementIn::new);
        accepts(
                in,
                a -> {
                    Set<String> out = paths();
                    if (a.mode() != WorkMode.REMOTE && a.locations().isEmpty()) {
                        out.add("locations");
                    }
                    blankElements(out, a.locations(), "locations");
                    blankElements(out, a.zones(), "timeZones");
                    a.overlap().filter(h -> h < 0 || h > 24).ifPresent(h -> out.add("overlapHours"));
                    return out;
                },
                a -> WorkArrangement.builder()
                        .mode(a.mode())
                        .addAllLocations(a.locations())
                        .addAllTimeZones(a.zones())
                        .overlapHours(a.overlap())
                        .build(),
                a -> assertThat(a.mode() == WorkMode.REMOTE || !a.locations().isEmpty())
                        .isTrue());
    }

    // ------------------------------------------------------------------ RubricCriterion, InterviewQuestion

    record CriterionIn(Triple t, double weight, Map<String, String> descriptors) {}

    @Test
    void rubricCriterion() {
        Gen<Double> weight = Generate.pick(List.of(
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                -1.0,
                0.0,
                -0.0,
                1e-9,
                0.5,
                2.0,
                Double.MAX_VALUE,
                Double.MIN_VALUE));
        Gen<Map<String, String>> descriptors = lists().of(Generate.pick(List.of("meets", "exceeds", "Meets", "a b", ""))
                        .zip(maybeBlank(), List::of))
                .ofSizeBetween(0, 3)
                .map((List<List<String>> pairs) -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    pairs.forEach(kv -> m.put(kv.get(0), kv.get(1)));
                    return m;
                });
        accepts(
                triples().zip(weight, descriptors, CriterionIn::new),
                c -> {
                    Set<String> out = tripleViolations(c.t(), "name", "description");
                    if (!(Double.isFinite(c.weight()) && c.weight() > 0)) {
                        out.add("weight");
                    }
                    c.descriptors().forEach((k, v) -> {
                        if (badId(k)) {
                            out.add("descriptors.<key>");
                        }
                        if (v.isBlank()) {
                            out.add("descriptors." + k);
                        }
                    });
                    return out;
                },
                c -> RubricCriterion.builder()
                        .id(c.t().id())
                        .name(c.t().a())
                        .description(c.t().b())
                        .weight(c.weight())
                        .putAllDescriptors(c.descriptors())
                        .build(),
                c -> assertThat(c.weight()).isPositive().isFinite());
    }

    record QuestionIn(Triple t, List<String> lookFor, List<String> criteria) {}

    @Test
    void interviewQuestion() {
        Gen<QuestionIn> in = triples()
                .zip(
                        lists().of(maybeBlank()).ofSizeBetween(0, 2),
                        lists().of(maybeBadId()).ofSizeBetween(0, 2),
                        QuestionIn::new);
        accepts(
                in,
                q -> {
                    Set<String> out = tripleViolations(q.t(), "prompt", "unused");
                    out.remove("unused");
                    if (q.lookFor().isEmpty()) {
                        out.add("lookFor");
                    }
                    blankElements(out, q.lookFor(), "lookFor");
                    if (q.criteria().isEmpty()) {
                        out.add("criteria");
                    }
                    for (int i = 0; i < q.criteria().size(); i++) {
                        if (badId(q.criteria().get(i))) {
                            out.add("criteria[" + i + "]");
                        }
                    }
                    return out;
                },
                q -> InterviewQuestion.builder()
                        .id(q.t().id())
                        .prompt(q.t().a())
                        .addAllLookFor(q.lookFor())
                        .addAllCriteria(q.criteria())
                        .build(),
                q -> assertThat(q.criteria()).isNotEmpty());
    }

    // ------------------------------------------------------------------ Role, BooleanQuery

    record RoleIn(String title, String summary, List<String> responsibilities, List<String> outcomes) {}

    @Test
    void role() {
        Gen<RoleIn> in = maybeBlank()
                .zip(
                        maybeBlank(),
                        lists().of(maybeBlank()).ofSizeBetween(0, 6),
                        lists().of(maybeBlank()).ofSizeBetween(0, 2),
                        RoleIn::new);
        accepts(
                in,
                r -> {
                    Set<String> out = paths();
                    if (r.title().isBlank()) {
                        out.add("title");
                    }
                    if (r.summary().isBlank()) {
                        out.add("summary");
                    }
                    blankElements(out, r.responsibilities(), "responsibilities");
                    blankElements(out, r.outcomes(), "outcomes");
                    return out;
                },
                r -> Role.builder()
                        .title(r.title())
                        .seniority(Seniority.SENIOR)
                        .summary(r.summary())
                        .addAllResponsibilities(r.responsibilities())
                        .addAllOutcomes(r.outcomes())
                        .workArrangement(WorkArrangement.of(WorkMode.REMOTE))
                        .build(),
                r -> assertThat(r.title()).isNotBlank());
    }

    @Test
    void booleanQuery() {
        Gen<String> term = Generate.frequency(
                org.quicktheories.api.Pair.of(4, CoreGens.queryTerms()),
                org.quicktheories.api.Pair.of(
                        1, Generate.pick(List.of("", " ", " a", "a ", "a\u0001b", "\t", "a\nb"))));
        accepts(
                lists().of(lists().of(term).ofSizeBetween(0, 3)).ofSizeBetween(0, 3),
                groups -> {
                    Set<String> out = paths();
                    if (groups.isEmpty()) {
                        out.add("groups");
                    }
                    for (int i = 0; i < groups.size(); i++) {
                        if (groups.get(i).isEmpty()) {
                            out.add("groups[" + i + "]");
                        }
                        for (int j = 0; j < groups.get(i).size(); j++) {
                            String t = groups.get(i).get(j);
                            if (t.isBlank() || !t.strip().equals(t) || t.chars().anyMatch(Character::isISOControl)) {
                                out.add("groups[" + i + "][" + j + "]");
                            }
                        }
                    }
                    return out;
                },
                BooleanQuery::of,
                q -> assertThat(BooleanQuery.parse(q.toString())).isEqualTo(q));
    }

    // ------------------------------------------------------------------ HiringGuide

    @Test
    void hiringGuideMutations() {
        HiringGuide base = HiringGuides.seniorBackendEngineer();
        ImmutableHiringGuide g = ((ImmutableHiringGuide) ImmutableHiringGuide.copyOf(base));
        Skill soft = base.softSkills().get(0);
        InterviewQuestion q = base.interviewQuestions().get(0);
        List<Function<ImmutableHiringGuide, HiringGuide>> mutations = List.of(
                x -> x.withMinTouchpoints(6),
                x -> x.withMinTouchpoints(0),
                x -> x.withMinInterviewersPerRubric(0),
                x -> x.withId("Senior Backend"),
                x -> x.withTitle(" "),
                x -> x.withCoreSkills(concat(base.coreSkills(), soft)),
                x -> x.withSoftSkills(concat(base.softSkills(), soft)),
                x -> x.withRedFlags(concat(base.redFlags(), base.redFlags().get(0))),
                x -> x.withInterviewQuestions(concat(
                        base.interviewQuestions(),
                        InterviewQuestion.builder()
                                .id("new-question")
                                .prompt(q.prompt())
                                .addAllLookFor(q.lookFor())
                                .addCriteria("no-such-criterion")
                                .build())),
                x -> x.withRubricCriteria(concat(
                        base.rubricCriteria(),
                        RubricCriterion.builder()
                                .id("extra")
                                .name("Extra")
                                .description("d")
                                .putDescriptors("outstanding", "text")
                                .build())));
        List<String> expected = List.of(
                "maxTouchpoints",
                "minTouchpoints",
                "minInterviewersPerRubric",
                "id",
                "title",
                "coreSkills[10].category",
                "softSkills[5].id",
                "redFlags[5].id",
                "interviewQuestions[5].criteria[0]",
                "rubricCriteria[5].descriptors");
        qt().forAll(integers().between(0, mutations.size() - 1)).checkAssert(i -> {
            try {
                HiringGuide accepted = mutations.get(i).apply(g);
                fail("mutation " + i + " was accepted: " + accepted.id());
            } catch (InvalidHiringDataException e) {
                assertThat(e.violations()).extracting(Violation::path).contains(expected.get(i));
            }
        });
    }

    private static <T> List<T> concat(List<T> list, T extra) {
        List<T> out = new ArrayList<>(list);
        out.add(extra);
        return out;
    }
}
