package dev.hiring.jdlint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.HiringException;
import dev.hiring.core.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigSuppressionBaselineTest {
    private static final String TEXT = """
            # Backend Engineer

            We want a rockstar. You will hit the ground running.

            Salary: competitive.
            """;

    private static List<String> ids(LintReport r) {
        return r.findings().stream().map(Finding::ruleId).distinct().sorted().toList();
    }

    @Test
    void configTurnsRulesOffAndOverridesSeverity() {
        LintConfig cfg = LintConfig.parse("""
                {"rules": {"length": "off", "no-buzzwords": "suggestion",
                           "tech-laundry-list": {"severity": "warning", "options": {"maxTotal": 3}}}}""");
        LintReport r = Linter.builder().config(cfg).build().lint(TEXT, InputFormat.MARKDOWN);
        assertThat(ids(r)).doesNotContain("length").contains("no-buzzwords");
        assertThat(r.findings())
                .filteredOn(f -> f.ruleId().equals("no-buzzwords"))
                .allMatch(f -> f.severity() == Severity.SUGGESTION);
    }

    @Test
    void configAddsAndRemovesWords() {
        LintConfig cfg = LintConfig.parse("""
                {"words": {"buzzwords": {"add": ["code monkey"], "remove": ["rockstar"]}}}""");
        LintReport r =
                Linter.builder().config(cfg).build().lint("We want a rockstar code monkey.", InputFormat.MARKDOWN);
        assertThat(r.findings())
                .filteredOn(f -> f.ruleId().equals("no-buzzwords"))
                .extracting(Finding::match)
                .containsExactly("code monkey");
    }

    @Test
    void badConfigurationsAreTypedErrorsNamingThePath() {
        assertThatThrownBy(() -> LintConfig.parse("{\"rulez\": {}}"))
                .isInstanceOf(HiringException.class)
                .hasMessageContaining("$.rulez");
        assertThatThrownBy(() -> LintConfig.parse("{\"rules\": {\"length\": \"loud\"}}"))
                .isInstanceOf(HiringException.class)
                .hasMessageContaining("$.rules.length");
        assertThatThrownBy(() -> LintConfig.parse("{\"words\": {\"nope\": {\"add\": [\"x\"]}}}"))
                .isInstanceOf(HiringException.class)
                .hasMessageContaining("$.words.nope");
        assertThatThrownBy(() -> LintConfig.parse("not json")).isInstanceOf(HiringException.class);
        assertThatThrownBy(() -> Linter.builder()
                        .config(LintConfig.parse("{\"rules\": {\"no-such-rule\": \"off\"}}"))
                        .build())
                .isInstanceOf(HiringException.class)
                .hasMessageContaining("no-such-rule");
        Linter bad = Linter.builder()
                .config(LintConfig.parse("{\"rules\": {\"length\": {\"options\": {\"minimum\": 3}}}}"))
                .build();
        assertThatThrownBy(() -> bad.lint(TEXT, InputFormat.MARKDOWN))
                .isInstanceOf(HiringException.class)
                .hasMessageContaining("length")
                .hasMessageContaining("minimum");
    }

    @Test
    void inlineCommentsSuppressNamedRules() {
        Linter l = Linter.builder().build();
        LintReport plain = l.lint(TEXT, InputFormat.MARKDOWN);
        LintReport off = l.lint("<!-- hiring-lint-disable no-buzzwords -->\n" + TEXT, InputFormat.MARKDOWN);
        assertThat(ids(off)).doesNotContain("no-buzzwords");
        assertThat(off.suppressed()).isNotEmpty().allMatch(f -> f.ruleId().equals("no-buzzwords"));
        assertThat(ids(off))
                .containsExactlyElementsOf(ids(plain).stream()
                        .filter(id -> !id.equals("no-buzzwords"))
                        .toList());

        String nextLine = """
                # Backend Engineer

                <!-- hiring-lint-disable-next-line no-buzzwords -->
                A rockstar.

                A ninja.
                """;
        LintReport r = l.lint(nextLine, InputFormat.MARKDOWN);
        assertThat(r.findings())
                .filteredOn(f -> f.ruleId().equals("no-buzzwords"))
                .extracting(Finding::match)
                .containsExactly("ninja");

        String region = """
                # Backend Engineer

                <!-- hiring-lint-disable -->
                A rockstar.
                <!-- hiring-lint-enable -->

                A ninja.
                """;
        r = l.lint(region, InputFormat.MARKDOWN);
        assertThat(r.findings())
                .filteredOn(f -> f.ruleId().equals("no-buzzwords"))
                .extracting(Finding::match)
                .containsExactly("ninja");
    }

    @Test
    void baselineAcceptsExistingFindingsByFingerprint() {
        Linter l = Linter.builder().build();
        FileResult before = new FileResult("jd.md", l.lint(TEXT, InputFormat.MARKDOWN));
        Baseline b = Baseline.parse(Baseline.of(List.of(before)).toJson());
        // an edit above shifts lines but keeps the fingerprints; a new buzzword is new
        String edited = TEXT.replace("# Backend Engineer\n", "# Backend Engineer\n\nIntro line.\n") + "\nA ninja.\n";
        FileResult after = b.filter(new FileResult("jd.md", l.lint(edited, InputFormat.MARKDOWN)));
        assertThat(after.report().findings())
                .extracting(Finding::match)
                .contains("ninja")
                .doesNotContain("rockstar");
        assertThat(b.filter(new FileResult("other.md", before.report()))
                        .report()
                        .findings())
                .hasSameSizeAs(before.report().findings());
        assertThatThrownBy(() -> Baseline.parse("{\"version\": 2, \"files\": {}}"))
                .isInstanceOf(HiringException.class);
    }
}
