package dev.hiring.rubric.importer;

import static dev.hiring.rubric.importer.AtsImporterTest.SCALE;
import static dev.hiring.rubric.importer.AtsImporterTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.rubric.Decision;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.Outcome;
import dev.hiring.rubric.ReasonCount;
import dev.hiring.rubric.RuleResult;
import dev.hiring.rubric.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The import report: what an import left out, what it found, and rejection reasons from the application. */
class ImportReportTest {
    static final DecisionPolicy GUIDE = HiringPolicies.seniorBackendEngineer();

    static ImportReport report(AtsVendor vendor, AtsMapping mapping, String fixture) {
        return AtsImporter.of(vendor, mapping, SCALE)
                .readWithReport(fixture(fixture))
                .report();
    }

    static List<String> names(ImportReport r) {
        return r.unmapped().stream().map(UnmappedName::name).toList();
    }

    @Test
    void greenhouseWithoutAMappingNamesEverySkippedAttributeAndTheIds() {
        ImportReport r = report(AtsVendor.GREENHOUSE, AtsMapping.empty(), "greenhouse-scorecard.json");
        assertThat(r.vendor()).isEqualTo("greenhouse");
        assertThat(r.unmapped())
                .containsExactly(
                        new UnmappedName("attribute", "Communication", 1),
                        new UnmappedName("attribute", "Adaptable", 1),
                        new UnmappedName("attribute", "Relationship Manager", 1),
                        new UnmappedName("attribute", "Project Management", 1),
                        new UnmappedName("attribute", "Problem Solver", 1),
                        new UnmappedName("attribute", "Analytical", 1));
        assertThat(r.hasUnmapped()).isTrue();
        assertThat(r.stages()).containsExactly("432");
        assertThat(r.applications()).containsExactly("3456");
        assertThat(r.ignored())
                .contains(
                        new IgnoredValue("$.ratings", "a bucket view of attributes; ratings are read from attributes"),
                        new IgnoredValue("$.attributes[0].note", "free-text note; never imported"),
                        new IgnoredValue("$.questions[4].answer", "free-text answer; never imported"));
        assertThat(r.toJson()).doesNotContain("great communicator", "decent candidate", "Alpha Team");
        assertThat(r.unmappedSummary()).startsWith("Communication (attribute), Adaptable (attribute)");
    }

