package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.rubric.importer.AtsMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hiring decide} on ATS input: the import report, --strict, --application, and {@code hiring mapping init}. */
class ImportCommandsTest {
    static final String[][] SHARED = {
        {"greenhouse", "greenhouse-scorecard.json"},
        {"lever", "lever-feedback.json"},
        {"ashby", "ashby-application-feedback.json"},
        {"workable", "workable-rating.json"}
    };

    /** Two Greenhouse scorecards recommending no; Greenhouse keeps no rejection reason on a scorecard. */
    static final String GREENHOUSE_NO = """
            [{"candidate_id": 77, "application_id": 901, "interview_step": {"id": 5, "name": "Onsite"},
              "interviewer": {"id": 1}, "overall_recommendation": "no",
              "attributes": [{"name": "Designs for scale", "rating": "no"}, {"name": "Writes clear code", "rating": "mixed"}]},
             {"candidate_id": 77, "application_id": 901, "interviewer": {"id": 2}, "overall_recommendation": "no",
              "attributes": [{"name": "Designs for scale", "rating": "no"}, {"name": "Writes clear code", "rating": "yes"}]}]""";

    static final String GREENHOUSE_APPLICATION = """
            {"id": 901, "candidate_id": 77, "status": "rejected",
             "rejection_reason": {"id": 3, "name": "Design depth", "type": {"id": 1, "name": "We rejected them"}}}""";

    static final String GREENHOUSE_NO_MAPPING = """
            {"criteria": {"Designs for scale": "system-design", "Writes clear code": "coding-and-apis"},
             "rejectionReasons": {"Design depth": "shallow-system-design"}}""";

