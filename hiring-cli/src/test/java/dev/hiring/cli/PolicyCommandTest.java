package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.HiringPolicies;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {
    @TempDir
    Path dir;

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HiringCli.execute(out, err, args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void showsTheBuiltInPolicyAsJson() {
        String[] r = run("policy", "show");
        assertThat(r[0]).isEqualTo("0");
        CliSchemas.assertValid("policy", r[1]);
        assertThat(DecisionPolicy.parse(r[1])).isEqualTo(HiringPolicies.seniorBackendEngineer());
        assertThat(r[1]).contains("\"id\" : \"senior-backend-engineer\"", "\"type\" : \"min-interviewers\"");
        assertThat(run("policy", "show", "senior-backend-engineer")[1]).isEqualTo(r[1]);
    }

    @Test
    void showsAPolicyFileNormalized() throws IOException {
        String compact = HiringPolicies.seniorBackendEngineer().toCanonicalJson();
        Path f = dir.resolve("p.json");
        Files.writeString(f, compact);
        String[] r = run("policy", "show", f.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).isEqualTo(run("policy", "show")[1]);
    }

    @Test
    void invalidPolicyIsBadInputNamingTheField() throws IOException {
        Path f = dir.resolve("p.json");
        Files.writeString(f, HiringPolicies.seniorBackendEngineer().toJson().replace("\"min\" : 2", "\"min\" : 0"));
        String[] r = run("policy", "show", f.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).startsWith("hiring policy show: " + f).contains("min: must be at least 1, was 0");
        assertThat(run("policy", "show", "nope")[0]).isEqualTo("2");
        assertThat(run("policy")[0]).isEqualTo("2");
    }
}
