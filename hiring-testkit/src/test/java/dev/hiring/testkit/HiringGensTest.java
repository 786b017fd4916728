package dev.hiring.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.RatingLevel;
import dev.hiring.core.validation.HiringValidator;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.Scorecard;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HiringGensTest {
    private static final DecisionPolicy GUIDE = HiringPolicies.seniorBackendEngineer();

    @Test
    void rolesMeetEveryGuidePolicy() {
        qt().withExamples(300)
                .forAll(HiringGens.roles())
                .checkAssert(
                        role -> assertThat(HiringValidator.violations(role)).isEmpty());
    }

    @Test
    void rolesWithTooManyResponsibilitiesBreakTheGuide() {
        qt().withExamples(50)
                .forAll(HiringGens.roles(RoleOptions.defaults().withResponsibilities(6, 8)))
                .checkAssert(role -> assertThat(HiringValidator.violations(role))
                        .extracting(v -> v.path())
                        .anyMatch(p -> p.contains("responsibilities")));
    }

    @Test
    void ratingScalesHaveThreeOrFourIncreasingLevels() {
        qt().forAll(HiringGens.ratingScales()).checkAssert(scale -> {
            List<RatingLevel> levels = scale.levels();
            assertThat(levels).hasSizeBetween(3, 4);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i).value())
                        .isGreaterThan(levels.get(i - 1).value());
            }
        });
    }

    @Test
    void generatedEvaluationsFitTheGuidePolicy() {
        qt().withExamples(300).forAll(HiringGens.evaluations()).checkAssert(e -> {
            assertThat(e.scorecards()).hasSizeBetween(0, 6);
            assertThat(GUIDE.decide(e).candidate()).isEqualTo(HiringGens.CANDIDATE);
        });
    }

    @Test
    void generatedPoliciesAcceptTheirOwnEvaluationsAndRoundTripAsJson() {
        qt().withExamples(150)
                .forAll(HiringGens.policies()
                        .flatMap(p -> HiringGens.evaluations(p).map(e -> new Object[] {p, e})))
                .checkAssert(pair -> {
                    DecisionPolicy p = (DecisionPolicy) pair[0];
                    CandidateEvaluation e = (CandidateEvaluation) pair[1];
                    assertThat(p.decide(e).policy().hash()).isEqualTo(p.hash());
                    assertThat(DecisionPolicy.parse(p.toJson())).isEqualTo(p);
                });
    }

    @Test
    void optionsShapeTheEvaluations() {
        EvaluationOptions o = EvaluationOptions.defaults()
                .withScorecards(3, 4)
                .withInterviewers(2)
                .withUnratedPercent(0)
                .withStrongNoHirePercent(100)
                .withNotesPercent(0);
        qt().forAll(HiringGens.evaluations(GUIDE, o)).checkAssert(e -> {
            assertThat(e.scorecards()).hasSizeBetween(3, 4);
            Set<String> interviewers = new HashSet<>();
            for (Scorecard s : e.scorecards()) {
                interviewers.add(s.interviewer());
                assertThat(s.ratings()).hasSize(GUIDE.weights().size());
                assertThat(s.recommendation().name()).isEqualTo("STRONG_NO_HIRE");
                assertThat(s.notes()).isEmpty();
            }
            assertThat(interviewers).isSubsetOf("i-1", "i-2");
        });
    }

    @Test
    void policiesShapedByOptions() {
        qt().forAll(HiringGens.policies(PolicyOptions.defaults()
                        .withCriteria(2, 3)
                        .withRulePercent(0)
                        .withGuideScale(true)))
                .checkAssert(p -> {
                    assertThat(p.weights()).hasSizeBetween(2, 3);
                    assertThat(p.rules()).isEmpty();
                    assertThat(p.ratingScale()).isEqualTo(GUIDE.ratingScale());
                });
    }

    @Test
    void optionsRejectOutOfRangeValuesNamingTheOption() {
        assertThatThrownBy(() -> EvaluationOptions.defaults().withScorecards(3, 2))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("scorecards");
        assertThatThrownBy(() -> EvaluationOptions.defaults().withRedFlagPercent(101))
                .hasMessageContaining("redFlagPercent");
        assertThatThrownBy(() -> PolicyOptions.defaults().withCriteria(0, 1)).hasMessageContaining("criteria");
        assertThatThrownBy(() -> RoleOptions.defaults().withRemotePercent(-1)).hasMessageContaining("remotePercent");
    }
}
