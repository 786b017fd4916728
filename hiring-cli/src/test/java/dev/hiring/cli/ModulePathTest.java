package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the command line as a real JPMS application ({@code java -p … -m dev.hiring.cli/…}) in a child JVM. Surefire
 * patches tests into the module and so hides missing {@code opens} (Jackson, Hibernate Validator, picocli) and
 * {@code requires jakarta.el}; this test does not.
 */
class ModulePathTest {
    @Test
    void guideRunsOnTheModulePath() throws Exception {
        Process p = start("guide", "--format", "json");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as("stderr: %s", err).isZero();
        assertThat(out).contains("\"coreSkills\"", "\"rubricCriteria\"", "\"screeningStages\"");
    }

    @Test
    void validationErrorsWorkOnTheModulePath() throws Exception {
        Path role = Files.createTempFile("role", ".json");
        Files.writeString(role, SourcingCommandTest.ROLE.replace("\"Mentor two engineers\"", "\"\""));
        try {
            Process p = start("sourcing", "query", role.toString());
            p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(p.exitValue()).isEqualTo(HiringCli.BAD_INPUT);
            assertThat(err).contains("responsibilities[2]: must not be blank").doesNotContain("Exception");
        } finally {
            Files.deleteIfExists(role);
        }
    }

    private static Process start(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-p");
        cmd.add(String.join(File.pathSeparator, modulePath()));
        cmd.add("-m");
        cmd.add("dev.hiring.cli/dev.hiring.cli.HiringCli");
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).start();
    }

    /** The main classes and runtime dependencies of the CLI: the test's paths without test-only entries. */
    private static Set<String> modulePath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(property, "");
            for (String entry : value.split(File.pathSeparator)) {
                if (!entry.isBlank() && isRuntime(entry)) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private static boolean isRuntime(String entry) {
        String name = Path.of(entry).getFileName().toString();
        return !entry.contains("test-classes")
                && !name.startsWith("junit-")
                && !name.startsWith("assertj-")
                && !name.startsWith("quicktheories-")
                && !name.startsWith("opentest4j-")
                && !name.startsWith("apiguardian-")
                && !name.startsWith("surefire")
                && !name.startsWith("common-java5")
                && !name.startsWith("common-junit")
                && !name.startsWith("byte-buddy");
    }
}
