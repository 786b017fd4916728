package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.rubric.HiringPolicies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomRulePolicyTest {
    @TempDir
    Path dir;

    @Test
    void aPolicyNamingACustomRuleThatIsNotOnTheClassPathIsBadInputNamingTheId() throws IOException {
        Path policy = dir.resolve("acme.json");
        Files.writeString(
                policy,
                HiringPolicies.seniorBackendEngineer()
                        .toJson()
                        .replace(
                                "\"rules\" : [ {",
                                "\"rules\" : [ {\"type\": \"custom\", \"rule\": \"acme-security-interview\","
                                        + " \"version\": 1, \"parameters\": {\"criterion\": \"security-and-data\"}}, {"));
        Path loop = dir.resolve("loop.json");
        Files.writeString(loop, DecideCommandTest.FULL_LOOP);

        CliRun r = CliRun.of("decide", "--policy", policy.toString(), loop.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err())
                .contains("$.rules[0].rule: custom rule 'acme-security-interview' version 1 is not on the class path");
    }
}
