package dev.hiring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.rubric.importer.AtsMapping;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The structural checks of the rubric's value types, field by field, and their boundaries. */
class ValidationEdgesTest {
    private static final String POLICY = HiringPolicies.seniorBackendEngineer().toJson();

    private static Scorecard.Builder card() {
        return card("i-1");
    }

    private static Scorecard.Builder card(String interviewer) {
        return Scorecard.builder().candidate("c-1").interviewer(interviewer);
    }

    @Test
    void evaluationNeedsANonBlankCandidateOfAtMost200Characters() {
        assertThat(CandidateEvaluation.of("c".repeat(200), "r", List.of()).candidate())
                .hasSize(200);
        assertThatThrownBy(() -> CandidateEvaluation.of(" ", "r", List.of()))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("candidate: must not be blank");
        assertThatThrownBy(() -> CandidateEvaluation.of("c".repeat(201), "r", List.of()))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("candidate: must be at most 200 characters, was 201");
    }

    @Test
    void scorecardChecksInterviewerReasonsAndFlags() {
        assertThat(card("i".repeat(200)).build().interviewer()).hasSize(200);
        assertThatThrownBy(() -> card("i".repeat(201)).build())
                .hasMessageContaining("interviewer: must be at most 200 characters, was 201");
        assertThatThrownBy(() -> card(" ").build()).hasMessageContaining("interviewer: must not be blank");
        assertThatThrownBy(() -> card().addRejectionReasons("Not An Id").build())
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("rejectionReasons[0]");
        assertThatThrownBy(() ->
                        card().addRedFlags("blame-culture", "blame-culture").build())
                .hasMessageContaining("redFlags[1]: must not repeat an id");
    }

    @Test
    void scorecardRatingLookupsAndFilledRubric() {
        Scorecard empty = card().build();
        Scorecard rated = card().putRatings("system-design", 3).build();

        assertThat(empty.rubricFilled()).isFalse();
        assertThat(rated.rubricFilled()).isTrue();
        assertThat(rated.rating("system-design")).contains(3);
        assertThat(rated.rating("coding-and-apis")).isEmpty();
    }

    @Test
    void aRecordWithoutOverrideIsNotOverridden() {
        DecisionRecord record = DecisionRecord.decide(
                HiringPolicies.seniorBackendEngineer(),
                CandidateEvaluation.of("c-1", "senior-backend-engineer", List.of(card().build())),
                java.time.Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC));
        Decision d = record.decision();

        assertThat(record.isOverridden()).isFalse();
        assertThat(record.finalOutcome()).isEqualTo(d.outcome());
    }

    @Test
    void policyWeightsMustBeIdsWithPositiveFiniteValues() {
        assertThatThrownBy(() -> DecisionPolicy.parse(POLICY.replace("\"security-and-data\" : 1.0,", "")
                        .replace("\"security-and-data\" : 1.0", "\"Security\" : 1.0")))
                .hasMessageContaining("weights.<key>");
        assertThatThrownBy(() -> DecisionPolicy.parse(
                        POLICY.replaceFirst("\"coding-and-apis\" : 1.0", "\"coding-and-apis\" : 0")))
                .hasMessageContaining("weights.coding-and-apis: must be finite and greater than 0, was 0.0");
    }

    @Test
    void policyReasonAndFlagListsHoldUniqueIds() {
        assertThatThrownBy(() -> DecisionPolicy.parse(POLICY.replace(
                        "\"rejectionReasons\" : [ \"shallow-system-design\",",
                        "\"rejectionReasons\" : [ \"shallow-system-design\", \"shallow-system-design\",")))
                .hasMessageContaining("rejectionReasons[1]: must not repeat an id");
        assertThatThrownBy(() -> DecisionPolicy.parse(POLICY.replace(
                        "\"redFlags\" : [ \"vague-ownership-history\", \"frameworks",
                        "\"redFlags\" : [ \"Vague Ownership\", \"frameworks")))
                .hasMessageContaining("redFlags[0]");
    }

    @Test
    void policyRulesMayNameOnlyItsOwnCriteriaAndFlags() {
        assertThatThrownBy(() -> DecisionPolicy.parse(POLICY.replace(
                        "\"reliability-and-ops\" : 1.5,\n      \"collaboration",
                        "\"on-call\" : 1.5,\n      \"collaboration")))
                .hasMessageContaining("rules[6].floors.on-call: names no criterion of the policy");
        assertThatThrownBy(() -> DecisionPolicy.parse(POLICY.replace(
                        "\"redFlags\" : [ \"vague-ownership-history\", \"frameworks-without-fundamentals\", \"blame-culture\", \"resists-feedback\", \"unrealistic-expectations\" ]\n  }",
                        "\"redFlags\" : [ \"arrogance\" ]\n  }")))
                .hasMessageContaining("rules[1].redFlags[0]: names no red flag of the policy: 'arrogance'");
    }

    @Test
    void mappingChecksCriteriaLevelsCandidateAndRole() {
        assertThatThrownBy(() -> AtsMapping.of(Map.of("System Design", "System Design")))
                .hasMessageContaining("criteria.System Design");
        assertThatThrownBy(() -> AtsMapping.parse("{\"levels\": {\"5\": \"exceeds\"}}"))
                .hasMessageContaining("levels.<key>: must be a vendor level 1 to 4, was '5'");
        assertThatThrownBy(() -> AtsMapping.parse("{\"candidate\": \" \"}"))
                .hasMessageContaining("candidate: must not be blank");
        assertThatThrownBy(() -> AtsMapping.parse("{\"role\": \"Senior Engineer\"}"))
                .hasMessageContaining("role");
    }
}
