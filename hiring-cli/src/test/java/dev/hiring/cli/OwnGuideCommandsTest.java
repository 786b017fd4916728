package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.core.HiringGuide;
import dev.hiring.core.guide.GuideRegistry;
import dev.hiring.core.json.HiringJson;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.importer.AtsMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A company's own guide file (the repository's data-engineer example) through every command that uses a guide:
 * {@code guide}, {@code policy show}, {@code decide}, {@code verify}, {@code mapping init} and {@code funnel}; and a
 * guide and a policy or evaluation of different roles are errors, never the built-in guide silently.
 */
class OwnGuideCommandsTest {
    static final Path GUIDE = Path.of("..", "examples", "guides", "data-engineer.json");
    static final String FILE = GUIDE.toString();

    /** Three interviewers (the guide's minimum), on the guide's 4-level scale and its criteria. */
    static final String LOOP = """
            {"candidate":"c-9","role":"data-engineer","scorecards":[
             {"interviewer":"i-1","ratings":{"pipeline-design":"outstanding","sql-and-modelling":"solid"},
              "recommendation":"HIRE"},
             {"interviewer":"i-2","ratings":{"data-quality":"solid","collaboration":4},"recommendation":"HIRE"},
             {"interviewer":"i-3","ratings":{"pipeline-design":"solid","collaboration":"solid"},
              "recommendation":"STRONG_HIRE"}]}""";

