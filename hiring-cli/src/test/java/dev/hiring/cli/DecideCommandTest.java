package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecideCommandTest {
    static final String SECRET = "Mentioned a health condition";
    static final String FULL_LOOP = """
            {"candidate":"c-1","role":"senior-backend-engineer","scorecards":[
             {"interviewer":"i-1","stage":"LOOP","submittedAt":"2026-11-02T10:00:00Z",
              "ratings":{"system-design":"exceeds","coding-and-apis":"meets","reliability-and-ops":2},
              "recommendation":"HIRE","rejectionReasons":[],"redFlags":[],"notes":"%s"},
             {"interviewer":"i-2","stage":"LOOP","submittedAt":"2026-11-02T12:00:00Z",
              "ratings":{"system-design":"Meets","collaboration-and-leadership":"3","security-and-data":"meets"},
              "recommendation":"STRONG_HIRE"}]}""".formatted(SECRET);

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HiringCli.execute(out, err, args);
        return new Run(code, out.toString(), err.toString());
    }

    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void fullLoopJsonFollowsTheContract() throws IOException {
        Run r = run("decide", "--format", "json", write("loop.json", FULL_LOOP).toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        CliSchemas.assertDecision(r.out());
        assertThat(r.out()).startsWith("{\n  \"candidate\" : \"c-1\",\n  \"outcome\" : \"HIRE\",\n  \"score\" : ");
        assertThat(r.out())
                .contains(
                        "\"criteria\" : [",
                        "\"trace\" : [",
                        "\"rejectionReasons\" : [ ]",
                        "\"policy\" : {\n    \"id\" : \"senior-backend-engineer\",\n    \"version\" : 1,\n    \"hash\" : \"sha256:");
        assertThat(r.out()).contains("\"rule\" : \"min-interviewers\",\n    \"verdict\" : \"PASS\"");
        assertThat(r.out()).doesNotContain(SECRET);
    }

    @Test
    void sameInputSameJsonIncludingTheHash() throws IOException {
        Path f = write("loop.json", FULL_LOOP);
        assertThat(run("decide", "--format", "json", f.toString()).out())
                .isEqualTo(run("decide", "--format", "json", "--policy", "senior-backend-engineer", f.toString())
                        .out());
    }

    @Test
    void singleScorecardTextOutput() throws IOException {
        String one = """
                {"candidate":"c-2","role":"senior-backend-engineer","scorecards":[
                 {"interviewer":"i-1","ratings":{"system-design":3},"recommendation":"HIRE"}]}""";
        Run r = run("decide", write("one.json", one).toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("candidate c-2: MORE_EVIDENCE_NEEDED (weighted score 3.00)\n");
        assertThat(r.out())
                .contains("FAIL", "min-interviewers", "1 interviewer filled the rubric; at least 2 required");
        assertThat(r.out()).contains("system-design", "n=1 mean=3.00", "coding-and-apis", "unrated");
    }

    @Test
    void unknownRatingIsBadInputNamingTheField() throws IOException {
        Run r = run(
                "decide",
                write("bad.json", FULL_LOOP.replace("\"exceeds\"", "\"superb\""))
                        .toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .startsWith("hiring decide: ")
                .contains("$.scorecards[0].ratings.system-design")
                .contains("'superb' is not a level")
                .doesNotContain(SECRET);
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void badInputsExitTwo() throws IOException {
        assertThat(run("decide", dir.resolve("missing.json").toString()).code()).isEqualTo(2);
        assertThat(run("decide", write("broken.json", "{").toString()).code()).isEqualTo(2);
        assertThat(run(
                                "decide",
                                "--policy",
                                "no-such-policy",
                                write("loop.json", FULL_LOOP).toString())
                        .err())
                .contains("no built-in policy or policy file named 'no-such-policy'");
        assertThat(run("decide", "--from", "taleo", write("l.json", FULL_LOOP).toString())
                        .code())
                .isEqualTo(2);
        assertThat(run(
                                "decide",
                                "--mapping",
                                write("m.json", "{}").toString(),
                                write("l2.json", FULL_LOOP).toString())
                        .err())
                .contains("--mapping, --application and --strict apply to ATS input only");
    }

    @Test
    void policyFileIsUsedAndItsHashReported() throws IOException {
        Run shown = run("policy", "show");
        CliSchemas.assertValid("policy", shown.out());
        String stricter = shown.out()
                .replace("\"threshold\" : 2.0", "\"threshold\" : 2.9")
                .replace("\"version\" : 1", "\"version\" : 2");
        Run r = run(
                "decide",
                "--format",
                "json",
                "--policy",
                write("p.json", stricter).toString(),
                write("loop.json", FULL_LOOP).toString());
        assertThat(r.code()).isZero();
        CliSchemas.assertDecision(r.out());
        assertThat(r.out()).contains("\"outcome\" : \"NO_HIRE\"", "\"version\" : 2");
    }

    @Test
    void greenhouseWithMapping() throws IOException {
        String gh = """
                [{"candidate_id": 5, "interviewer": {"id": 1}, "overall_recommendation": "yes",
                  "attributes": [{"name": "System Design", "rating": "strong_yes"}, {"name": "Coding", "rating": "yes"}]},
                 {"candidate_id": 5, "interviewer": {"id": 2}, "overall_recommendation": "strong_yes", "new_field": 1,
                  "attributes": [{"name": "System Design", "rating": "yes"}, {"name": "Coding", "rating": "no_decision"}]}]""";
        Path mapping = write("mapping.json", """
                {"criteria": {"System Design": "system-design", "Coding": "coding-and-apis"}}""");
        Run r = run(
                "decide",
                "--from",
                "greenhouse",
                "--mapping",
                mapping.toString(),
                "--format",
                "json",
                write("gh.json", gh).toString());
        assertThat(r.code()).as(r.err()).isZero();
        CliSchemas.assertValid("mapping", Files.readString(mapping));
        CliSchemas.assertDecision(r.out());
        assertThat(r.out()).contains("\"candidate\" : \"5\"", "\"outcome\" : \"HIRE\"");
        Run bad = run(
                "decide",
                "--from",
                "greenhouse",
                write("gh2.json", gh.replace("\"yes\"", "\"perhaps\"")).toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("overall_recommendation: unknown recommendation 'perhaps'");
    }

    @Test
    void everySharedFixtureDecides() {
        Path shared = sharedAts();
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared), "shared data not found at ../shared");
        String[][] cases = {
            {"greenhouse", "greenhouse-scorecard.json"},
            {"lever", "lever-feedback.json"},
            {"ashby", "ashby-application-feedback.json"},
            {"workable", "workable-rating.json"}
        };
        for (String[] c : cases) {
            Run r = run("decide", "--from", c[0], shared.resolve(c[1]).toString());
            assertThat(r.code()).as(c[0] + ": " + r.err()).isZero();
            assertThat(r.out()).contains("MORE_EVIDENCE_NEEDED");
        }
    }

    static @org.jspecify.annotations.Nullable Path sharedAts() {
        Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (d != null && !Files.isDirectory(d.resolve(".ci"))) {
            d = d.getParent();
        }
        return d == null ? null : d.resolve("../shared/fixtures/ats").normalize();
    }
}
