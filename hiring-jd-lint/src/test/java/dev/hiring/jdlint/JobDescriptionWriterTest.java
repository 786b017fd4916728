package dev.hiring.jdlint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.hiring.core.Severity;
import dev.hiring.core.validation.HiringValidator;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobDescriptionWriterTest {
    private static final Linter LINTER = Linter.builder().build();

    private static List<Finding> serious(String md) {
        return LINTER.lint(md, InputFormat.MARKDOWN).findings().stream()
                .filter(f -> f.severity().isAtLeast(Severity.WARNING))
                .toList();
    }

    @Test
    void everyValidGeneratedRoleRendersAJdWithoutWarningsOrErrors() {
        qt().withExamples(300)
                .forAll(JdLintGens.roles())
                .assuming(r -> HiringValidator.violations(r).isEmpty())
                .checkAssert(role -> {
                    String md = JobDescriptionWriter.toMarkdown(role);
                    assertThat(serious(md)).as("findings for%n%s", md).isEmpty();
                });
    }

    @Test
    void generatedRolesAreValid() {
        qt().withExamples(100)
                .forAll(JdLintGens.roles())
                .check(r -> HiringValidator.violations(r).isEmpty());
    }

    @Test
    void rendersTheStructureTheLinterReads() {
        dev.hiring.core.Role role = dev.hiring.core.Role.builder()
                .title("Backend Engineer")
                .seniority(dev.hiring.core.Seniority.SENIOR)
                .summary("You will own the payments API.")
                .addAllResponsibilities(JdLintGens.RESPONSIBILITIES.subList(0, 3))
                .addAllOutcomes(JdLintGens.OUTCOMES.subList(0, 1))
                .addSkills(dev.hiring.core.SkillRequirement.required("Java"))
                .addSkills(dev.hiring.core.SkillRequirement.niceToHave("Kafka"))
                .workArrangement(dev.hiring.core.WorkArrangement.of(dev.hiring.core.WorkMode.ONSITE, "Berlin"))
                .build();
        String md = JobDescriptionWriter.toMarkdown(role);
        assertThat(md)
                .startsWith("# Backend Engineer\n")
                .contains("## What you will do")
                .contains("## Nice to have");
        LintReport r = LINTER.lint(md, InputFormat.MARKDOWN);
        assertThat(r.sections())
                .extracting(Section::kind)
                .contains(
                        SectionKind.RESPONSIBILITIES,
                        SectionKind.REQUIREMENTS,
                        SectionKind.NICE_TO_HAVE,
                        SectionKind.LOCATION);

        assertThat(r.findings()).extracting(Finding::ruleId).contains("compensation-band", "interview-process");
    }
}
