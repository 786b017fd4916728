package dev.hiring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringGuide;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.RedFlag;
import dev.hiring.core.guide.GuideRegistry;
import dev.hiring.core.json.HiringJson;
import dev.hiring.rubric.importer.AtsImporter;
import dev.hiring.rubric.importer.AtsMapping;
import dev.hiring.rubric.importer.AtsVendor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A company's own guide gives a policy that decides with the guide's scale, criteria and minimum; no fallback. */
class PolicyRegistryTest {
    static final Path DATA_ENGINEER_FILE = Path.of("..", "examples", "guides", "data-engineer.json");
    static final HiringGuide DATA_ENGINEER = GuideRegistry.read(DATA_ENGINEER_FILE);
    static final DecisionPolicy POLICY = HiringPolicies.fromGuide(DATA_ENGINEER);

    @TempDir
    Path dir;

    static Scorecard card(String interviewer, int rating, Recommendation r) {
        return card(interviewer, rating, r, List.of());
    }

    static Scorecard card(String interviewer, int rating, Recommendation r, List<String> redFlags) {
        return Scorecard.builder()
                .addAllRedFlags(redFlags)
                .candidate("c-1")
                .interviewer(interviewer)
                .putRatings("pipeline-design", rating)
                .putRatings("sql-and-modelling", rating)
                .putRatings("data-quality", rating)
                .putRatings("collaboration", rating)
                .recommendation(r)
                .build();
    }

    static CandidateEvaluation loop(int interviewers, int rating) {
        List<Scorecard> cards = new ArrayList<>();
        for (int i = 1; i <= interviewers; i++) {
            cards.add(card("i-" + i, rating, Recommendation.HIRE));
        }
        return CandidateEvaluation.of("c-1", "data-engineer", cards);
    }

    @Test
    void theGuidesPolicyHasItsIdScaleCriteriaAndMinimum() {
        assertThat(POLICY.id()).isEqualTo("data-engineer");
        assertThat(POLICY.version()).isEqualTo(1);
        assertThat(POLICY.ratingScale()).isEqualTo(DATA_ENGINEER.ratingScale());
        // MID: every criterion weighs 1.0
        assertThat(POLICY.weights())
                .containsExactly(
                        Map.entry("pipeline-design", 1.0),
                        Map.entry("sql-and-modelling", 1.0),
                        Map.entry("data-quality", 1.0),
                        Map.entry("collaboration", 1.0));
        assertThat(POLICY.redFlags()).containsExactly("hides-data-incidents", "blames-upstream-only");
        assertThat(POLICY.rejectionReasons()).containsExactly("no-rerun-safety", "weak-sql", "no-quality-thinking");
        assertThat(POLICY.rules())
                .contains(new DecisionRule.MinInterviewers(3), new DecisionRule.MinScore(2.0))
                .filteredOn(r -> r instanceof DecisionRule.CriterionFloors)
                .singleElement()
                .isEqualTo(new DecisionRule.CriterionFloors(Map.of("pipeline-design", 2.5, "data-quality", 3.0)));
    }

    /** The guide's data-engineer fixture without its {@code criterionFloors} section. */
    static HiringGuide withoutFloors(Path file) throws IOException {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(Files.readString(file));
        assertThat(tree.remove("criterionFloors")).isNotNull();
        return HiringJson.read(tree.toString(), HiringGuide.class);
    }

    static Scorecard ratedOnDataQuality(String interviewer, int dataQuality) {
        return Scorecard.builder()
                .candidate("c-1")
                .interviewer(interviewer)
                .putRatings("pipeline-design", 4)
                .putRatings("sql-and-modelling", 4)
                .putRatings("data-quality", dataQuality)
                .putRatings("collaboration", 4)
                .recommendation(Recommendation.HIRE)
                .build();
    }