    @TempDir
    Path dir;

    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    static Path shared() {
        Path shared = DecideCommandTest.sharedAts();
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared), "shared data not found at ../shared");
        return shared;
    }

    @Test
    void withoutAMappingEverySharedFixtureNamesItsUnmappedNames() {
        Path shared = shared();
        String[][] expected = {
            {
                "Communication (attribute)",
                "Adaptable (attribute)",
                "Relationship Manager (attribute)",
                "Project Management (attribute)",
                "Problem Solver (attribute)",
                "Analytical (attribute)"
            },
            {},
            {"technical_skills (field)"},
            {"Analytical Skills (trait)", "Decision making (trait)"}
        };
        for (int i = 0; i < SHARED.length; i++) {
            CliRun r = CliRun.of(
                    "decide",
                    "--from",
                    SHARED[i][0],
                    shared.resolve(SHARED[i][1]).toString());
            assertThat(r.exitCode()).as(SHARED[i][0] + ": " + r.err()).isZero();
            if (expected[i].length > 0) {
                assertThat(r.err()).as(SHARED[i][0]).contains(expected[i]);
                assertThat(r.err())
                        .as(SHARED[i][0])
                        .contains("hiring decide: warning: " + expected[i].length + " " + SHARED[i][0]
                                + " names are not mapped");
                // the outcome line says why nothing was rated, and names the attributes
                assertThat(r.out().lines().findFirst().orElseThrow())
                        .as(SHARED[i][0])
                        .contains("MORE_EVIDENCE_NEEDED (nothing rated: no " + SHARED[i][0] + " rating was mapped;")
                        .contains(expected[i]);
            } else {
                assertThat(r.err()).as(SHARED[i][0]).doesNotContain("not mapped");
                assertThat(r.err())
                        .contains("hiring decide: not imported: $.fields[1].value: a field of type"
                                + " 'textarea' is not a score (free text); never imported");
            }
            // never the interviewers' free text
            assertThat(r.err() + r.out()).doesNotContain("great communicator", "smooth jazz", "clean, efficient");
        }
        CliRun gh = CliRun.of(
                "decide",
                "--from",
                "greenhouse",
                shared.resolve("greenhouse-scorecard.json").toString());
        assertThat(gh.err()).contains("hiring decide: import: stages 432; applications 3456;");
    }

    @Test
    void theEditedSkeletonOfMappingInitMakesRatingsAppear() throws IOException {
        Path shared = shared();
        for (String[] c : SHARED) {
            Path payload = shared.resolve(c[1]);
            CliRun init = CliRun.of("mapping", "init", "--from", c[0], payload.toString());
            assertThat(init.exitCode()).as(c[0] + ": " + init.err()).isZero();
            CliSchemas.assertValid("mapping", init.out());
            AtsMapping skeleton = AtsMapping.parse(init.out());
            // the person's edit: everything the skeleton could not place goes to one criterion
            AtsMapping.Builder edited = AtsMapping.builder().putAllCriteria(skeleton.criteria());
            for (String name : skeleton.ignored()) {
                edited.putCriteria(name, "collaboration-and-leadership");
            }
            AtsMapping mapping = edited.build();
            Path file = write(c[0] + "-mapping.json", mapping.toJson());

            CliRun strict =
                    CliRun.of("decide", "--from", c[0], "--mapping", file.toString(), "--strict", payload.toString());
            assertThat(strict.exitCode()).as(c[0] + ": " + strict.err()).isZero();
            assertThat(strict.err()).as(c[0]).doesNotContain("not mapped", "typo");
            if (c[0].equals("lever")) {
                // Lever's example has no score field besides the overall recommendation: nothing to map
                assertThat(mapping.criteria()).isEmpty();
                continue;
            }
            assertThat(mapping.criteria()).as(c[0]).isNotEmpty();
            assertThat(strict.out()).as(c[0]).contains("n=1 mean=").doesNotContain("nothing rated");
        }
        CliRun gh = CliRun.of(
                "mapping",
                "init",
                "--from",
                "greenhouse",
                shared.resolve("greenhouse-scorecard.json").toString());
        assertThat(AtsMapping.parse(gh.out()).criteria())
                .containsEntry("Problem Solver", "system-design")
                .containsEntry("Communication", "collaboration-and-leadership")
                .containsEntry("Project Management", "reliability-and-ops");
        assertThat(gh.err()).contains("hiring mapping init: 6 vendor names found; 6 with a suggestion, 0 under");
    }

    @Test
    void strictRefusesUnmappedNamesInOneLineAndJsonCarriesTheReport() throws IOException {
        Path shared = shared();
        String file = shared.resolve("ashby-application-feedback.json").toString();
        CliRun strict = CliRun.of("decide", "--from", "ashby", "--strict", file);
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.out()).isEmpty();
        assertThat(strict.err().strip())
                .isEqualTo("hiring decide: " + file + ": 1 vendor names are not mapped (--strict): technical_skills"
                        + " (field)");
        Path ignoring = write("ignore.json", "{\"ignored\": [\"technical_skills\"]}");
        CliRun ok = CliRun.of("decide", "--from", "ashby", "--strict", "--mapping", ignoring.toString(), file);
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.err())
                .contains("hiring decide: not imported: $.submittedValues.technical_skills: listed under"
                        + " ignored in the mapping");

        CliRun json = CliRun.of("decide", "--from", "ashby", "--format", "json", file);
        assertThat(json.exitCode()).isZero();
        assertThat(json.err()).isEmpty();
        CliSchemas.assertDecision(json.out());
        assertThat(json.out())
                .contains(
                        "\"import\" : {\n    \"vendor\" : \"ashby\",",
                        "\"unmapped\" : [ {\n      \"kind\" : \"field\",\n      \"name\" : \"technical_skills\",\n"
                                + "      \"count\" : 1\n    } ]",
                        "\"applications\" : [ \"550e8400-e29b-41d4-a716-446655440000\" ]");
        assertThat(json.out().indexOf("\"policy\"")).isLessThan(json.out().indexOf("\"import\""));
    }

    @Test
    void aTypoInTheMappingIsReported() throws IOException {
        Path mapping = write("typo.json", "{\"criteria\": {\"Comunication\": \"collaboration-and-leadership\"}}");
        CliRun r = CliRun.of(
                "decide",
                "--from",
                "greenhouse",
                "--mapping",
                mapping.toString(),
                shared().resolve("greenhouse-scorecard.json").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err())
                .contains("hiring decide: warning: the mapping names what the payload does not have (a typo?):"
                        + " Comunication")
                .contains("Communication (attribute)");
    }

    @Test
    void aGreenhouseNoBecomesNoHireWithTheApplicationsReason() throws IOException {
        Path payload = write("gh-no.json", GREENHOUSE_NO);
        Path mapping = write("gh-no-mapping.json", GREENHOUSE_NO_MAPPING);
        Path application = write("gh-app.json", GREENHOUSE_APPLICATION);
        CliRun with = CliRun.of(
                "decide",
                "--from",
                "greenhouse",
                "--mapping",
                mapping.toString(),
                "--application",
                application.toString(),
                payload.toString());
        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(with.out()).startsWith("candidate 77: NO_HIRE (weighted score ");
        assertThat(with.out()).contains("rejection reasons: shallow-system-design (1)");
        assertThat(with.out())
                .containsPattern("PASS +rejection-reason-required +2 of 2 negative scorecards give no"
                        + " rejection reason; the evaluation gives 1");
        assertThat(with.err())
                .contains("applications 901; rejection reasons from the application shallow-system-design");

        CliRun without =
                CliRun.of("decide", "--from", "greenhouse", "--mapping", mapping.toString(), payload.toString());
        assertThat(without.exitCode()).isZero();
        assertThat(without.out()).startsWith("candidate 77: MORE_EVIDENCE_NEEDED");
        assertThat(without.out())
                .containsPattern("FAIL +rejection-reason-required +2 of 2 negative scorecards give no"
                        + " rejection reason and the evaluation gives none; .*Greenhouse: the Harvest application's"
                        + " rejection_reason");
        assertThat(without.err())
                .contains("hiring decide: warning: a negative scorecard gives no rejection reason: Greenhouse keeps"
                        + " rejection reasons on the application");
    }

    @Test
    void undecidableEvaluationsExitTwoWithOneLine() throws IOException {
        String twice = """
                {"candidate": "c-1", "role": "senior-backend-engineer", "scorecards": [
                  {"interviewer": "i-1", "ratings": {"system-design": "meets"}, "recommendation": "HIRE"},
                  {"interviewer": "i-2", "ratings": {"system-design": "meets"}, "recommendation": "HIRE"},
                  {"interviewer": "i-1", "ratings": {"system-design": "exceeds"}, "recommendation": "HIRE"}]}""";
        Path dup = write("twice.json", twice);
        CliRun r = CliRun.of("decide", dup.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .isEqualTo("hiring decide: " + dup + ": scorecards[2].interviewer: interviewer 'i-1' already has"
                        + " scorecards[0]; one scorecard per interviewer (merge them before deciding, or give the"
                        + " policy a merge rule: duplicateInterviewer latest or mean)"
                        + System.lineSeparator());
        Path latest = write(
                "latest.json",
                dev.hiring.rubric.HiringPolicies.seniorBackendEngineer()
                        .toJson()
                        .replace("\"rules\"", "\"duplicateInterviewer\" : \"latest\", \"rules\""));
        CliRun merged = CliRun.of("decide", "--policy", latest.toString(), dup.toString());
        assertThat(merged.exitCode()).isZero();
        assertThat(merged.out()).startsWith("candidate c-1: ");
        Path role = write(
                "role.json",
                twice.replace("senior-backend-engineer", "staff-data-engineer")
                        .replace(
                                "{\"interviewer\": \"i-1\", \"ratings\": {\"system-design\": \"exceeds\"}",
                                "{\"interviewer\": \"i-3\", \"ratings\": {\"system-design\": \"exceeds\"}"));
        CliRun rr = CliRun.of("decide", role.toString());
        assertThat(rr.exitCode()).isEqualTo(2);
        assertThat(rr.err().strip().lines()).hasSize(1);
        assertThat(rr.err()).contains(": role: the evaluation is for role 'staff-data-engineer', but policy");
        String gh = GREENHOUSE_NO.replaceFirst("\"candidate_id\": 77", "\"candidate_id\": 78");
        CliRun cands = CliRun.of(
                "decide", "--from", "greenhouse", write("two.json", gh).toString());
        assertThat(cands.exitCode()).isEqualTo(2);
        assertThat(cands.err().strip().lines()).hasSize(1);
        assertThat(cands.err()).contains("$[1]: a greenhouse payload for candidate '77', but $[0] is for '78'");
    }

    @Test
    void aLoopBelowTheBarWithDisagreementIsANoHireThatSaysWhy() throws IOException {
        String below = """
                {"candidate": "c-9", "role": "senior-backend-engineer", "scorecards": [
                  {"interviewer": "i-1", "recommendation": "HIRE", "ratings": {"system-design": "below",
                   "coding-and-apis": "below", "reliability-and-ops": "below", "collaboration-and-leadership": "below",
                   "security-and-data": "exceeds"}},
                  {"interviewer": "i-2", "recommendation": "NO_HIRE", "rejectionReasons": ["shallow-system-design"],
                   "ratings": {"system-design": "below", "coding-and-apis": "below", "reliability-and-ops": "below",
                   "collaboration-and-leadership": "below", "security-and-data": "below"}}]}""";
        CliRun r = CliRun.of("decide", write("below.json", below).toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("candidate c-9: NO_HIRE (weighted score 1.14)");
        assertThat(r.out())
                .containsPattern(
                        "FAIL +max-disagreement +largest spread 2 \\(security-and-data\\); at most 1 allowed; a"
                                + " debrief would not change the outcome: the bar fails even with every disputed criterion at"
                                + " its highest rating");
    }

    @Test
    void badApplicationsAndNativeMisuseAreOneLineExitTwo() throws IOException {
        Path payload = write("gh-no.json", GREENHOUSE_NO);
        Path application = write("bad-app.json", "{\"rejection_reason\": 4}");
        CliRun bad = CliRun.of(
                "decide", "--from", "greenhouse", "--application", application.toString(), payload.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip().lines()).hasSize(1);
        assertThat(bad.err())
                .startsWith("hiring decide: " + application + ": Invalid greenhouse application:")
                .contains("$.rejection_reason: must be an object with name and id, or null");
        List<String[]> misuse = new ArrayList<>();
        misuse.add(new String[] {"decide", "--strict", payload.toString()});
        misuse.add(new String[] {"decide", "--application", application.toString(), payload.toString()});
        for (String[] args : misuse) {
            CliRun r = CliRun.of(args);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--mapping, --application and --strict apply to ATS input only");
        }
        CliRun noVendor = CliRun.of("mapping", "init", payload.toString());
        assertThat(noVendor.exitCode()).isEqualTo(2);
        assertThat(noVendor.err()).contains("--from");
    }

    @Test
    void mappingInitNamesTheApplicationFileForAnErrorInIt() throws IOException {
        Path payload = write("gh-no-init.json", GREENHOUSE_NO);
        Path application = write("bad-app-init.json", "{\"rejection_reason\": 4}");
        CliRun bad = CliRun.of(
                "mapping", "init", "--from", "greenhouse", "--application", application.toString(), payload.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip().lines()).hasSize(1);
        assertThat(bad.err())
                .startsWith("hiring mapping init: " + application + ": Invalid greenhouse application:")
                .contains("$.rejection_reason: must be an object with name and id, or null");
    }
}
