package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.jackson.HiringJackson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImpactCommandTest {
    @TempDir
    Path dir;

    private JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return HiringJackson.mapper().readTree(run.out());
    }

    @Test
    void summaryCsv() throws Exception {
        Path f = Files.writeString(dir.resolve("s.csv"), "group,applicants,selected\nmen,100,60\nwomen,100,45\n");
        JsonNode r = json(CliRun.of("impact", f.toString()));
        assertThat(r.get("rate").asText()).isEqualTo("selection");
        assertThat(r.get("reference").asText()).isEqualTo("men");
        assertThat(r.get("unknown").asLong()).isZero();
        JsonNode women = r.get("groups").get(1);
        assertThat(women.get("group").asText()).isEqualTo("women");
        assertThat(women.get("impactRatio").asDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(women.get("fourFifthsViolation").asBoolean()).isTrue();
        assertThat(women.get("fisherP").asDouble()).isBetween(0.0, 1.0);
        assertThat(women.get("z").asDouble()).isNegative();
        assertThat(women.get("under2Percent").asBoolean()).isFalse();
    }

    @Test
    void individualsWithIntersectionsAndScores() throws Exception {
        Path f = Files.writeString(dir.resolve("i.csv"), """
                        sex,race,score,selected
                        Male,White,10,1
                        Male,Asian,20,0
                        Female,White,30,1
                        Female,Asian,40,1
                        ,White,50,0
                        """);
        JsonNode sel =
                json(CliRun.of("impact", "--group", "sex", "--group", "race", "--selected", "selected", f.toString()));
        assertThat(sel.get("unknown").asLong()).isEqualTo(1);
        assertThat(sel.get("groups")).hasSize(4);
        assertThat(sel.get("groups").get(0).get("group").asText()).isEqualTo("Female / Asian");
        JsonNode sc = json(CliRun.of("impact", "--group", "sex", "--score", "score", f.toString()));
        assertThat(sc.get("rate").asText()).isEqualTo("scoring");
        assertThat(sc.get("median").asDouble()).isEqualTo(30.0);
    }

    @Test
    void usageAndInputErrors() throws Exception {
        Path f = Files.writeString(dir.resolve("s.csv"), "group,applicants,selected\nmen,100,60\nwomen,0,0\n");
        CliRun zero = CliRun.of("impact", f.toString());
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).startsWith("hiring impact: ").contains("row 2, column 'applicants'");

        CliRun both = CliRun.of("impact", "--group", "sex", "--selected", "a", "--score", "b", f.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");

        CliRun noOutcome = CliRun.of("impact", "--group", "sex", f.toString());
        assertThat(noOutcome.exitCode()).isEqualTo(2);

        Path bad = Files.writeString(dir.resolve("b.csv"), "sex,selected\nMale,1\nFemale,perhaps\n");
        CliRun flag = CliRun.of("impact", "--group", "sex", "--selected", "selected", bad.toString());
        assertThat(flag.exitCode()).isEqualTo(2);
        assertThat(flag.err()).contains("row 2, column 'selected'");
    }
}
