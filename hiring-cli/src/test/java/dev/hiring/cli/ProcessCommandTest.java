package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.jackson.HiringJackson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCommandTest {
    static final String GUIDE_PROCESS = """
            {
              "expectedDuration": "P21D",
              "stages": [
                {"kind": "RESUME_SCREEN"},
                {"kind": "RECRUITER_SCREEN", "duration": "PT30M"},
                {"kind": "TECHNICAL_SCREEN", "duration": "PT45M", "maxDuration": "PT1H"},
                {"kind": "TAKE_HOME", "duration": "PT3H", "maxDuration": "PT6H", "optional": true, "deadline": "P7D"},
                {"kind": "LOOP", "duration": "PT1H", "interviewCount": 3},
                {"kind": "HIRING_MANAGER_AND_PEER", "duration": "PT45M"},
                {"kind": "REFERENCE_CHECK"}
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theGuidesOwnProcessHasNoFinding() throws Exception {
        Path file = Files.writeString(dir.resolve("process.json"), GUIDE_PROCESS);

        CliRun run = CliRun.of("process", "check", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("0 findings, 5 candidate touchpoints");
    }

    @Test
    void sixTouchpointsAndALongScreenAreFindingsWithExitOne() throws Exception {
        Path file = Files.writeString(dir.resolve("process.json"), """
                {"stages": [
                  {"kind": "RECRUITER_SCREEN", "duration": "PT1H"},
                  {"kind": "TECHNICAL_SCREEN", "duration": "PT1H"},
                  {"kind": "TECHNICAL_SCREEN", "duration": "PT1H"},
                  {"kind": "TAKE_HOME", "duration": "PT10H", "optional": true},
                  {"kind": "LOOP", "duration": "PT1H", "interviewCount": 6},
                  {"kind": "HIRING_MANAGER_AND_PEER", "duration": "PT1H"}
                ]}
                """);

        CliRun run = CliRun.of("process", "check", "--format", "json", file.toString());

        assertThat(run.exitCode()).isEqualTo(HiringCli.FINDINGS);
        JsonNode json = HiringJackson.mapper().readTree(run.out());
        assertThat(json.get("touchpoints").asInt()).isEqualTo(6);
        assertThat(json.get("findings").findValuesAsText("checkId"))
                .contains(
                        "touchpoints",
                        "recruiter-screen-duration",
                        "take-home-duration",
                        "take-home-deadline",
                        "loop-size",
                        "timeline");
    }

    @Test
    void failOnNeverAlwaysExitsZero() throws Exception {
        Path file = Files.writeString(dir.resolve("p.json"), "{\"stages\":[{\"kind\":\"LOOP\",\"interviewCount\":9}]}");

        assertThat(CliRun.of("process", "check", "--fail-on", "never", file.toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void malformedJsonIsOneLineWithLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\n  \"stages\": [\n    {\"kind\": }\n  ]\n}\n");

        CliRun run = CliRun.of("process", "check", file.toString());

        assertThat(run.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("bad.json").contains("line 3");
    }

    @Test
    void invalidDataNamesTheJsonPathWithoutStackTrace() throws Exception {
        Path file = Files.writeString(
                dir.resolve("neg.json"), "{\"stages\":[{\"kind\":\"RECRUITER_SCREEN\",\"duration\":\"-PT30M\"}]}");

        CliRun run = CliRun.of("process", "check", file.toString());

        assertThat(run.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(run.err()).contains("$.stages[0].duration").doesNotContain("\tat ");
    }

    @Test
    void unknownStageKindIsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("kind.json"), "{\"stages\":[{\"kind\":\"VIBE_CHECK\"}]}");

        CliRun run = CliRun.of("process", "check", file.toString());

        assertThat(run.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(run.err()).contains("$.stages[0].kind");
    }

    @Test
    void missingFileIsBadInput() {
        CliRun run = CliRun.of("process", "check", dir.resolve("nope.json").toString());

        assertThat(run.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(run.err()).contains("no such file");
    }
}
