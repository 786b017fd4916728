package dev.hiring.jdlint.rules;

import dev.hiring.jdlint.spi.JdRule;
import java.util.List;

/**
 * The built-in rules, as an explicit list sorted by id. Whether a rule runs by default is decided here, not in
 * the rule: every built-in rule is on by default.
 */
public final class BuiltInRules {
    private static final List<JdRule> ALL = List.of(
            new CandidateFocusRule(),
            new CompensationBandRule(),
            new ExclusionaryLanguageRule(),
            new GenderCodedLanguageRule(),
            new InterviewProcessRule(),
            new InterviewTimelineRule(),
            new JobTitleRule(),
            new LengthRule(),
            new MeasurableOutcomesRule(),
            new NoBuzzwordsRule(),
            new PayTransparencyRule(),
            new PerksOverSubstanceRule(),
            new RequiredVsNiceToHaveRule(),
            new ResponsibilitiesCountRule(),
            new SalaryHistoryRule(),
            new SeparateResponsibilitiesRequirementsRule(),
            new TeamStructureRule(),
            new TechLaundryListRule(),
            new TimeZoneRule(),
            new WorkArrangementRule(),
            new YearsAsSoleFilterRule());

    private BuiltInRules() {}

    /** Every built-in rule, sorted by id. */
    public static List<JdRule> all() {
        return ALL;
    }

    /** The rules that run by default, sorted by id. */
    public static List<JdRule> defaults() {
        return ALL;
    }
}
