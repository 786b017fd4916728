package dev.hiring.jdlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.jdlint.Finding;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.LintConfig;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.spi.JdRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules exactly at and one past their thresholds, with the exact message text (surviving PIT boundary
 * mutants in job-title, years-as-sole-filter, measurable-outcomes, team-structure and
 * separate-responsibilities-requirements).
 */
class RuleThresholdBoundaryTest {

    private static List<Finding> lint(JdRule rule, String text) {
        return lint(rule, LintConfig.defaults(), text);
    }

    private static List<Finding> lint(JdRule rule, LintConfig config, String text) {
        Linter linter = Linter.builder()
                .rules(List.of(rule))
                .config(config)
                .clock(RuleTester.CLOCK)
                .build();
        return linter.lint(text, InputFormat.MARKDOWN).findings();
    }

    private static List<String> messages(JdRule rule, String text) {
        return lint(rule, text).stream().map(Finding::message).toList();
    }

    private static List<String> ids(JdRule rule, String text) {
        return lint(rule, text).stream().map(Finding::messageId).toList();
    }

    // job-title

    @Test
    void titleOfExactlySixtyCharactersPassesAndSixtyOneIsTooLong() {
        String sixty = "Engineer" + "s".repeat(52);
        assertThat(sixty).hasSize(60);
        assertThat(ids(new JobTitleRule(), "# " + sixty + "\n\nText.")).isEmpty();
        assertThat(messages(new JobTitleRule(), "# " + sixty + "s\n\nText."))
                .containsExactly("The title is 61 characters long (more than 60)");
    }

    @Test
    void titleLengthOptionIsHonouredAtItsBoundary() {
        LintConfig config = LintConfig.parse("{\"rules\": {\"job-title\": {\"options\": {\"maxLength\": 8}}}}");
        assertThat(lint(new JobTitleRule(), config, "# Engineer\n\nText.")).isEmpty();
        assertThat(lint(new JobTitleRule(), config, "# Engineers\n\nText."))
                .extracting(Finding::message)
                .containsExactly("The title is 9 characters long (more than 8)");
    }

    @Test
    void allCapsNeedsTwoWordsOfAtLeastThreeCapitalsAndNoLowerCase() {
        assertThat(ids(new JobTitleRule(), "# SRE API\n\nText.")).containsExactly("all-caps");
        assertThat(ids(new JobTitleRule(), "# SRE\n\nText.")).isEmpty();
        assertThat(ids(new JobTitleRule(), "# SR API\n\nText.")).isEmpty();
        assertThat(ids(new JobTitleRule(), "# SRE API team\n\nText.")).isEmpty();
        assertThat(ids(new JobTitleRule(), "# SRE API Lead\n\nText.")).isEmpty();
    }

    @Test
    void exclamationIsReportedAtTheMark() {
        List<Finding> f = lint(new JobTitleRule(), "# Hello! Engineer\n\nText.");
        assertThat(f).extracting(Finding::messageId).containsExactly("exclamation");
        assertThat(f.get(0).line()).isEqualTo(1);
        assertThat(f.get(0).column()).isEqualTo(8);
        assertThat(f.get(0).match()).isEqualTo("!");
    }

    @Test
    void buzzwordMessageQuotesTheOriginalText() {
        assertThat(messages(new JobTitleRule(), "# Rockstar Engineer\n\nText."))
                .containsExactly("The title contains the buzzword \"Rockstar\"");
    }

    // years-as-sole-filter (clock year 2026)

    @Test
    void yearsFromOneToSixtyCountAndZeroOrSixtyOneDoNot() {
        JdRule rule = new YearsAsSoleFilterRule();
        assertThat(ids(rule, "- 60 years of experience in teams\n")).containsExactly("sole-filter");
        assertThat(ids(rule, "- 61 years of experience in teams\n")).isEmpty();
        assertThat(ids(rule, "- 1 year of experience in teams\n")).containsExactly("sole-filter");
        assertThat(ids(rule, "- 0 years of experience in teams\n")).isEmpty();
        assertThat(messages(rule, "- 5+ years of industry experience\n"))
                .containsExactly(
                        "\"5+ years\" is a years-only requirement: say what the candidate has done (impact, scale, outcomes)");
    }

