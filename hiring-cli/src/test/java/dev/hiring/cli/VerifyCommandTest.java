package dev.hiring.cli;

import static dev.hiring.cli.DecideCommandTest.FULL_LOOP;
import static dev.hiring.cli.DecideCommandTest.SECRET;
import static dev.hiring.cli.DecideCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.cli.DecideCommandTest.Run;
import dev.hiring.rubric.HiringPolicies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
    @TempDir
    Path dir;

    Path loop;
    Path record;

    @BeforeEach
    void decideWithRecord() throws IOException {
        loop = write("loop.json", FULL_LOOP);
        Run r = run("decide", "--record", loop.toString());
        assertThat(r.code()).isZero();
        CliSchemas.assertValid("evaluation", FULL_LOOP);
        CliSchemas.assertValid("decision-record", r.out());
        assertThat(r.out())
                .startsWith("{\n  \"decidedAt\" : \"")
                .contains("\"inputDigest\" : \"sha256:", "\"decision\" : {", "\"overrides\" : [ ]")
                .doesNotContain(SECRET);
        record = write("record.json", r.out());
    }

    @Test
    void anUnchangedRecordHolds() {
        Run r = run("verify", record.toString(), "--policy", "senior-backend-engineer", loop.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("record holds: policy senior-backend-engineer v1 decides HIRE");

        Run json = run("verify", "--format", "json", record.toString(), loop.toString());
        assertThat(json.code()).isZero();
        assertThat(json.out()).contains("\"holds\" : true", "\"mismatches\" : [ ]");
    }

    @Test
    void aChangedRatingIsFound() throws IOException {
        Path changed = write("changed.json", FULL_LOOP.replace("\"system-design\":\"exceeds\"", "\"system-design\":1"));
        Run r = run("verify", record.toString(), changed.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out())
                .startsWith("record does not hold: ")
                .contains("  inputDigest: the record's input has digest sha256:")
                .contains("  decision.score: ")
                .doesNotContain(SECRET);
    }

    @Test
    void aChangedPolicyParameterIsFound() throws IOException {
        String policy = HiringPolicies.seniorBackendEngineer().toJson();
        assertThat(policy).contains("\"maxSpread\" : 1");
        Path stricter = write("stricter.json", policy.replace("\"maxSpread\" : 1", "\"maxSpread\" : 0"));
        Run r = run("verify", record.toString(), "--policy", stricter.toString(), loop.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("  policy.hash: the record names sha256:").contains("(the policy changed");
    }

    @Test
    void anEditedOutcomeIsFound() throws IOException {
        String json = Files.readString(record);
        assertThat(json).contains("\"outcome\" : \"HIRE\"");
        Path edited = write("edited.json", json.replace("\"outcome\" : \"HIRE\"", "\"outcome\" : \"NO_HIRE\""));
        Run r = run("verify", edited.toString(), loop.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("""
                        record does not hold: 1 mismatch
                          decision.outcome: the record says NO_HIRE, the policy decides HIRE
                        """);
    }

    @Test
    void aRecordOfTheWrongShapeIsBadInput() throws IOException {
        String json = Files.readString(record);
        Path broken = write("broken.json", json.replaceFirst("\"inputDigest\" : \"[^\"]+\",", ""));
        Run r = run("verify", broken.toString(), loop.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("broken.json").contains("$.inputDigest: is required");
    }

    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }
}
