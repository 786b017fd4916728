package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
        CliRun a = ModulePath.run("agreement", "--metric", "krippendorff", "--level", "nominal", ratings.toString());
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(a.out()).contains("\"value\" : 0.691");

        Path summary = Files.writeString(dir.resolve("s.csv"), "group,applicants,selected\na,100,60\nb,100,45\n");
        CliRun i = ModulePath.run("impact", summary.toString());
        assertThat(i.exitCode()).as(i.err()).isZero();
        assertThat(i.out()).contains("\"fisherP\"", "\"fourFifthsViolation\" : true");

        Path cal = Files.writeString(dir.resolve("c.json"), """
                {"ratings": [{"interviewer": "a", "criterion": "x", "candidate": "c1", "score": 1},
                             {"interviewer": "b", "criterion": "x", "candidate": "c1", "score": 3}]}
                """);
        CliRun c = ModulePath.run("calibration", cal.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("\"sigma\" : \"sample\"");

        Path events = Files.writeString(
                dir.resolve("e.csv"),
                "candidate,stage,timestamp,source\nc1,applied,2026-01-01,x\nc1,hired,2026-01-05,x\n");
        CliRun f = ModulePath.run("funnel", events.toString());
        assertThat(f.exitCode()).as(f.err()).isZero();
        assertThat(f.out()).contains("\"timeToHire\"");

        Path bad = Files.writeString(dir.resolve("b.csv"), "unit,a,b\n1,1\n");
        CliRun b = ModulePath.run("agreement", "--metric", "fleiss", bad.toString());
        assertThat(b.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(b.err()).contains("row 1").doesNotContain("Exception");
    }
}
