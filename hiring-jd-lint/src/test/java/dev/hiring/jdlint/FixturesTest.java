package dev.hiring.jdlint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionKind;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FixturesTest {
    private final Linter linter = Linter.builder().build();

    @Test
    void goodPostingHasNoFindingAtWarningOrAbove() throws IOException {
        String text = Files.readString(SharedData.shared("fixtures/jd/good-senior-backend.md"));
        LintReport r = linter.lint(text, InputFormat.MARKDOWN);
        assertThat(r.findings())
                .filteredOn(f -> f.severity().isAtLeast(Severity.WARNING))
                .isEmpty();
        assertThat(r.score()).isGreaterThanOrEqualTo(90);
        assertThat(r.sections())
                .extracting(Section::kind)
                .contains(
                        SectionKind.RESPONSIBILITIES,
                        SectionKind.REQUIREMENTS,
                        SectionKind.NICE_TO_HAVE,
                        SectionKind.PROCESS,
                        SectionKind.BENEFITS,
                        SectionKind.LOCATION,
                        SectionKind.COMPENSATION);
    }

    @Test
    void badPostingBreaksEveryGuideRowItBreaks() throws IOException {
        String text = Files.readString(SharedData.shared("fixtures/jd/bad-senior-backend.md"));
        LintReport r = linter.lint(text, InputFormat.MARKDOWN);
        Set<String> rules = new TreeSet<>();
        Set<String> guideRows = new TreeSet<>();
        for (Finding f : r.findings()) {
            rules.add(f.ruleId());
            guideRows.add(f.guideRef());
        }
        assertThat(rules)
                .contains(
                        "no-buzzwords",
                        "perks-over-substance",
                        "years-as-sole-filter",
                        "tech-laundry-list",
                        "compensation-band",
                        "interview-timeline",
                        "interview-process",
                        "work-arrangement",
                        "responsibilities-count",
                        "measurable-outcomes",
                        "team-structure",
                        "separate-responsibilities-requirements",
                        "required-vs-nice-to-have",
                        "job-title",
                        "candidate-focus");
        assertThat(guideRows)
                .contains("responsibilities", "requirements", "outcomes-and-team", "logistics", "structure");
        assertThat(r.findings())
                .filteredOn(f -> f.ruleId().equals("no-buzzwords"))
                .extracting(Finding::match)
                .contains(
                        "Rockstar", "Ninja", "fast-paced", "self-starter", "hit the ground running", "wear many hats");
        assertThat(r.score()).isLessThan(20);
    }
}
