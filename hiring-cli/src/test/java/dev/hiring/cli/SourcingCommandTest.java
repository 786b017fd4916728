package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcingCommandTest {
    static final String ROLE = """
            {
              "title": "Senior Backend Engineer",
              "seniority": "SENIOR",
              "summary": "Own the order services.",
              "responsibilities": ["Own the orders API", "Cut p95 latency", "Mentor two engineers"],
              "skills": [
                {"skill": "Go", "importance": "REQUIRED", "keywords": ["Go", "Golang"],
                 "experience": "operated Go services in production"},
                {"skill": "Microservices", "importance": "REQUIRED", "keywords": ["microservices", "grpc"]},
                {"skill": "Kafka", "importance": "NICE_TO_HAVE", "keywords": ["Kafka"]}
              ],
              "outcomes": ["p95 < 100 ms at 10k rps"],
              "team": {"size": 6, "composition": "5 backend engineers and an SRE", "reportingLine": "the EM"},
              "workArrangement": {"mode": "REMOTE", "locations": ["Europe"], "timeZones": ["CET"]},
              "compensation": {"currency": "EUR", "min": 85000, "max": 105000, "period": "YEAR"},
              "process": {"expectedDuration": "P21D", "stages": [{"kind": "RECRUITER_SCREEN", "duration": "PT30M"}]}
            }
            """;

    @TempDir
    Path dir;

    @Test
    void printsTheGuidesBooleanQueryForARole() throws Exception {
        Path file = Files.writeString(dir.resolve("role.json"), ROLE);

        CliRun run = CliRun.of("sourcing", "query", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("(Go OR Golang) AND (microservices OR grpc) AND (senior OR lead)");
    }

    @Test
    void aRoleBreakingTheGuidesPoliciesIsRejectedWithEveryViolation() throws Exception {
        Path file = Files.writeString(
                dir.resolve("role.json"),
                ROLE.replace("\"Cut p95 latency\", \"Mentor two engineers\"", "\"Cut p95 latency\"")
                        .replace("\"timeZones\": [\"CET\"]", "\"timeZones\": []"));

        CliRun run = CliRun.of("sourcing", "query", file.toString());

        assertThat(run.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(run.err())
                .contains("responsibilities: must list 3 to 5 core responsibilities")
                .contains("workArrangement.timeZoneStated");
    }
}
