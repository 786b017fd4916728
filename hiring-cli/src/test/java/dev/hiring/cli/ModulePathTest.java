package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The core commands and {@code hiring lint} as a real JPMS application; see {@link ModulePath}. */
class ModulePathTest {
    @Test
    void guideRunsOnTheModulePath() throws Exception {
        CliRun run = ModulePath.run("guide", "--format", "json");

        assertThat(run.exitCode()).as("stderr: %s", run.err()).isZero();
        assertThat(run.out()).contains("\"coreSkills\"", "\"rubricCriteria\"", "\"screeningStages\"");
    }

    @Test
    void validationErrorsWorkOnTheModulePath() throws Exception {
        Path role = Files.createTempFile("role", ".json");
        Files.writeString(role, SourcingCommandTest.ROLE.replace("\"Mentor two engineers\"", "\"\""));
        try {
            CliRun run = ModulePath.run("sourcing", "query", role.toString());

            assertThat(run.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
            assertThat(run.err())
                    .contains("responsibilities[2]: must not be blank")
                    .doesNotContain("Exception");
        } finally {
            Files.deleteIfExists(role);
        }
    }

    @Test
    void lintRunsOnTheModulePathInEveryFormat() throws Exception {
        Path jd = Files.createTempFile("jd", ".md");
        Files.writeString(jd, "# Rockstar Ninja\n\nSalary: competitive.\n");
        try {
            for (String format : new String[] {"text", "json", "sarif"}) {
                CliRun run = ModulePath.run("lint", "--format", format, jd.toString());

                assertThat(run.exitCode()).as("%s: %s", format, run.err()).isEqualTo(HiringCli.FINDINGS);
                assertThat(run.out()).contains("no-buzzwords");
            }
        } finally {
            Files.deleteIfExists(jd);
        }
    }
}
