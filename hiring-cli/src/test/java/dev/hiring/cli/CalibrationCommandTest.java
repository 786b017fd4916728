package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.jackson.HiringJackson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationCommandTest {
    @TempDir
    Path dir;

    @Test
    void ratingsRecommendationsAndDecisions() throws Exception {
        Path f = Files.writeString(dir.resolve("c.json"), """
                {"minimumHistory": 2,
                 "ratings": [
                   {"interviewer": "ana", "criterion": "system-design", "candidate": "c1", "score": 3},
                   {"interviewer": "ana", "criterion": "system-design", "candidate": "c2", "score": 3},
                   {"interviewer": "bo", "criterion": "system-design", "candidate": "c1", "score": 1},
                   {"interviewer": "bo", "criterion": "system-design", "candidate": "c2", "score": 2}],
                 "recommendations": [{"interviewer": "ana", "candidate": "c1", "hire": true}],
                 "decisions": [{"candidate": "c1", "hired": true}]}
                """);
        CliRun run = CliRun.of("calibration", f.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = HiringJackson.mapper().readTree(run.out());
        assertThat(r.get("sigma").asText()).isEqualTo("sample");
        JsonNode ana = r.get("interviewers").get(0);
        assertThat(ana.get("interviewer").asText()).isEqualTo("ana");
        assertThat(ana.get("leniency").asDouble()).isCloseTo(3 - 2.25, within(1e-12));
        assertThat(ana.get("panelOffset").asDouble()).isCloseTo(1.5, within(1e-12));
        assertThat(r.get("recommendations").get(0).get("rate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void rubricEvaluations() throws Exception {
        Path f = Files.writeString(dir.resolve("e.json"), """
                {"minimumHistory": 1,
                 "evaluations": [{"candidate": "c1", "role": "senior-backend-engineer", "scorecards": [
                   {"candidate": "c1", "interviewer": "ana", "ratings": {"system-design": 3}, "recommendation": "HIRE"},
                   {"candidate": "c1", "interviewer": "bo", "ratings": {"system-design": 1},
                    "recommendation": "NO_HIRE"}]}],
                 "decisions": [{"candidate": "c1", "hired": true}]}
                """);
        CliRun run = CliRun.of("calibration", f.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = HiringJackson.mapper().readTree(run.out());
        assertThat(r.get("interviewers")).hasSize(2);
        assertThat(r.get("recommendations").get(0).get("rate").asDouble()).isEqualTo(1.0);
        assertThat(r.get("recommendations").get(1).get("rate").asDouble()).isEqualTo(0.0);
    }

    @Test
    void badInput() throws Exception {
        Path f = Files.writeString(dir.resolve("c.json"), "{\"ratings\": []}");
        CliRun run = CliRun.of("calibration", f.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("hiring calibration: ").contains("at least one rating");
        Path g = Files.writeString(dir.resolve("g.json"), "{\"ratingz\": []}");
        assertThat(CliRun.of("calibration", g.toString()).exitCode()).isEqualTo(2);
    }
}
