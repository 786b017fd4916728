package dev.hiring.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.rubric.importer.AtsVendor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small accessors and lookups that the larger tests do not pin down (found as surviving PIT mutants). */
class SmallApiTest {
    @Test
    void policiesAreLookedUpByName() {
        assertThat(HiringPolicies.names()).contains(HiringPolicies.SENIOR_BACKEND_ENGINEER);
        assertThat(HiringPolicies.byName(HiringPolicies.SENIOR_BACKEND_ENGINEER))
                .contains(HiringPolicies.seniorBackendEngineer());
        assertThat(HiringPolicies.byName("no-such-policy")).isEmpty();
    }

    @Test
    void vendorsAreLookedUpByIdInAnyCase() {
        assertThat(AtsVendor.byId("GreenHouse")).contains(AtsVendor.GREENHOUSE);
        assertThat(AtsVendor.byId("workable")).contains(AtsVendor.WORKABLE);
        assertThat(AtsVendor.byId("taleo")).isEmpty();
        assertThat(AtsVendor.LEVER.id()).isEqualTo("lever");
    }

    @Test
    void everyRuleKindHasItsOwnNonBlankId() {
        List<DecisionRule> rules = List.of(
                new DecisionRule.MinInterviewers(2),
                new DecisionRule.MinScore(2.0),
                new DecisionRule.CriterionFloors(Map.of("system-design", 2.0)),
                new DecisionRule.StrongNoHireVeto(),
                new DecisionRule.RedFlagVeto(List.of("plagiarism")),
                new DecisionRule.MaxDisagreement(2),
                new DecisionRule.RejectionReasonRequired());

        assertThat(rules).allSatisfy(r -> assertThat(r.id()).isNotBlank());
        assertThat(rules.stream().map(DecisionRule::id).distinct()).hasSize(rules.size());
    }

    @Test
    void aCriterionIsRatedWhenSomeoneRatedIt() {
        assertThat(new CriterionAggregate("system-design", 1, 2.0, 2.0, 2, 2, 0).isRated())
                .isTrue();
        assertThat(new CriterionAggregate("system-design", 0, null, null, null, null, null).isRated())
                .isFalse();
    }

    @Test
    void anEvaluationShowsItsCandidateAndRole() {
        CandidateEvaluation e = CandidateEvaluation.of("c-7", "senior-backend-engineer", List.of());

        assertThat(e.toString()).contains("c-7", "senior-backend-engineer");
    }
}