    @Test
    void everyVendorReportsWhatItLeftOut() {
        ImportReport lever = report(AtsVendor.LEVER, AtsMapping.empty(), "lever-feedback.json");
        assertThat(lever.unmapped()).isEmpty(); // its only score field is the overall recommendation
        assertThat(lever.interviews()).containsExactly("85110ec8-e33a-4997-a798-5affc854b7ce");
        assertThat(lever.ignored())
                .extracting(IgnoredValue::path)
                .containsExactly(
                        "$.fields[1].value",
                        "$.fields[2].value",
                        "$.fields[3].value",
                        "$.fields[4].value",
                        "$.fields[5].value");
        assertThat(lever.ignored().get(0).reason())
                .isEqualTo("a field of type 'textarea' is not a score (free text); never imported");

        ImportReport ashby = report(AtsVendor.ASHBY, AtsMapping.empty(), "ashby-application-feedback.json");
        assertThat(ashby.unmapped()).containsExactly(new UnmappedName("field", "technical_skills", 1));
        assertThat(ashby.applications()).containsExactly("550e8400-e29b-41d4-a716-446655440000");
        assertThat(ashby.interviews()).containsExactly("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
        assertThat(ashby.ignored())
                .containsExactly(new IgnoredValue(
                        "$.submittedValues.detailed_feedback",
                        "a field of type 'RichText' is not a score (free text); never imported"));

        ImportReport workable = report(AtsVendor.WORKABLE, AtsMapping.empty(), "workable-rating.json");
        assertThat(names(workable)).containsExactly("Analytical Skills", "Decision making");
        assertThat(workable.ignored())
                .extracting(IgnoredValue::path)
                .contains("$.comment", "$.score_card.sections[0].traits[0].questions[1].score");
    }

    @Test
    void countsAreOncePerPayloadAndTyposInTheMappingAreReported() {
        String one = fixture("greenhouse-scorecard.json");
        String two = "[" + one + "," + one.replace("\"id\": 821", "\"id\": 822") + "]";
        AtsMapping mapping = AtsMapping.builder()
                .putCriteria("Comunication", "collaboration-and-leadership") // typo
                .putCriteria("Problem Solver", "system-design")
                .addIgnored("Adaptable")
                .build();
        ImportResult result =
                AtsImporter.of(AtsVendor.GREENHOUSE, mapping, SCALE).readWithReport(two);
        ImportReport r = result.report();
        assertThat(r.unmapped()).contains(new UnmappedName("attribute", "Communication", 2));
        assertThat(names(r)).doesNotContain("Adaptable", "Problem Solver");
        assertThat(r.unusedMappings()).containsExactly("Comunication");
        assertThat(r.ignored()).contains(new IgnoredValue("$[1].attributes[1]", "listed under ignored in the mapping"));
        assertThat(result.evaluation().scorecards()).allMatch(s -> s.ratings().equals(Map.of("system-design", 1)));
    }

    @Test
    void mappedButUnratedIsReportedAsIgnored() {
        String json = """
                {"candidate_id": 7, "interviewer": {"id": 9},
                 "attributes": [{"name": "Communication", "rating": "no_decision"}]}""";
        ImportReport r = AtsImporter.of(
                        AtsVendor.GREENHOUSE,
                        AtsMapping.of(Map.of("Communication", "collaboration-and-leadership")),
                        SCALE)
                .readWithReport(json)
                .report();
        assertThat(r.unmapped()).isEmpty();
        assertThat(r.ignored())
                .containsExactly(
                        new IgnoredValue("$.attributes[0]", "mapped to collaboration-and-leadership but not rated"));
    }

    // ---------------------------------------------------------------- rejection reasons from the application

    @Test
    void greenhouseNoWithTheApplicationsReasonIsANoHireWithThatReasonRanked() {
        AtsMapping mapping = AtsMapping.parse(fixture("greenhouse-no-mapping.json"));
        AtsImporter importer = AtsImporter.of(AtsVendor.GREENHOUSE, mapping, SCALE);
        ImportResult withApp = importer.readWithReport(
                fixture("greenhouse-scorecards-no.json"), fixture("greenhouse-application-rejected.json"));
        assertThat(withApp.evaluation().rejectionReasons()).containsExactly("shallow-system-design");
        assertThat(withApp.report().rejectionReasons()).containsExactly("shallow-system-design");
        assertThat(withApp.report().applications()).containsExactly("90412");
        assertThat(withApp.report().unmapped()).isEmpty();
        assertThat(withApp.report().hints()).isEmpty();
        Decision d = GUIDE.decide(withApp.evaluation());
        assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(d.rejectionReasons()).containsExactly(new ReasonCount("shallow-system-design", 1));
        assertThat(rule(d, "rejection-reason-required").verdict()).isEqualTo(Verdict.PASS);
        assertThat(rule(d, "rejection-reason-required").detail())
                .isEqualTo("2 of 2 negative scorecards give no rejection reason; the evaluation gives 1 (such as the"
                        + " ATS application's)");

        ImportResult without = importer.readWithReport(fixture("greenhouse-scorecards-no.json"));
        Decision missing = GUIDE.decide(without.evaluation());
        assertThat(missing.outcome()).isEqualTo(Outcome.MORE_EVIDENCE_NEEDED);
        assertThat(rule(missing, "rejection-reason-required").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(rule(missing, "rejection-reason-required").detail())
                .startsWith("2 of 2 negative scorecards give no rejection reason and the evaluation gives none;")
                .contains("Greenhouse: the Harvest application's rejection_reason");
        assertThat(without.report().hints())
                .containsExactly("a negative scorecard gives no rejection reason: Greenhouse keeps rejection reasons on"
                        + " the application (Harvest application rejection_reason), not on the scorecard; import it"
                        + " with the scorecards (hiring decide --application FILE)");
        // the mapping's rejection reasons are not reported as unused when no application was read
        assertThat(without.report().unusedMappings()).isEmpty();
    }

    @Test
    void everyVendorsApplicationGivesItsReason() {
        record Case(AtsVendor vendor, String payload, String application, String vendorReason, String appId) {}
        List<Case> cases = List.of(
                new Case(
                        AtsVendor.GREENHOUSE,
                        "greenhouse-scorecard.json",
                        "greenhouse-application-rejected.json",
                        "technical depth below the bar",
                        "90412"),
                new Case(
                        AtsVendor.LEVER,
                        "lever-feedback.json",
                        "lever-opportunity-archived.json",
                        "a7c1e5d2-6b3f-4a8e-9d0c-2f1e3d4c5b6a",
                        "5b0e9c1d-3f4a-4e2b-9c7d-1a2b3c4d5e6f"),
                new Case(
                        AtsVendor.ASHBY,
                        "ashby-application-feedback.json",
                        "ashby-application-archived.json",
                        "Not strong enough technically",
                        "7f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8"),
                new Case(
                        AtsVendor.WORKABLE,
                        "workable-rating.json",
                        "workable-candidate-disqualified.json",
                        "Skills do not match the role",
                        "2f9a81"));
        for (Case c : cases) {
            AtsMapping mapping = AtsMapping.builder()
                    .putRejectionReasons(c.vendorReason(), "shallow-system-design")
                    .candidate("c-1")
                    .build();
            ImportResult r = AtsImporter.of(c.vendor(), mapping, SCALE)
                    .readWithReport(fixture(c.payload()), fixture(c.application()));
            assertThat(r.evaluation().rejectionReasons()).as(c.vendor().id()).containsExactly("shallow-system-design");
            assertThat(r.report().applications()).as(c.vendor().id()).contains(c.appId());
            assertThat(r.report().unusedMappings()).as(c.vendor().id()).isEmpty();

            ImportResult unmapped = AtsImporter.of(c.vendor(), AtsMapping.empty(), SCALE)
                    .readWithReport(fixture(c.payload()), fixture(c.application()));
            assertThat(unmapped.evaluation().rejectionReasons())
                    .as(c.vendor().id())
                    .isEmpty();
            assertThat(unmapped.report().unmapped())
                    .as(c.vendor().id())
                    .filteredOn(u -> u.kind().equals(UnmappedName.REJECTION_REASON))
                    .hasSize(1);
        }
    }

    @Test
    void anApplicationWithoutAReasonGivesNone() {
        String app = """
                {"id": 5, "status": "active", "rejection_reason": null}""";
        ImportResult r = AtsImporter.of(AtsVendor.GREENHOUSE, AtsMapping.empty(), SCALE)
                .readWithReport(fixture("greenhouse-scorecard.json"), app);
        assertThat(r.evaluation().rejectionReasons()).isEmpty();
        assertThat(r.report().applications()).containsExactly("5", "3456");
        String workable = """
                {"id": "x", "disqualified": false, "disqualification_reason": "stale"}""";
        assertThat(AtsImporter.of(AtsVendor.WORKABLE, AtsMapping.empty(), SCALE)
                        .readWithReport(fixture("workable-rating.json"), workable)
                        .report()
                        .unmapped())
                .noneMatch(u -> u.kind().equals(UnmappedName.REJECTION_REASON));
    }

    @Test
    void malformedApplicationsGiveTypedErrorsNamingTheField() {
        AtsImporter importer = AtsImporter.of(AtsVendor.GREENHOUSE, AtsMapping.empty(), SCALE);
        String payload = fixture("greenhouse-scorecard.json");
        assertThatThrownBy(() -> importer.readWithReport(payload, "[1]"))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("$: must be a greenhouse application object");
        assertThatThrownBy(() -> importer.readWithReport(payload, "{\"rejection_reason\": \"typed by hand\"}"))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("$.rejection_reason: must be an object with name and id, or null")
                .hasMessageNotContaining("typed by hand");
        assertThatThrownBy(() -> importer.readWithReport(payload, "{"))
                .isInstanceOf(dev.hiring.core.HiringParseException.class);
        AtsMapping badReason = AtsMapping.builder()
                .putRejectionReasons("Technical depth below the bar", "not-a-guide-reason")
                .build();
        ImportResult r = AtsImporter.of(AtsVendor.GREENHOUSE, badReason, SCALE)
                .readWithReport(payload, fixture("greenhouse-application-rejected.json"));
        assertThatThrownBy(() -> GUIDE.decide(r.evaluation()))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining(
                        "rejectionReasons[0]: 'not-a-guide-reason' is not a rejection reason of the policy");
    }

    @Test
    void theSkeletonSuggestsByNameAndIgnoresWhatMatchesNothing() {
        AtsImporter empty = AtsImporter.of(AtsVendor.GREENHOUSE, AtsMapping.empty(), SCALE);
        String app = fixture("greenhouse-application-rejected.json")
                .replace("Technical depth below the bar", "Weak system design");
        ImportReport r = empty.readWithReport(fixture("greenhouse-scorecards-no.json"), app)
                .report();
        AtsMapping skeleton = MappingSkeleton.suggest(r, GUIDE, dev.hiring.core.HiringGuides.seniorBackendEngineer());
        assertThat(skeleton.criteria())
                .containsExactly(
                        Map.entry("Designs for scale", "system-design"),
                        Map.entry("Writes clear code", "coding-and-apis"),
                        Map.entry("Runs services in production", "reliability-and-ops"),
                        Map.entry("Works well with others", "collaboration-and-leadership"));
        assertThat(skeleton.rejectionReasons())
                .containsExactly(Map.entry("Weak system design", "shallow-system-design"));
        assertThat(AtsMapping.parse(skeleton.toJson())).isEqualTo(skeleton);

        String frozen = fixture("greenhouse-application-rejected.json")
                .replace("Technical depth below the bar", "Headcount frozen");
        ImportReport nothing = empty.readWithReport(fixture("greenhouse-scorecards-no.json"), frozen)
                .report();
        AtsMapping withIgnored =
                MappingSkeleton.suggest(nothing, GUIDE, dev.hiring.core.HiringGuides.seniorBackendEngineer());
        assertThat(withIgnored.ignored()).containsExactly("Headcount frozen");
        // an ignored name is neither imported nor reported as unmapped
        ImportReport again = AtsImporter.of(AtsVendor.GREENHOUSE, withIgnored, SCALE)
                .readWithReport(fixture("greenhouse-scorecards-no.json"), frozen)
                .report();
        assertThat(again.unmapped()).isEmpty();
        assertThat(again.ignored())
                .contains(new IgnoredValue("$.rejection_reason", "listed under ignored in the mapping"));
        assertThat(MappingSkeleton.stems("Problem-Solver, and APIs")).containsExactlyInAnyOrder("prob", "solv", "apis");
    }

    @Test
    void payloadsOfDifferentCandidatesAreRefused() {
        String one = fixture("greenhouse-scorecard.json");
        String other =
                one.replace("\"candidate_id\": 1234", "\"candidate_id\": 999").replace("\"id\": 821", "\"id\": 822");
        for (AtsMapping mapping : List.of(
                AtsMapping.empty(), AtsMapping.builder().candidate("c-1").build())) {
            assertThatThrownBy(() ->
                            AtsImporter.of(AtsVendor.GREENHOUSE, mapping, SCALE).read("[" + one + "," + other + "]"))
                    .isInstanceOfSatisfying(
                            dev.hiring.rubric.UndecidableEvaluationException.class,
                            e -> assertThat(e.problem())
                                    .isEqualTo(
                                            dev.hiring.rubric.UndecidableEvaluationException.Problem
                                                    .DIFFERENT_CANDIDATES))
                    .hasMessage("$[1]: a greenhouse payload for candidate '999', but $[0] is for '1234'; import one"
                            + " candidate at a time");
        }
        assertThat(AtsImporter.of(AtsVendor.GREENHOUSE, AtsMapping.empty(), SCALE)
                        .read("[" + one + "," + one.replace("\"id\": 821", "\"id\": 822") + "]")
                        .scorecards())
                .hasSize(2);
    }

    static RuleResult rule(Decision d, String id) {
        return d.trace().stream().filter(r -> r.rule().equals(id)).findFirst().orElseThrow();
    }
}
