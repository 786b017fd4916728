package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.rubric.HiringPolicies;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code hiring decide} and {@code hiring policy show} as a real JPMS application in a child JVM, where a missing
 * {@code opens} of the rubric packages (Jackson reading records and polymorphic rules, Hibernate Validator) would
 * show.
 */
class DecideModulePathTest {
    @TempDir
    Path dir;

    @Test
    void decideAndPolicyShowRunOnTheModulePath() throws Exception {
        Path loop = Files.writeString(dir.resolve("loop.json"), DecideCommandTest.FULL_LOOP);
        Run d = run("decide", "--format", "json", loop.toString());
        assertThat(d.code).as(d.err).isZero();
        assertThat(d.out)
                .contains(
                        "\"outcome\" : \"HIRE\"",
                        HiringPolicies.seniorBackendEngineer().hash());

        Path policy = Files.writeString(
                dir.resolve("p.json"), HiringPolicies.seniorBackendEngineer().toJson());
        Run p = run("policy", "show", policy.toString());
        assertThat(p.code).as(p.err).isZero();
        assertThat(p.out).isEqualTo(HiringPolicies.seniorBackendEngineer().toJson() + System.lineSeparator());

        Path gh = Files.writeString(dir.resolve("gh.json"), """
                {"candidate_id": 5, "interviewer": {"id": 1}, "overall_recommendation": "yes",
                 "attributes": [{"name": "System Design", "rating": "strong_yes"}]}""");
        Path mapping =
                Files.writeString(dir.resolve("m.json"), "{\"criteria\": {\"System Design\": \"system-design\"}}");
        Run g = run("decide", "--from", "greenhouse", "--mapping", mapping.toString(), gh.toString());
        assertThat(g.code).as(g.err).isZero();
        assertThat(g.out).startsWith("candidate 5: MORE_EVIDENCE_NEEDED");

        Run bad = run("decide", "--policy", dir.resolve("missing.json").toString(), loop.toString());
        assertThat(bad.code).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(bad.err).doesNotContain("Exception");
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-p");
        cmd.add(String.join(File.pathSeparator, modulePath()));
        cmd.add("-m");
        cmd.add("dev.hiring.cli/dev.hiring.cli.HiringCli");
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }

    /** The test JVM's module and class path without the test-only jars. */
    private static Set<String> modulePath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
            for (String entry : System.getProperty(property, "").split(File.pathSeparator)) {
                String name =
                        entry.isBlank() ? "" : Path.of(entry).getFileName().toString();
                if (!entry.isBlank()
                        && !entry.contains("test-classes")
                        && !name.startsWith("junit-")
                        && !name.startsWith("assertj-")
                        && !name.startsWith("quicktheories-")
                        && !name.startsWith("opentest4j-")
                        && !name.startsWith("apiguardian-")
                        && !name.startsWith("surefire")
                        && !name.startsWith("common-java5")
                        && !name.startsWith("common-junit")
                        && !name.startsWith("byte-buddy")) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }
}