    @Test
    void yearsEqualToTheTechnologysAgePassAndOneMoreExceedsIt() {
        // Kubernetes was first released in 2014: 2026 - 2014 = 12 years old.
        JdRule rule = new YearsAsSoleFilterRule();
        assertThat(ids(rule, "- 12 years of experience with Kubernetes, having built clusters\n"))
                .isEmpty();
        assertThat(messages(rule, "- 13 years of experience with Kubernetes, having built clusters\n"))
                .containsExactly(
                        "13 years of Kubernetes asked, but Kubernetes is only 12 years old (first released 2014)");
    }

    @Test
    void yearsAndExperienceMustShareTheSentence() {
        JdRule rule = new YearsAsSoleFilterRule();
        assertThat(ids(rule, "We are 5. Years of experience do not matter.\n")).isEmpty();
        assertThat(ids(rule, "- 5 apples of experience with Java\n")).isEmpty();
        // one finding per sentence, even with two years phrases in it
        assertThat(ids(rule, "- 5 years of industry experience or 3 years of professional experience\n"))
                .containsExactly("sole-filter");
    }

    // measurable-outcomes

    @Test
    void unitCountsUpToTwoWordsAfterTheNumber() {
        JdRule rule = new MeasurableOutcomesRule();
        String title = "# Backend Engineer\n\n";
        assertThat(ids(rule, title + "We serve 2 loyal customers.\n")).isEmpty();
        assertThat(ids(rule, title + "We serve 2 happy loyal customers.\n")).containsExactly("missing");
        assertThat(ids(rule, title + "We have 2. Customers love us.\n")).containsExactly("missing");
        assertThat(ids(rule, title + "We have 3 years of customers.\n")).containsExactly("missing");
    }

    @Test
    void numberSuffixesAndPercentCountButCurrencyDoesNot() {
        JdRule rule = new MeasurableOutcomesRule();
        String title = "# Backend Engineer\n\n";
        assertThat(ids(rule, title + "Make it 10x faster.\n")).isEmpty();
        assertThat(ids(rule, title + "Handle 10k at once.\n")).isEmpty();
        assertThat(ids(rule, title + "Grow 40% this year.\n")).isEmpty();
        assertThat(ids(rule, title + "Handle 10y at once.\n")).containsExactly("missing");
        assertThat(ids(rule, title + "Earn €5 customers.\n")).containsExactly("missing");
        assertThat(messages(rule, title + "Be fast.\n"))
                .containsExactly(
                        "No measurable outcome: state scale, traffic or a latency target with a number and unit");
    }

    // team-structure

    @Test
    void teamNounCountsUpToThreeWordsAfterTheNumber() {
        JdRule rule = new TeamStructureRule();
        String title = "# Backend Engineer\n\n";
        assertThat(ids(rule, title + "You join 6 senior backend engineers.\n")).isEmpty();
        assertThat(ids(rule, title + "You join 6 very senior backend engineers.\n"))
                .containsExactly("missing");
        assertThat(ids(rule, title + "You join two engineers.\n")).isEmpty();
        assertThat(ids(rule, title + "We have 6. Engineers like it.\n")).containsExactly("missing");
        // "a"/"an" are not a team size
        assertThat(ids(rule, title + "You join a few engineers.\n")).containsExactly("missing");
    }

    // separate-responsibilities-requirements

    @Test
    void listsOfFewerThanThreeItemsAreNotChecked() {
        JdRule rule = new SeparateResponsibilitiesRequirementsRule();
        assertThat(ids(rule, "- Design the API\n- Experience with Java\n")).isEmpty();
        assertThat(messages(rule, "- Design the API\n- Own the service\n- Experience with Java\n"))
                .containsExactly(
                        "This list mixes 2 duties and 1 qualifications: split responsibilities from requirements");
    }

    @Test
    void theMinorityMustBeAtLeastAQuarterOfTheList() {
        JdRule rule = new SeparateResponsibilitiesRequirementsRule();
        // 1 qualification in 4 items: 1 * 4 >= 4
        assertThat(messages(rule, "- Design the API\n- Own the service\n- Mentor engineers\n- Experience with Java\n"))
                .containsExactly(
                        "This list mixes 3 duties and 1 qualifications: split responsibilities from requirements");
        // 1 qualification in 5 items: 1 * 4 < 5
        assertThat(ids(rule, """
                                - Design the API
                                - Own the service
                                - Mentor engineers
                                - Lead reviews
                                - Experience with Java
                                """)).isEmpty();
    }
}
