package dev.hiring.core;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for every value type of the core module. Every generator is built from QuickTheories
 * combinators (directly or by drawing from other generators on the same randomness source), so failing examples
 * shrink towards short texts, small numbers and short lists.
 *
 * <p>Generators named after a type produce structurally valid values (their builder accepts them); {@link
 * #validRoles()} also meets every guide policy of {@link dev.hiring.core.validation.HiringValidator}.
 */
public final class CoreGens {
    /** A marker planted in free text; error messages must never contain it. */
    public static final String MARKER = "Zq7Marker";

    private static final List<String> TRICKY = List.of(
            "\"",
            "\\",
            "\\\"",
            "'",
            "\n",
            "\t",
            "\r\n",
            "\u0000",
            "é",
            "İ",
            "ı",
            "ß",
            "😀",
            "中文",
            "AND",
            "or",
            "NOT",
            "(",
            ")",
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            " ",
            "\u00a0",
            "\u2028",
            "<script>",
            "%s",
            "${x}",
            MARKER);

    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "JPY", "CHF", "SEK", "INR", "BRL");

    private CoreGens() {}

    // ---------------------------------------------------------------- texts and ids

    /** Kebab-case ids of 1 to 3 segments, such as {@code ab-7}. */
    public static Gen<String> ids() {
        Gen<String> segment = Generate.oneOf(
                strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 6),
                strings().betweenCodePoints('0', '9').ofLengthBetween(1, 3));
        return lists().of(segment).ofSizeBetween(1, 3).map(parts -> String.join("-", parts));
    }

    /** Texts that are not kebab-case ids: blank, upper case, with spaces or punctuation, too long. */
    public static Gen<String> badIds() {
        return Generate.oneOf(
                Generate.pick(List.of(
                        "", " ", "A", "Go", "a b", "a_b", "-a", "a-", "a--b", "ä", "a.b", "a/b", "İd", "Bad_Id")),
                strings().betweenCodePoints('a', 'z').ofLengthBetween(65, 80),
                ids().map(id -> id + " "),
                ids().map(id -> id.toUpperCase(java.util.Locale.ROOT) + "X"));
    }

    /** Non-blank free text with quotes, backslashes, control characters, unicode and JSON punctuation. */
    public static Gen<String> texts() {
        Gen<String> fragment = Generate.frequency(
                org.quicktheories.api.Pair.of(4, strings().basicLatinAlphabet().ofLengthBetween(1, 8)),
                org.quicktheories.api.Pair.of(2, Generate.pick(TRICKY)),
                org.quicktheories.api.Pair.of(
                        1, strings().betweenCodePoints(0xA0, 0xD7FF).ofLengthBetween(1, 4)));
        Gen<String> first = strings().betweenCodePoints('A', 'Z').ofLength(1);
        return first.zip(lists().of(fragment).ofSizeBetween(0, 4), (a, rest) -> a + String.join("", rest));
    }

    /** Blank texts: empty or whitespace only. */
    public static Gen<String> blanks() {
        return Generate.pick(List.of("", " ", "\t", "\n", "  \r\n ", "\u2028", "\u3000"));
    }

    /** Lists of free texts. */
    public static Gen<List<String>> textLists(int min, int max) {
        return lists().of(texts()).ofSizeBetween(min, max);
    }

    /** Durations of whole minutes from {@code minMinutes} to {@code maxMinutes}. */
    public static Gen<Duration> minutes(int minMinutes, int maxMinutes) {
        return integers().between(minMinutes, maxMinutes).map(Duration::ofMinutes);
    }

    private static <T> Gen<Optional<T>> optional(Gen<T> gen) {
        return gen.toOptionals(30);
    }

    /** Keeps the first value of each id, so that lists of generated values have unique ids. */
    static <T> List<T> uniqueBy(List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        List<T> out = new ArrayList<>();
        for (T t : items) {
            if (seen.add(id.apply(t))) {
                out.add(t);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- small value types

    /** Skills of either category. */
    public static Gen<Skill> skills() {
        return Generate.enumValues(SkillCategory.class).flatMap(CoreGens::skills);
    }

    /** Skills of one category. */
    public static Gen<Skill> skills(SkillCategory category) {
        return ids().zip(
                        texts(),
                        texts(),
                        lists().of(texts()).ofSizeBetween(0, 3),
                        (id, name, description, ev) -> Skill.builder()
                                .id(id)
                                .name(name)
                                .category(category)
                                .description(description)
                                .addAllEvidence(ev))
                .zip(
                        lists().of(texts()).ofSizeBetween(0, 4),
                        (b, kw) -> b.addAllSourcingKeywords(kw).build());
    }

    /** Skill requirements; years appear with or without experience (a policy, not a structural rule). */
    public static Gen<SkillRequirement> skillRequirements() {
        return skillRequirements(Generate.enumValues(Importance.class), true);
    }

    private static Gen<SkillRequirement> skillRequirements(Gen<Importance> importance, boolean yearsAlone) {
        Gen<Optional<String>> experience = optional(texts());
        Gen<Optional<Integer>> years = optional(integers().between(0, SkillRequirement.MAX_YEARS));
        return in -> {
            Optional<String> exp = experience.generate(in);
            Optional<Integer> y = years.generate(in);
            return SkillRequirement.builder()
                    .skill(texts().generate(in))
                    .importance(importance.generate(in))
                    .skillId(optional(ids()).generate(in))
                    .experience(exp)
                    .years(yearsAlone || exp.isPresent() ? y : Optional.empty())
                    .addAllKeywords(
                            lists().of(keywordTerms()).ofSizeBetween(0, 3).generate(in))
                    .build();
        };
    }

    /** Teams. */
    public static Gen<Team> teams() {
        return integers().between(1, Team.MAX_SIZE).zip(texts(), texts(), Team::of);
    }

    /** Work arrangements; remote and hybrid ones may lack a time zone statement (a policy). */
    public static Gen<WorkArrangement> workArrangements() {
        return workArrangements(false);
    }

    private static Gen<WorkArrangement> workArrangements(boolean timeZoneStated) {
        Gen<WorkMode> mode = Generate.enumValues(WorkMode.class);
        Gen<List<String>> timeZones = lists().of(Generate.pick(List.of("CET", "UTC-1 to UTC+3", "UTC", "PST")))
                .ofSizeBetween(0, 2);
        Gen<Optional<Integer>> overlap = optional(integers().between(0, 24));
        return in -> {
            WorkMode m = mode.generate(in);
            WorkArrangement.Builder b = WorkArrangement.builder()
                    .mode(m)
                    .addAllLocations(textLists(m == WorkMode.REMOTE ? 0 : 1, 3).generate(in))
                    .addAllTimeZones(timeZones.generate(in))
                    .overlapHours(overlap.generate(in));
            if (timeZoneStated && m != WorkMode.ONSITE) {
                b.addTimeZones("CET");
            }
            return b.build();
        };
    }

    /** Closed pay bands with 0 to 2 decimal places (sometimes written in exponent form). */
    public static Gen<CompensationBand> compensationBands() {
        Gen<Long> min = longs().between(1, 999_999_999L);
        Gen<Long> spread = longs().between(0, 999_999_999L);
        Gen<Integer> scale = integers().between(-2, 2);
        return in -> {
            int s = scale.generate(in);
            long lo = min.generate(in);
            long hi = lo + spread.generate(in);
            return CompensationBand.of(
                    Generate.pick(CURRENCIES).generate(in),
                    BigDecimal.valueOf(lo, s),
                    BigDecimal.valueOf(hi, s),
                    Generate.enumValues(PayPeriod.class).generate(in));
        };
    }

    /** Interview stages of any kind. */
    public static Gen<InterviewStage> interviewStages() {
        return Generate.enumValues(StageKind.class).flatMap(CoreGens::interviewStages);
    }

    /** Interview stages of one kind. */
    public static Gen<InterviewStage> interviewStages(StageKind kind) {
        Gen<Optional<Duration>> duration = optional(minutes(1, 600));
        Gen<Optional<Duration>> extra = optional(minutes(0, 600));
        Gen<Optional<Duration>> deadline = optional(integers().between(1, 168).map(Duration::ofHours));
        return in -> {
            Optional<Duration> d = duration.generate(in);
            Optional<Duration> e = extra.generate(in);
            return InterviewStage.builder()
                    .kind(kind)
                    .name(optional(texts()).generate(in))
                    .duration(d)
                    .maxDuration(
                            d.isPresent() && e.isPresent() ? Optional.of(d.get().plus(e.get())) : Optional.empty())
                    .optional(Generate.booleans().generate(in))
                    .interviewCount(integers().between(1, 20).generate(in))
                    .interviewerCount(integers().between(0, 50).generate(in))
                    .addAllFocus(textLists(0, 3).generate(in))
                    .deadline(deadline.generate(in))
                    .build();
        };
    }

    /** Interview processes of 1 to 8 stages. */
    public static Gen<InterviewProcess> interviewProcesses() {
        Gen<Optional<Duration>> expected = optional(integers().between(1, 366).map(Duration::ofDays));
        return lists().of(interviewStages())
                .ofSizeBetween(1, 8)
                .zip(
                        expected,
                        (stages, d) -> d.isPresent()
                                ? InterviewProcess.of(stages).withExpectedDuration(d.get())
                                : InterviewProcess.of(stages));
    }

    /** Interview questions naming criteria from {@code criteria} (any ids when empty). */
    public static Gen<InterviewQuestion> interviewQuestions(List<String> criteria) {
        Gen<String> criterion = criteria.isEmpty() ? ids() : Generate.pick(criteria);
        return ids().zip(
                        texts(),
                        textLists(1, 4),
                        lists().of(criterion).ofSizeBetween(1, 3),
                        (id, p, look, cs) -> InterviewQuestion.builder()
                                .id(id)
                                .prompt(p)
                                .addAllLookFor(look)
                                .addAllCriteria(cs)
                                .build());
    }

    /** Interview questions naming any criterion ids. */
    public static Gen<InterviewQuestion> interviewQuestions() {
        return interviewQuestions(List.of());
    }

    /** Rating levels. */
    public static Gen<RatingLevel> ratingLevels() {
        return ids().zip(texts(), integers().between(0, 100), RatingLevel::of);
    }

    /** Rating scales of 3 or 4 levels with strictly increasing values and unique ids and labels. */
    public static Gen<RatingScale> ratingScales() {
        Gen<Integer> start = integers().between(0, 10);
        Gen<List<Integer>> steps = lists().of(integers().between(1, 30)).ofSizeBetween(2, 3);
        return in -> {
            int value = start.generate(in);
            List<Integer> s = steps.generate(in);
            List<RatingLevel> levels = new ArrayList<>();
            for (int i = 0; i <= s.size(); i++) {
                if (i > 0) {
                    value += s.get(i - 1);
                }
                levels.add(RatingLevel.of(ids().generate(in) + "-" + i, texts().generate(in) + " " + i, value));
            }
            return RatingScale.of(levels);
        };
    }

    /** Rubric criteria with descriptors for some of {@code levelIds} (any ids when empty). */
    public static Gen<RubricCriterion> rubricCriteria(List<String> levelIds) {
        Gen<String> level = levelIds.isEmpty() ? ids() : Generate.pick(levelIds);
        Gen<List<String>> keys = lists().of(level).ofSizeBetween(0, 4);
        return in -> {
            Map<String, String> descriptors = new LinkedHashMap<>();
            for (String k : keys.generate(in)) {
                descriptors.put(k, texts().generate(in));
            }
            return RubricCriterion.builder()
                    .id(ids().generate(in))
                    .name(texts().generate(in))
                    .description(texts().generate(in))
                    .putAllDescriptors(descriptors)
                    .weight(doubles().between(0.01, 10.0).generate(in))
                    .build();
        };
    }

    /** Rubric criteria with descriptors keyed by any ids. */
    public static Gen<RubricCriterion> rubricCriteria() {
        return rubricCriteria(List.of());
    }

    /** Rejection reasons. */
    public static Gen<RejectionReason> rejectionReasons() {
        return ids().zip(texts(), texts(), RejectionReason::of);
    }

    /** Red flags. */
    public static Gen<RedFlag> redFlags() {
        return ids().zip(texts(), texts(), RedFlag::of);
    }

    /** Sourcing channels. */
    public static Gen<SourcingChannel> sourcingChannels() {
        return ids().zip(texts(), texts(), SourcingChannel::of);
    }

    /** Selling points. */
    public static Gen<SellingPoint> sellingPoints() {
        return ids().zip(texts(), texts(), SellingPoint::of);
    }

    /** Criterion floors with and without a source, from -10 to 10 in quarter steps (no guide to be within). */
    public static Gen<CriterionFloor> criterionFloors() {
        return in -> {
            CriterionFloor.Builder b = CriterionFloor.builder()
                    .criterion(ids().generate(in))
                    .floor(integers().between(-40, 40).generate(in) / 4.0);
            if (integers().between(0, 1).generate(in) == 1) {
                b.source(texts().generate(in));
            }
            return b.build();
        };
    }

    /** Loop sizes from 1 to 20 interviews, with and without a source. */
    public static Gen<LoopSize> loopSizes() {
        return in -> {
            int min = integers().between(1, LoopSize.MAX_INTERVIEWS).generate(in);
            LoopSize.Builder b = LoopSize.builder()
                    .min(min)
                    .max(integers().between(min, LoopSize.MAX_INTERVIEWS).generate(in));
            if (integers().between(0, 1).generate(in) == 1) {
                b.source(texts().generate(in));
            }
            return b.build();
        };
    }

    /** Stage duration ranges of any kind, from 1 minute to 8 hours, with and without description and source. */
    public static Gen<StageDuration> stageDurations() {
        return in -> {
            int min = integers().between(1, 240).generate(in);
            StageDuration.Builder b = StageDuration.builder()
                    .kind(Generate.enumValues(StageKind.class).generate(in))
                    .min(Duration.ofMinutes(min))
                    .max(Duration.ofMinutes(min + integers().between(0, 240).generate(in)));
            if (integers().between(0, 1).generate(in) == 1) {
                b.description(texts().generate(in));
            }
            if (integers().between(0, 1).generate(in) == 1) {
                b.source(texts().generate(in));
            }
            return b.build();
        };
    }

    /** Job-description guidelines. */
    public static Gen<JdGuideline> jdGuidelines() {
        return ids().zip(texts(), texts(), JdGuideline::of);
    }

    /** Onboarding phases. */
    public static Gen<OnboardingPhase> onboardingPhases() {
        return integers()
                .between(1, 3660)
                .flatMap(start -> ids().zip(
                                texts(),
                                integers().between(start, 3660),
                                textLists(1, 3),
                                (id, title, end, activities) -> OnboardingPhase.builder()
                                        .id(id)
                                        .title(title)
                                        .startDay(start)
                                        .endDay(end)
                                        .addAllActivities(activities)
                                        .build()));
    }

    /** Onboarding plans: phases in order of start day with unique ids, goal days strictly increasing. */
    public static Gen<OnboardingPlan> onboardingPlans() {
        Gen<List<OnboardingPhase>> phases = lists().of(onboardingPhases()).ofSizeBetween(1, 5);
        Gen<List<Integer>> goalSteps = lists().of(integers().between(1, 400)).ofSizeBetween(0, 5);
        return in -> {
            List<OnboardingPhase> ps = new ArrayList<>(uniqueBy(phases.generate(in), OnboardingPhase::id));
            ps.sort(java.util.Comparator.comparingInt(OnboardingPhase::startDay));
            List<Integer> goals = new ArrayList<>();
            int day = 0;
            for (int step : goalSteps.generate(in)) {
                day += step;
                goals.add(day);
            }
            return OnboardingPlan.builder()
                    .addAllPhases(ps)
                    .addAllGoalDays(goals)
                    .addAllPractices(textLists(0, 3).generate(in))
                    .build();
        };
    }

    // ---------------------------------------------------------------- roles, guides, queries

    /** Roles that are structurally valid; they may break the guide's policies (a draft). */
    public static Gen<Role> roles() {
        return in -> Role.builder()
                .title(texts().generate(in))
                .seniority(Generate.enumValues(Seniority.class).generate(in))
                .summary(texts().generate(in))
                .addAllResponsibilities(textLists(0, 7).generate(in))
                .addAllSkills(
                        lists().of(skillRequirements()).ofSizeBetween(0, 4).generate(in))
                .addAllOutcomes(textLists(0, 3).generate(in))
                .team(optional(teams()).generate(in))
                .workArrangement(workArrangements().generate(in))
                .compensation(optional(compensationBands()).generate(in))
                .process(optional(interviewProcesses()).generate(in))
                .build();
    }

    /** Roles that meet every guide policy, so {@code HiringValidator.violations(role)} is empty. */
    public static Gen<Role> validRoles() {
        Gen<InterviewProcess> process = interviewProcesses()
                .zip(integers().between(1, 120), (p, days) -> p.withExpectedDuration(Duration.ofDays(days)));
        return in -> Role.builder()
                .title(texts().generate(in))
                .seniority(Generate.enumValues(Seniority.class).generate(in))
                .summary(texts().generate(in))
                .addAllResponsibilities(textLists(3, 5).generate(in))
                .addAllSkills(lists().of(skillRequirements(Generate.constant(Importance.REQUIRED), false))
                        .ofSizeBetween(1, 3)
                        .generate(in))
                .addAllSkills(lists().of(skillRequirements(Generate.constant(Importance.NICE_TO_HAVE), false))
                        .ofSizeBetween(1, 3)
                        .generate(in))
                .addAllOutcomes(textLists(1, 3).generate(in))
                .team(teams().generate(in))
                .workArrangement(workArrangements(true).generate(in))
                .compensation(compensationBands().generate(in))
                .process(process.generate(in))
                .build();
    }

    /**
     * Guides: the built-in guide with generated variations (id, title, touchpoint bounds, a prefix of each list, and
     * generated rejection reasons, red flags, channels and selling points appended), or an entirely generated guide.
     */
    public static Gen<HiringGuide> hiringGuides() {
        return Generate.oneOf(builtInVariations(), generatedGuides());
    }

    private static Gen<HiringGuide> builtInVariations() {
        HiringGuide base = HiringGuides.seniorBackendEngineer();
        return in -> {
            int min = integers().between(1, 6).generate(in);
            return ((ImmutableHiringGuide) ImmutableHiringGuide.copyOf(base))
                    .withId(ids().generate(in))
                    .withTitle(texts().generate(in))
                    .withMaxTouchpoints(Integer.MAX_VALUE)
                    .withMinTouchpoints(min)
                    .withMaxTouchpoints(min + integers().between(0, 4).generate(in))
                    .withCoreSkills(prefix(base.coreSkills(), in))
                    .withSoftSkills(prefix(base.softSkills(), in))
                    .withScreeningStages(prefix(base.screeningStages(), in))
                    .withRejectionReasons(
                            extended(base.rejectionReasons(), rejectionReasons(), RejectionReason::id, in))
                    .withRedFlags(extended(base.redFlags(), redFlags(), RedFlag::id, in))
                    .withSourcingChannels(
                            extended(base.sourcingChannels(), sourcingChannels(), SourcingChannel::id, in))
                    .withSellingPoints(extended(base.sellingPoints(), sellingPoints(), SellingPoint::id, in));
        };
    }

    /** Duration ranges for about half of the stage kinds, each from 1 minute to 8 hours. */
    private static List<StageDuration> durationRanges(org.quicktheories.core.RandomnessSource in) {
        List<StageDuration> out = new ArrayList<>();
        for (StageKind kind : StageKind.values()) {
            if (integers().between(0, 1).generate(in) == 1) {
                int min = integers().between(1, 240).generate(in);
                int max = min + integers().between(0, 240).generate(in);
                out.add(StageDuration.of(kind, Duration.ofMinutes(min), Duration.ofMinutes(max)));
            }
        }
        return out;
    }

    /** Floors for about half of the criteria, at quarter steps from the lowest to the highest scale value. */
    private static List<CriterionFloor> floorsFor(
            List<String> criterionIds, RatingScale scale, org.quicktheories.core.RandomnessSource in) {
        int lowest = scale.lowest().value();
        int highest = scale.highest().value();
        List<CriterionFloor> out = new ArrayList<>();
        for (String id : criterionIds) {
            if (integers().between(0, 1).generate(in) == 1) {
                double floor =
                        lowest + (highest - lowest) * integers().between(0, 4).generate(in) / 4.0;
                out.add(CriterionFloor.of(id, floor));
            }
        }
        return out;
    }

    private static <T> List<T> prefix(List<T> items, org.quicktheories.core.RandomnessSource in) {
        return items.subList(0, integers().between(0, items.size()).generate(in));
    }

    private static <T> List<T> extended(
            List<T> items, Gen<T> more, Function<T, String> id, org.quicktheories.core.RandomnessSource in) {
        List<T> all = new ArrayList<>(prefix(items, in));
        all.addAll(lists().of(more).ofSizeBetween(0, 2).generate(in));
        return uniqueBy(all, id);
    }

    private static Gen<HiringGuide> generatedGuides() {
        return in -> {
            RatingScale scale = ratingScales().generate(in);
            List<String> levelIds = scale.levels().stream().map(RatingLevel::id).toList();
            List<RubricCriterion> criteria = uniqueBy(
                    lists().of(rubricCriteria(levelIds)).ofSizeBetween(1, 5).generate(in), RubricCriterion::id);
            List<String> criterionIds =
                    criteria.stream().map(RubricCriterion::id).toList();
            int min = integers().between(1, 6).generate(in);
            return HiringGuide.builder()
                    .id(ids().generate(in))
                    .title(texts().generate(in))
                    .source(texts().generate(in))
                    .seniority(Generate.enumValues(Seniority.class).generate(in))
                    .roleOverview(texts().generate(in))
                    .inPractice(texts().generate(in))
                    .addAllCoreSkills(uniqueBy(
                            lists().of(skills(SkillCategory.TECHNICAL))
                                    .ofSizeBetween(0, 4)
                                    .generate(in),
                            Skill::id))
                    .addAllSoftSkills(uniqueBy(
                            lists().of(skills(SkillCategory.SOFT))
                                    .ofSizeBetween(0, 3)
                                    .generate(in),
                            Skill::id))
                    .addAllJdGuidelines(uniqueBy(
                            lists().of(jdGuidelines()).ofSizeBetween(0, 3).generate(in), JdGuideline::id))
                    .addAllSourcingChannels(uniqueBy(
                            lists().of(sourcingChannels()).ofSizeBetween(0, 3).generate(in), SourcingChannel::id))
                    .addAllScreeningStages(
                            lists().of(interviewStages()).ofSizeBetween(0, 4).generate(in))
                    .minTouchpoints(min)
                    .maxTouchpoints(min + integers().between(0, 4).generate(in))
                    .addAllInterviewQuestions(uniqueBy(
                            lists().of(interviewQuestions(criterionIds))
                                    .ofSizeBetween(0, 3)
                                    .generate(in),
                            InterviewQuestion::id))
                    .addAllStageDurations(durationRanges(in))
                    .loopSize(
                            integers().between(0, 1).generate(in) == 1
                                    ? Optional.of(loopSizes().generate(in))
                                    : Optional.empty())
                    .ratingScale(scale)
                    .addAllRubricCriteria(criteria)
                    .addAllCriterionFloors(floorsFor(criterionIds, scale, in))
                    .minInterviewersPerRubric(integers().between(1, 5).generate(in))
                    .addAllRejectionReasons(uniqueBy(
                            lists().of(rejectionReasons()).ofSizeBetween(0, 3).generate(in), RejectionReason::id))
                    .addAllRedFlags(
                            uniqueBy(lists().of(redFlags()).ofSizeBetween(0, 3).generate(in), RedFlag::id))
                    .addAllSellingPoints(uniqueBy(
                            lists().of(sellingPoints()).ofSizeBetween(0, 3).generate(in), SellingPoint::id))
                    .onboardingPlan(onboardingPlans().generate(in))
                    .build();
        };
    }

    /**
     * Terms of a sourcing query: plain words, and terms with quotes, backslashes, inner spaces, parentheses, the
     * words AND/OR/NOT in any case, and non-ASCII letters. Never blank, never with surrounding whitespace or
     * control characters.
     */
    public static Gen<String> queryTerms() {
        Gen<String> fragment = Generate.frequency(
                org.quicktheories.api.Pair.of(
                        4, strings().betweenCodePoints('!', '~').ofLengthBetween(1, 6)),
                org.quicktheories.api.Pair.of(
                        3,
                        Generate.pick(List.of(
                                "\"", "\\", "\\\"", " ", "(", ")", "AND", "OR", "NOT", "and", "Or", "nOt", "C#",
                                "Node.js", "é", "İ", "ı", "😀", "\u00a0", "a b", "\"\""))),
                org.quicktheories.api.Pair.of(
                        1, strings().betweenCodePoints(0xA1, 0x2FF).ofLengthBetween(1, 3)));
        return lists().of(fragment).ofSizeBetween(1, 3).map(parts -> {
            String t = String.join("", parts).strip();
            return t.isEmpty() ? "x" : t;
        });
    }

    /** Sourcing keywords: query terms, sometimes padded with whitespace or holding a control character. */
    private static Gen<String> keywordTerms() {
        return Generate.frequency(
                org.quicktheories.api.Pair.of(
                        4,
                        Generate.pick(
                                List.of("Go", "Golang", "microservices", "grpc", "Kafka", "C#", "system design"))),
                org.quicktheories.api.Pair.of(4, queryTerms()),
                org.quicktheories.api.Pair.of(1, queryTerms().map(t -> " " + t + "\t")),
                org.quicktheories.api.Pair.of(1, Generate.pick(List.of("Go\u0000lang", "a\nb"))));
    }

    /** Boolean queries of 1 to 4 groups of 1 to 4 terms. */
    public static Gen<BooleanQuery> booleanQueries() {
        return lists().of(lists().of(queryTerms()).ofSizeBetween(1, 4))
                .ofSizeBetween(1, 4)
                .map(BooleanQuery::of);
    }
}
