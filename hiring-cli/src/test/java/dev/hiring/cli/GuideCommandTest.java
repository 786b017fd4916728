package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.HiringGuide;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.core.json.HiringJson;
import org.junit.jupiter.api.Test;

class GuideCommandTest {
    @Test
    void jsonHasTheGuideSectionsWithTheirCounts() throws Exception {
        CliRun run = CliRun.of("guide", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = HiringJackson.mapper().readTree(run.out());
        assertThat(json.get("coreSkills").size()).isEqualTo(10);
        assertThat(json.get("softSkills").size()).isEqualTo(5);
        assertThat(json.get("rubricCriteria").size()).isEqualTo(5);
        assertThat(json.get("rejectionReasons").size()).isEqualTo(6);
        assertThat(json.get("redFlags").size()).isEqualTo(5);
        assertThat(json.get("interviewQuestions").size()).isEqualTo(5);
        assertThat(json.get("screeningStages").size()).isEqualTo(7);
    }

    @Test
    void jsonReadsBackAsTheBuiltInGuide() {
        CliRun run = CliRun.of("guide", "--format", "json");

        assertThat(HiringJson.read(run.out(), HiringGuide.class)).isEqualTo(HiringGuides.seniorBackendEngineer());
    }

    @Test
    void markdownIsTheDefaultAndCoversEverySection() {
        CliRun run = CliRun.of("guide");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("# Senior Backend Engineer Hiring Guide")
                .contains(
                        "## Core skills",
                        "## Soft skills",
                        "## Job description do's and don'ts",
                        "## Sourcing channels",
                        "## Screening process",
                        "## Top interview questions",
                        "## Rubric",
                        "## Rejection reasons",
                        "## Red flags",
                        "## Selling the role",
                        "## Onboarding")
                .contains("Technical Screen** (45 min–1 h)")
                .contains("| System Design | 2.0 |");
    }

    @Test
    void unknownFormatIsAUsageErrorOnOneLineWithAHint() {
        CliRun run = CliRun.of("guide", "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err())
                .startsWith("hiring guide: Invalid value for option '--format'")
                .endsWith("(see 'hiring guide --help')" + System.lineSeparator());
    }

    @Test
    void unknownGuideIdIsBadInput() {
        CliRun run = CliRun.of("guide", "--id", "chief-vibes-officer");

        assertThat(run.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(run.err()).contains("no built-in guide with id 'chief-vibes-officer'");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(run.err()).contains("a command is required");
    }

    @Test
    void versionNamesTheBuild() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("hiring 0.1.0");
    }
}
