package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.rubric.HiringPolicies;
import java.nio.file.Files;
import java.nio.file.Path;
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
        CliRun d = ModulePath.run("decide", "--format", "json", loop.toString());
        assertThat(d.exitCode()).as(d.err()).isZero();
        CliSchemas.assertDecision(d.out());
        assertThat(d.out())
                .contains(
                        "\"outcome\" : \"HIRE\"",
                        HiringPolicies.seniorBackendEngineer().hash());

        Path policy = Files.writeString(
                dir.resolve("p.json"), HiringPolicies.seniorBackendEngineer().toJson());
        CliRun p = ModulePath.run("policy", "show", policy.toString());
        assertThat(p.exitCode()).as(p.err()).isZero();
        assertThat(p.out()).isEqualTo(HiringPolicies.seniorBackendEngineer().toJson() + System.lineSeparator());

        Path gh = Files.writeString(dir.resolve("gh.json"), """
                {"candidate_id": 5, "interviewer": {"id": 1}, "overall_recommendation": "yes",
                 "attributes": [{"name": "System Design", "rating": "strong_yes"}]}""");
        Path mapping =
                Files.writeString(dir.resolve("m.json"), "{\"criteria\": {\"System Design\": \"system-design\"}}");
        CliRun g = ModulePath.run("decide", "--from", "greenhouse", "--mapping", mapping.toString(), gh.toString());
        assertThat(g.exitCode()).as(g.err()).isZero();
        assertThat(g.out()).startsWith("candidate 5: MORE_EVIDENCE_NEEDED");

        CliRun bad =
                ModulePath.run("decide", "--policy", dir.resolve("missing.json").toString(), loop.toString());
        assertThat(bad.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(bad.err()).doesNotContain("Exception");
    }
}