    @Test
    void theGuidesOwnFloorsDecideAndAGuideWithoutFloorsHasNoFloorRule() throws IOException {
        // data quality "partial" (2) from everyone: a mean of 3.5 overall, below the guide's data-quality floor 3
        CandidateEvaluation partial = CandidateEvaluation.of(
                "c-1",
                "data-engineer",
                List.of(ratedOnDataQuality("i-1", 2), ratedOnDataQuality("i-2", 2), ratedOnDataQuality("i-3", 2)));
        Decision floored = POLICY.decide(partial);
        assertThat(floored.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(floored.trace())
                .filteredOn(t -> t.rule().equals(DecisionRule.CriterionFloors.ID))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.verdict()).isEqualTo(Verdict.FAIL);
                    assertThat(t.detail()).contains("data-quality");
                });

        HiringGuide none = withoutFloors(DATA_ENGINEER_FILE);
        assertThat(none.criterionFloors()).isEmpty();
        DecisionPolicy lax = HiringPolicies.fromGuide(none);
        assertThat(lax.rules()).noneMatch(r -> r instanceof DecisionRule.CriterionFloors);
        assertThat(lax.withRules(POLICY.rules())).isEqualTo(POLICY);
        Decision unfloored = lax.decide(partial);
        assertThat(unfloored.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(unfloored.score()).isEqualTo(3.5);
        // "solid" (3) on data quality meets the floor: the same HIRE under both
        CandidateEvaluation solid = CandidateEvaluation.of(
                "c-1",
                "data-engineer",
                List.of(ratedOnDataQuality("i-1", 3), ratedOnDataQuality("i-2", 3), ratedOnDataQuality("i-3", 3)));
        assertThat(POLICY.decide(solid).outcome()).isEqualTo(Outcome.HIRE);
    }

    @Test
    void theBuiltInFloorsComeFromTheBuiltInGuidesData() {
        HiringGuide builtIn = HiringGuides.seniorBackendEngineer();
        Map<String, Double> floors = new java.util.LinkedHashMap<>();
        builtIn.criterionFloors().forEach(f -> floors.put(f.criterion(), f.floor()));
        assertThat(floors)
                .containsExactly(
                        Map.entry("system-design", 2.0),
                        Map.entry("reliability-and-ops", 1.5),
                        Map.entry("collaboration-and-leadership", 1.5));
        assertThat(HiringPolicies.seniorBackendEngineer().rules()).contains(new DecisionRule.CriterionFloors(floors));
    }

    @Test
    void theBuiltInPolicyIsThePolicyOfTheBuiltInGuide() {
        assertThat(HiringPolicies.fromGuide(HiringGuides.seniorBackendEngineer()))
                .isEqualTo(HiringPolicies.seniorBackendEngineer());
        assertThat(PolicyRegistry.fromGuides(GuideRegistry.builtIn())).isEqualTo(PolicyRegistry.builtIn());
        assertThat(HiringPolicies.byName("senior-backend-engineer")).contains(HiringPolicies.seniorBackendEngineer());
        assertThat(HiringPolicies.byName("data-engineer")).isEmpty();
        assertThat(HiringPolicies.names()).containsExactly("senior-backend-engineer");
    }

    @Test
    void theLibraryDecidesWithTheGuidesOwnMinimumAndScale() {
        // three interviewers, the guide's minimum (the built-in guide asks for two), on the 4-level scale
        Decision hire = POLICY.decide(loop(3, 4));
        assertThat(hire.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(hire.score()).isEqualTo(4.0);
        Decision two = POLICY.decide(loop(2, 4));
        assertThat(two.outcome()).isEqualTo(Outcome.MORE_EVIDENCE_NEEDED);
        assertThat(POLICY.decide(loop(3, 1)).outcome()).isEqualTo(Outcome.NO_HIRE);
        // a red flag of this guide vetoes
        List<Scorecard> cards = new ArrayList<>(loop(3, 4).scorecards());
        cards.set(0, card("i-1", 4, Recommendation.HIRE, List.of("hides-data-incidents")));
        assertThat(POLICY.decide(CandidateEvaluation.of("c-1", "data-engineer", cards))
                        .outcome())
                .isEqualTo(Outcome.NO_HIRE);
    }

    @Test
    void theSeniorBackendGuidesIdsAreNotThisPolicys() {
        Scorecard senior = Scorecard.builder()
                .candidate("c-1")
                .interviewer("i-1")
                .putRatings("system-design", 3)
                .recommendation(Recommendation.HIRE)
                .build();
        assertThatThrownBy(() -> POLICY.decide(CandidateEvaluation.of("c-1", "data-engineer", List.of(senior))))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("system-design");
        Scorecard seniorFlag = card(
                "i-1",
                3,
                Recommendation.NO_HIRE,
                List.of(HiringGuides.seniorBackendEngineer().redFlags().get(0).id()));
        assertThatThrownBy(() -> POLICY.decide(CandidateEvaluation.of("c-1", "data-engineer", List.of(seniorFlag))))
                .isInstanceOf(InvalidHiringDataException.class);
    }

    @Test
    void anEvaluationForAnotherRoleIsAMismatchNotAFallback() {
        CandidateEvaluation forSenior = CandidateEvaluation.of("c-1", "senior-backend-engineer", List.of());
        assertThatThrownBy(() -> POLICY.requireDecidable(forSenior))
                .isInstanceOfSatisfying(
                        UndecidableEvaluationException.class,
                        e -> assertThat(e.problem()).isEqualTo(UndecidableEvaluationException.Problem.ROLE_MISMATCH))
                .hasMessageContaining("'senior-backend-engineer'", "'data-engineer'");
    }

    @Test
    void aRegistryFindsBothPoliciesByIdAndNamesTheKnownOnesOtherwise() {
        PolicyRegistry r = PolicyRegistry.builtIn().withGuide(DATA_ENGINEER);
        assertThat(r.ids()).containsExactly("senior-backend-engineer", "data-engineer");
        assertThat(r.get("data-engineer")).isEqualTo(POLICY);
        assertThat(r.get(loop(3, 3).role()).decide(loop(3, 3)).outcome()).isEqualTo(Outcome.HIRE);
        assertThat(PolicyRegistry.builtIn().find("data-engineer")).isEmpty();
        assertThatThrownBy(() -> r.get("sre"))
                .isInstanceOfSatisfying(UnknownPolicyException.class, e -> {
                    assertThat(e.id()).isEqualTo("sre");
                    assertThat(e.knownIds()).containsExactly("senior-backend-engineer", "data-engineer");
                })
                .hasMessage("no policy with id 'sre' (known: senior-backend-engineer, data-engineer)");
        assertThatThrownBy(() -> r.withGuide(DATA_ENGINEER))
                .isInstanceOf(HiringException.class)
                .hasMessage("a policy with id 'data-engineer' is already registered");
    }

    @Test
    void aPolicyFileLoadsAndAnInvalidOneNamesTheFile() throws IOException {
        Path file = Files.writeString(
                dir.resolve("data-engineer-v2.json"), POLICY.withVersion(2).toJson());
        PolicyRegistry r = PolicyRegistry.empty().load(file);
        assertThat(r.get("data-engineer")).isEqualTo(POLICY.withVersion(2));
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"id\": 5}");
        assertThatThrownBy(() -> PolicyRegistry.read(bad))
                .isInstanceOf(HiringException.class)
                .hasMessageStartingWith("bad.json: ");
        assertThatThrownBy(() -> PolicyRegistry.read(dir.resolve("none.json")))
                .hasMessage("none.json: no such policy file");
    }

    @Test
    void anImportForThisPolicyHasItsRoleAndAnImportWithoutOneHasNone() throws IOException {
        String payload = Files.readString(Path.of(
                "src", "test", "resources", "dev", "hiring", "rubric", "importer", "greenhouse-scorecard.json"));
        AtsMapping mapping = AtsMapping.of(Map.of("Communication", "collaboration"));
        CandidateEvaluation e =
                AtsImporter.of(AtsVendor.GREENHOUSE, mapping, POLICY).read(payload);
        assertThat(e.role()).isEqualTo("data-engineer");
        // the vendor's "yes" is level 3 of 4 on this policy's 4-level scale: "solid"
        assertThat(e.scorecards().get(0).ratings()).containsExactly(Map.entry("collaboration", 3));
        POLICY.requireDecidable(e);
        CandidateEvaluation bare = AtsImporter.of(AtsVendor.GREENHOUSE, mapping, POLICY.ratingScale())
                .read(payload);
        assertThat(bare.role()).isEqualTo(AtsImporter.UNKNOWN_ROLE);
        assertThatThrownBy(() -> POLICY.requireDecidable(bare)).isInstanceOf(UndecidableEvaluationException.class);
        AtsMapping named = AtsMapping.builder()
                .putCriteria("Communication", "collaboration")
                .role("data-engineer")
                .build();
        assertThat(AtsImporter.of(AtsVendor.GREENHOUSE, named, POLICY.ratingScale())
                        .read(payload)
                        .role())
                .isEqualTo("data-engineer");
    }

    @Test
    void everyRedFlagOfTheGuideIsInThePolicy() {
        assertThat(POLICY.redFlags())
                .containsExactlyElementsOf(
                        DATA_ENGINEER.redFlags().stream().map(RedFlag::id).toList());
    }
}
