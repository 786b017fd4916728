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
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the analytics commands as a real JPMS application in a child JVM, where missing {@code opens} of the analytics
 * packages (Jackson, Hibernate Validator) or a missing {@code requires} (CSV, Commons Statistics) would show.
 */
class AgreementModulePathTest {
    @TempDir
    Path dir;

    @Test
    void analyticsCommandsRunOnTheModulePath() throws Exception {
        Path ratings = Files.writeString(dir.resolve("r.csv"), AgreementCommandTest.WIKIPEDIA_ALPHA);
        Run a = run("agreement", "--metric", "krippendorff", "--level", "nominal", ratings.toString());
        assertThat(a.code).as(a.err).isZero();
        assertThat(a.out).contains("\"value\" : 0.691");

        Path summary = Files.writeString(dir.resolve("s.csv"), "group,applicants,selected\na,100,60\nb,100,45\n");
        Run i = run("impact", summary.toString());
        assertThat(i.code).as(i.err).isZero();
        assertThat(i.out).contains("\"fisherP\"", "\"fourFifthsViolation\" : true");

        Path cal = Files.writeString(dir.resolve("c.json"), """
                {"ratings": [{"interviewer": "a", "criterion": "x", "candidate": "c1", "score": 1},
                             {"interviewer": "b", "criterion": "x", "candidate": "c1", "score": 3}]}
                """);
        Run c = run("calibration", cal.toString());
        assertThat(c.code).as(c.err).isZero();
        assertThat(c.out).contains("\"sigma\" : \"sample\"");

        Path events = Files.writeString(
                dir.resolve("e.csv"),
                "candidate,stage,timestamp,source\nc1,applied,2026-01-01,x\nc1,hired,2026-01-05,x\n");
        Run f = run("funnel", events.toString());
        assertThat(f.code).as(f.err).isZero();
        assertThat(f.out).contains("\"timeToHire\"");

        Path bad = Files.writeString(dir.resolve("b.csv"), "unit,a,b\n1,1\n");
        Run b = run("agreement", "--metric", "fleiss", bad.toString());
        assertThat(b.code).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(b.err).contains("row 1").doesNotContain("Exception");
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
