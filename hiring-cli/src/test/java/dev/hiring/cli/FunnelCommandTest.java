package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.jackson.HiringJackson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunnelCommandTest {
    @TempDir
    Path dir;

    @Test
    void events() throws Exception {
        Path f = Files.writeString(dir.resolve("e.csv"), """
                candidate,stage,timestamp,source,reason
                c1,applied,2026-01-01,employee-referrals,
                c1,recruiter-screen,2026-01-02,employee-referrals,
                c1,technical-screen,2026-01-03,employee-referrals,
                c1,loop,2026-01-04,employee-referrals,
                c1,offer,2026-01-05,employee-referrals,
                c1,hired,2026-01-11,employee-referrals,
                c2,applied,2026-01-01,targeted-linkedin-outreach,
                c2,rejected,2026-01-02,targeted-linkedin-outreach,shallow-system-design
                """);
        CliRun run = CliRun.of("funnel", f.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = HiringJackson.mapper().readTree(run.out());
        assertThat(r.get("candidates").asInt()).isEqualTo(2);
        assertThat(r.get("timeToHire").get("medianDays").asDouble()).isEqualTo(10.0);
        assertThat(r.get("touchpoints").get("withinRange").asInt()).isEqualTo(1);
        assertThat(r.get("stages").get(0).get("passThrough").asDouble()).isEqualTo(0.5);
        assertThat(r.get("rejectionReasons").get(0).get("reason").asText()).isEqualTo("shallow-system-design");
    }

    @Test
    void customStagesAndErrors() throws Exception {
        Path f = Files.writeString(
                dir.resolve("e.csv"),
                "candidate,stage,timestamp,source\nc1,apply,2026-01-01,x\nc1,phone,2026-01-02,x\n");
        CliRun bad = CliRun.of("funnel", f.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("row 1, column 'stage'");
        CliRun ok = CliRun.of("funnel", "--stages", "apply,phone,hire", "--touchpoint-stages", "phone", f.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(HiringJackson.mapper().readTree(ok.out()).get("stages")).hasSize(3);
    }
}