    @TempDir
    Path dir;

    Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void guidePrintsTheOwnGuideCheckedInBothFormats() {
        CliRun json = CliRun.of("guide", "--guide", FILE, "--format", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(HiringJson.read(json.out(), HiringGuide.class)).isEqualTo(GuideRegistry.read(GUIDE));
        CliRun md = CliRun.of("guide", "--guide", FILE);
        assertThat(md.exitCode()).isZero();
        assertThat(md.out())
                .contains("Data Engineer Hiring Guide", "Pipeline Design")
                .doesNotContain("System Design");
        // the built-in guide stays available by id beside it
        assertThat(CliRun.of("guide", "--guide", FILE, "--id", "senior-backend-engineer")
                        .out())
                .contains("Senior Backend Engineer");
    }

    @Test
    void anUnknownGuideIdNamesTheKnownOnes() {
        CliRun r = CliRun.of("guide", "--id", "data-engineer");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no built-in guide with id 'data-engineer' (known: senior-backend-engineer)");
    }

    @Test
    void anInvalidGuideFileIsRefusedNamingTheFile() throws IOException {
        Path bad = write(
                "bad-guide.json", Files.readString(GUIDE).replace("\"maxTouchpoints\": 6", "\"maxTouchpoints\": 1"));
        CliRun r = CliRun.of("guide", "--guide", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bad-guide.json", "maxTouchpoints");
        Path builtInCopy =
                write("copy.json", CliRun.of("guide", "--format", "json").out());
        CliRun copy = CliRun.of("guide", "--guide", builtInCopy.toString());
        assertThat(copy.exitCode()).isEqualTo(2);
        assertThat(copy.err()).contains("the guide's id 'senior-backend-engineer' is a built-in guide's");
    }

    @Test
    void policyShowPrintsTheGuidesPolicy() {
        CliRun r = CliRun.of("policy", "show", "--guide", FILE);
        assertThat(r.exitCode()).isZero();
        DecisionPolicy expected = HiringPolicies.fromGuide(GuideRegistry.read(GUIDE));
        assertThat(DecisionPolicy.parse(r.out())).isEqualTo(expected);
        assertThat(CliRun.of("policy", "show", "--guide", FILE, "data-engineer").out())
                .isEqualTo(r.out());
    }

    @Test
    void decideWithTheGuideUsesItsPolicyAndAPolicyFileGivesTheSame() throws IOException {
        Path loop = write("loop.json", LOOP);
        CliRun byGuide = CliRun.of("decide", "--guide", FILE, loop.toString());
        assertThat(byGuide.exitCode()).isZero();
        assertThat(byGuide.out()).startsWith("candidate c-9: HIRE").contains("policy data-engineer v1 sha256:");

        Path policy = write(
                "data-engineer-policy.json",
                CliRun.of("policy", "show", "--guide", FILE).out());
        CliRun byFile = CliRun.of("decide", "--policy", policy.toString(), loop.toString());
        assertThat(byFile.out()).isEqualTo(byGuide.out());

        // two interviewers are below this guide's minimum of three (the built-in guide's is two)
        String two = LOOP.substring(0, LOOP.lastIndexOf(",\n {\"interviewer\":\"i-3\"")) + "]}";
        CliRun fewer =
                CliRun.of("decide", "--guide", FILE, write("two.json", two).toString());
        assertThat(fewer.exitCode()).isZero();
        assertThat(fewer.out())
                .startsWith("candidate c-9: MORE_EVIDENCE_NEEDED")
                .contains("at least 3 required");
    }

    @Test
    void verifyChecksARecordAgainstTheGuidesPolicy() throws IOException {
        Path loop = write("loop.json", LOOP);
        CliRun record = CliRun.of("decide", "--guide", FILE, "--record", loop.toString());
        assertThat(record.exitCode()).isZero();
        Path stored = write("record.json", record.out());
        CliRun ok = CliRun.of("verify", "--guide", FILE, stored.toString(), loop.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        CliRun other = CliRun.of("verify", stored.toString(), loop.toString());
        assertThat(other.exitCode()).isNotZero();
    }

    @Test
    void aGuideAndAPolicyOrEvaluationOfAnotherRoleAreErrorsNotAFallback() throws IOException {
        Path loop = write("loop.json", LOOP);
        CliRun mismatch = CliRun.of("decide", "--guide", FILE, "--policy", "senior-backend-engineer", loop.toString());
        assertThat(mismatch.exitCode()).isEqualTo(2);
        assertThat(mismatch.err())
                .contains("policy 'senior-backend-engineer' is not the policy of guide 'data-engineer' (--guide)");

        // without the guide, the built-in default policy does not read this guide's scale
        CliRun noGuide = CliRun.of("decide", loop.toString());
        assertThat(noGuide.exitCode()).isEqualTo(2);
        assertThat(noGuide.err())
                .contains("'outstanding' is not a level of the rating scale (below=1, meets=2, exceeds=3)");

        // the guide's policy does not read the built-in guide's evaluations: its scale has no 'exceeds'
        Path senior = write("senior.json", DecideCommandTest.FULL_LOOP);
        CliRun wrongRole = CliRun.of("decide", "--guide", FILE, senior.toString());
        assertThat(wrongRole.exitCode()).isEqualTo(2);
        assertThat(wrongRole.err())
                .contains(
                        "'exceeds' is not a level of the rating scale (not-yet=1, partial=2, solid=3, outstanding=4)");

        // the guide's id is no policy without the guide
        CliRun unknown = CliRun.of("decide", "--policy", "data-engineer", loop.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("no built-in policy or policy file named 'data-engineer' (known: senior-backend-engineer)");
    }

    @Test
    void mappingInitSuggestsTheGuidesCriteriaOnly() throws IOException {
        Path payload = write("greenhouse.json", """
                [{"candidate_id": 77, "interviewer": {"id": 1}, "overall_recommendation": "yes",
                  "attributes": [{"name": "Pipeline design and backfills", "rating": "yes"},
                                 {"name": "Data quality checks", "rating": "mixed"},
                                 {"name": "System design", "rating": "yes"}]}]""");
        CliRun r = CliRun.of("mapping", "init", "--from", "greenhouse", "--guide", FILE, payload.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        AtsMapping m = AtsMapping.parse(r.out());
        assertThat(m.criteria())
                .containsEntry("Pipeline design and backfills", "pipeline-design")
                .containsEntry("Data quality checks", "data-quality");
        assertThat(m.criteria().values())
                .allMatch(id -> GuideRegistry.read(GUIDE).criterion(id).isPresent());

        // the skeleton imports for the guide's policy: its role, its scale
        Path mapping = write("mapping.json", r.out());
        CliRun decide = CliRun.of(
                "decide", "--from", "greenhouse", "--guide", FILE, "--mapping", mapping.toString(), payload.toString());
        assertThat(decide.exitCode()).as(decide.err()).isZero();
        assertThat(decide.out()).contains("candidate 77: MORE_EVIDENCE_NEEDED", "policy data-engineer v1");
    }

    @Test
    void funnelReadsTheGuidesTouchpointRange() throws IOException {
        Path events = write("events.csv", """
                candidate,stage,timestamp,source
                c-1,applied,2026-01-01T00:00:00Z,ref
                c-1,recruiter-screen,2026-01-02T00:00:00Z,ref
                """);
        CliRun own = CliRun.of("funnel", "--guide", FILE, events.toString());
        assertThat(own.exitCode()).as(own.err()).isZero();
        CliRun builtIn = CliRun.of("funnel", events.toString());
        assertThat(dev.hiring.core.jackson.HiringJackson.mapper()
                        .readTree(own.out())
                        .get("touchpoints")
                        .get("guideMax")
                        .asInt())
                .isEqualTo(6);
        assertThat(dev.hiring.core.jackson.HiringJackson.mapper()
                        .readTree(builtIn.out())
                        .get("touchpoints")
                        .get("guideMax")
                        .asInt())
                .isEqualTo(5);
    }

    @Test
    void processCheckUsesTheGuidesTouchpointRange() throws IOException {
        String six = ProcessCommandTest.GUIDE_PROCESS.replace(
                "{\"kind\": \"REFERENCE_CHECK\"}",
                "{\"kind\": \"HIRING_MANAGER_AND_PEER\", \"duration\": \"PT30M\"}, {\"kind\": \"REFERENCE_CHECK\"}");
        Path process = write("process.json", six);
        CliRun builtIn = CliRun.of("process", "check", "--fail-on", "never", process.toString());
        assertThat(builtIn.out())
                .contains("has 6 candidate touchpoints from screen to offer; the guide aims for 3 to 5");
        CliRun own = CliRun.of("process", "check", "--fail-on", "never", "--guide", FILE, process.toString());
        assertThat(own.exitCode()).as(own.err()).isZero();
        assertThat(own.out()).doesNotContain("candidate touchpoints from screen to offer;");
    }

    @Test
    void processCheckUsesTheGuidesStageDurations() throws IOException {
        // a 22-minute recruiter screen: within the built-in guide's 20 to 40 minutes, not the file's 25 to 35
        Path process = write(
                "process.json",
                ProcessCommandTest.GUIDE_PROCESS.replace(
                        "{\"kind\": \"RECRUITER_SCREEN\", \"duration\": \"PT30M\"}",
                        "{\"kind\": \"RECRUITER_SCREEN\", \"duration\": \"PT22M\"}"));
        CliRun builtIn = CliRun.of("process", "check", process.toString());
        assertThat(builtIn.exitCode()).as(builtIn.err()).isZero();
        assertThat(builtIn.out()).doesNotContain("recruiter-screen-duration");
        CliRun own = CliRun.of("process", "check", "--guide", FILE, process.toString());
        assertThat(own.exitCode()).isEqualTo(HiringCli.FINDINGS);
        assertThat(own.out())
                .contains(
                        "recruiter-screen-duration",
                        "lasts 22 min; the guide asks for a recruiter call of 25 to 35 minutes")
                // the file gives no take-home range: the process's take-home is not checked for duration
                .doesNotContain("take-home-duration");
    }

    @Test
    void decideWithTheGuideAppliesItsOwnFloors() throws IOException {
        // data quality "partial" (2) from all three: a weighted mean of 3.5, below the file's data-quality floor 3
        String partial = """
                {"candidate":"c-9","role":"data-engineer","scorecards":[
                 {"interviewer":"i-1","ratings":{"pipeline-design":4,"data-quality":2},"recommendation":"HIRE"},
                 {"interviewer":"i-2","ratings":{"sql-and-modelling":4,"data-quality":2},"recommendation":"HIRE"},
                 {"interviewer":"i-3","ratings":{"collaboration":4,"data-quality":2},"recommendation":"HIRE"}]}""";
        CliRun r = CliRun.of(
                "decide", "--guide", FILE, write("partial.json", partial).toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .startsWith("candidate c-9: NO_HIRE")
                .contains("data-quality mean 2.00 is below its floor 3.00");
    }
}
