package dev.hiring.rubric;

import static dev.hiring.rubric.Cards.all;
import static dev.hiring.rubric.Cards.card;
import static dev.hiring.rubric.Cards.eval;
import static dev.hiring.rubric.Recommendation.HIRE;
import static dev.hiring.rubric.Recommendation.NO_DECISION;
import static dev.hiring.rubric.Recommendation.NO_HIRE;
import static dev.hiring.rubric.Recommendation.STRONG_HIRE;
import static dev.hiring.rubric.Recommendation.STRONG_NO_HIRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.InvalidHiringDataException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionPolicyTest {
    private final DecisionPolicy guide = HiringPolicies.seniorBackendEngineer();

    @Test
    void singleScorecardNeedsMoreEvidence() {
        Decision d = guide.decide(eval(all("i-1", STRONG_HIRE, 3)));
        assertThat(d.outcome()).isEqualTo(Outcome.MORE_EVIDENCE_NEEDED);
        assertThat(trace(d, "min-interviewers").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(trace(d, "min-interviewers").detail())
                .isEqualTo("1 interviewer filled the rubric; at least 2 required");
    }

    @Test
    void fullLoopAtMeetsOrAboveIsATraceableHire() {
        Decision d = guide.decide(eval(all("i-1", HIRE, 2), all("i-2", STRONG_HIRE, 3), all("i-3", HIRE, 2)));
        assertThat(d.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(d.trace())
                .extracting(RuleResult::rule)
                .containsExactly(
                        "strong-no-hire-veto",
                        "red-flag-veto",
                        "min-interviewers",
                        "rejection-reason-required",
                        "max-disagreement",
                        "min-score",
                        "criterion-floors");
        assertThat(d.trace()).extracting(RuleResult::verdict).doesNotContain(Verdict.FAIL);
        assertThat(d.score()).isEqualTo(7.0 / 3.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(d.policy().id()).isEqualTo("senior-backend-engineer");
        assertThat(d.policy().version()).isEqualTo(1);
        assertThat(d.policy().hash()).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void fullLoopBelowTheBarIsATraceableNoHire() {
        Scorecard a = all("i-1", NO_HIRE, 1).withRatings(Map.of("system-design", 1, "coding-and-apis", 2));
        Scorecard a2 = a.withRejectionReasons(List.of("shallow-system-design"));
        Scorecard b = card("i-2", NO_HIRE, Map.of("system-design", 2, "coding-and-apis", 2));
        Scorecard b2 = b.withRejectionReasons(List.of("shallow-system-design", "unclear-communication"));
        Decision d = guide.decide(eval(a2, b2));
        assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(trace(d, "min-score").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(trace(d, "criterion-floors").detail()).isEqualTo("system-design mean 1.50 is below its floor 2.00");
        assertThat(d.rejectionReasons())
                .containsExactly(
                        new ReasonCount("shallow-system-design", 2), new ReasonCount("unclear-communication", 1));
    }

    @Test
    void strongNoHireVetoesEvenAHighScore() {
        Scorecard veto = all("i-3", STRONG_NO_HIRE, 3).withRejectionReasons(List.of("collaboration-mismatch"));
        Decision d = guide.decide(eval(all("i-1", HIRE, 3), all("i-2", HIRE, 3), veto));
        assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(trace(d, "strong-no-hire-veto").detail()).isEqualTo("1 STRONG_NO_HIRE recommendation");
    }

    @Test
    void redFlagVetoes() {
        Scorecard flagged = all("i-2", HIRE, 3).withRedFlags(List.of("blame-culture"));
        Decision d = guide.decide(eval(all("i-1", HIRE, 3), flagged));
        assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(trace(d, "red-flag-veto").detail()).isEqualTo("vetoing red flags observed: blame-culture");
    }

    @Test
    void wideDisagreementThatCanChangeTheOutcomeNeedsADebrief() {
        // system-design rated 3 and 1: at 3 the bar holds, at 1 the system-design floor (2.0) fails
        Scorecard high = all("i-1", HIRE, 2).withRatings(with(all("i-1", HIRE, 2), "system-design", 3));
        Scorecard low = all("i-2", HIRE, 2).withRatings(with(all("i-2", HIRE, 2), "system-design", 1));
        Decision d = guide.decide(eval(high, low));
        assertThat(d.outcome()).isEqualTo(Outcome.DEBRIEF);
        assertThat(trace(d, "max-disagreement").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(trace(d, "max-disagreement").detail())
                .isEqualTo("largest spread 2 (system-design); at most 1 allowed; a debrief can change the outcome:"
                        + " the bar holds with every disputed criterion at its highest rating and fails at its lowest");
    }

    @Test
    void disagreementThatCannotLiftTheBarIsANoHire() {
        // below on every floored criterion (score 1.33); only security-and-data is disputed (3 vs 1)
        Scorecard a = all("i-1", HIRE, 1).withRatings(with(all("i-1", HIRE, 1), "security-and-data", 3));
        Scorecard b = all("i-2", NO_HIRE, 1).withRejectionReasons(List.of("shallow-system-design"));
        Scorecard c = all("i-3", NO_HIRE, 1).withRejectionReasons(List.of("lacks-production-scale"));
        Decision d = guide.decide(eval(a, b, c));
        assertThat(d.score()).isCloseTo(1.0 + 2.0 / 3 / 7, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(trace(d, "max-disagreement").detail())
                .isEqualTo("largest spread 2 (security-and-data); at most 1 allowed; a debrief would not change the"
                        + " outcome: the bar fails even with every disputed criterion at its highest rating");
        assertThat(trace(d, "criterion-floors").verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void disagreementThatCannotSinkTheBarIsNotedNotHeld() {
        Decision d = guide.decide(
                eval(all("i-1", HIRE, 3), all("i-2", HIRE, 2), card("i-3", HIRE, Map.of("security-and-data", 1))));
        // with security-and-data at its lowest (1): (2.5·2 + 2.5 + 2.5·1.5·2 + 1) / 7 = 2.29, still above 2.0
        assertThat(d.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(trace(d, "max-disagreement").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(trace(d, "max-disagreement").detail())
                .isEqualTo("largest spread 2 (security-and-data); at most 1 allowed; noted, not held for a debrief:"
                        + " the bar holds even with every disputed criterion at its lowest rating");
    }

    @Test
    void vetoAndMissingEvidenceStillWinOverDisagreement() {
        Scorecard low = all("i-2", STRONG_NO_HIRE, 1).withRejectionReasons(List.of("shallow-system-design"));
        assertThat(guide.decide(eval(all("i-1", HIRE, 3), low)).outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(guide.decide(eval(all("i-1", HIRE, 3), all("i-2", NO_HIRE, 1)))
                        .outcome())
                .isEqualTo(Outcome.MORE_EVIDENCE_NEEDED);
    }

    @Test
    void anEvaluationLevelReasonSatisfiesTheRuleAndIsRankedOnce() {
        String json = """
                {"candidate": "c-1", "role": "senior-backend-engineer", "scorecards": [
                  {"interviewer": "i-1", "ratings": {"system-design": 1}, "recommendation": "NO_HIRE"},
                  {"interviewer": "i-2", "ratings": {"system-design": 1}, "recommendation": "NO_HIRE",
                   "rejectionReasons": ["unclear-communication"]}],
                 "rejectionReasons": ["shallow-system-design"]}""";
        CandidateEvaluation e = NativeFormat.read(json, guide);
        assertThat(e.rejectionReasons()).containsExactly("shallow-system-design");
        assertThat(NativeFormat.read(NativeFormat.write(e, guide.ratingScale()), guide))
                .isEqualTo(e);
        assertThat(NativeFormat.write(e.withRejectionReasons(List.of()), guide.ratingScale()))
                .doesNotContain("\"rejectionReasons\" : [ \"shallow");
        Decision d = guide.decide(e);
        assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(trace(d, "rejection-reason-required").verdict()).isEqualTo(Verdict.PASS);
        assertThat(d.rejectionReasons())
                .containsExactly(
                        new ReasonCount("shallow-system-design", 1), new ReasonCount("unclear-communication", 1));
        Decision without = guide.decide(e.withRejectionReasons(List.of()));
        assertThat(without.outcome()).isEqualTo(Outcome.MORE_EVIDENCE_NEEDED);
        // the same reason on a scorecard and on the evaluation: the interviewer's voice plus the evaluation's
        Decision both = guide.decide(e.withRejectionReasons(List.of("unclear-communication")));
        assertThat(both.rejectionReasons()).containsExactly(new ReasonCount("unclear-communication", 2));
        assertThatThrownBy(() -> e.withRejectionReasons(List.of("a-b", "a-b")))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("rejectionReasons[1]: must not repeat an id");
        assertThat(e.toString())
                .isEqualTo("CandidateEvaluation{candidate=c-1, role=senior-backend-engineer, scorecards=2,"
                        + " rejectionReasons=[shallow-system-design]}");
    }

    @Test
    void refusesTheSameInterviewerTwiceAndAnotherRoleWithATypedError() {
        CandidateEvaluation twice = eval(all("i-1", HIRE, 3), all("i-2", HIRE, 2), all("i-1", HIRE, 3));
        assertThatThrownBy(() -> guide.requireDecidable(twice))
                .isInstanceOfSatisfying(
                        UndecidableEvaluationException.class,
                        e -> assertThat(e.problem())
                                .isEqualTo(UndecidableEvaluationException.Problem.DUPLICATE_INTERVIEWER))
                .isInstanceOf(dev.hiring.core.HiringException.class)
                .hasMessage("scorecards[2].interviewer: interviewer 'i-1' already has scorecards[0]; one scorecard per"
                        + " interviewer (merge them before deciding, or give the policy a merge rule: duplicateInterviewer latest"
                        + " or mean)");
        CandidateEvaluation otherRole = CandidateEvaluation.of(
                Cards.CANDIDATE, "staff-data-engineer", List.of(all("i-1", HIRE, 3), all("i-2", HIRE, 3)));
        assertThatThrownBy(() -> guide.requireDecidable(otherRole))
                .isInstanceOfSatisfying(
                        UndecidableEvaluationException.class,
                        e -> assertThat(e.problem()).isEqualTo(UndecidableEvaluationException.Problem.ROLE_MISMATCH))
                .hasMessage("role: the evaluation is for role 'staff-data-engineer', but policy"
                        + " 'senior-backend-engineer' decides role 'senior-backend-engineer'");
        // a decidable evaluation passes, and decide itself stays total
        guide.requireDecidable(eval(all("i-1", HIRE, 3), all("i-2", HIRE, 2)));
        assertThat(guide.decide(twice).outcome()).isEqualTo(Outcome.HIRE);
    }

    static Map<String, Integer> with(Scorecard s, String criterion, int level) {
        Map<String, Integer> m = new java.util.LinkedHashMap<>(s.ratings());
        m.put(criterion, level);
        return m;
    }

    @Test
    void noHireWithoutReasonNeedsMoreEvidence() {
        Decision d = guide.decide(eval(all("i-1", HIRE, 2), all("i-2", NO_HIRE, 2)));
        assertThat(d.outcome()).isEqualTo(Outcome.MORE_EVIDENCE_NEEDED);
        assertThat(trace(d, "rejection-reason-required").verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void nothingRatedNeedsMoreEvidenceEvenWithoutRules() {
        DecisionPolicy empty = guide.withRules(List.of());
        Decision d = empty.decide(eval(card("i-1", NO_DECISION, Map.of())));
        assertThat(d.outcome()).isEqualTo(Outcome.MORE_EVIDENCE_NEEDED);
        assertThat(d.score()).isNull();
        assertThat(d.toJson()).contains("\"score\" : null");
    }

    @Test
    void aggregationIgnoresUnratedCriteria() {
        Aggregation a = guide.aggregate(eval(
                card("i-1", HIRE, Map.of("system-design", 3)),
                card("i-2", HIRE, Map.of("system-design", 1, "coding-and-apis", 2))));
        assertThat(a.criterion("system-design").orElseThrow())
                .isEqualTo(new CriterionAggregate("system-design", 2, 2.0, 2.0, 1, 3, 2));
        assertThat(a.criterion("security-and-data").orElseThrow().count()).isZero();
        // (2.0 * 2 + 1.0 * 2) / (2.0 + 1.0): weights renormalized over the rated criteria
        assertThat(a.score()).isEqualTo(2.0);
        assertThat(a.interviewers()).isEqualTo(2);
    }

    @Test
    void medianOfEvenCountIsTheMeanOfTheMiddleTwo() {
        Aggregation a = guide.aggregate(eval(
                card("i-1", HIRE, Map.of("system-design", 3)),
                card("i-2", HIRE, Map.of("system-design", 1)),
                card("i-3", HIRE, Map.of("system-design", 2)),
                card("i-4", HIRE, Map.of("system-design", 3))));
        assertThat(a.criterion("system-design").orElseThrow().median()).isEqualTo(2.5);
    }

    @Test
    void ratingsOutsideThePolicyAreErrorsNamingTheField() {
        assertThatThrownBy(() -> guide.decide(eval(card("i-1", HIRE, Map.of("cooking", 2)))))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("scorecards[0].ratings.cooking: names no criterion");
        assertThatThrownBy(() -> guide.decide(eval(card("i-1", HIRE, Map.of("system-design", 4)))))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("scorecards[0].ratings.system-design: value 4 is not a level");
        Scorecard unknownReason = all("i-1", NO_HIRE, 1).withRejectionReasons(List.of("too-tall"));
        assertThatThrownBy(() -> guide.decide(eval(unknownReason)))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("scorecards[0].rejectionReasons[0]: 'too-tall' is not a rejection reason");
    }

    @Test
    void policyJsonRoundTripsWithTheSameHash() {
        String json = guide.toJson();
        DecisionPolicy back = DecisionPolicy.parse(json);
        assertThat(back).isEqualTo(guide);
        assertThat(back.hash()).isEqualTo(guide.hash());
        assertThat(json).contains("\"type\" : \"min-interviewers\"", "\"min\" : 2");
        assertThat(guide.withVersion(2).hash()).isNotEqualTo(guide.hash());
        assertThat(guide.toCanonicalJson()).doesNotContain("\n").doesNotContain("hash");
    }

    @Test
    void policyJsonErrorsNameTheField() {
        String json = guide.toJson().replace("\"min\" : 2", "\"min\" : 0");
        assertThatThrownBy(() -> DecisionPolicy.parse(json))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("min: must be at least 1, was 0");
        String unknownType = guide.toJson().replace("\"type\" : \"min-score\"", "\"type\" : \"coin-flip\"");
        assertThatThrownBy(() -> DecisionPolicy.parse(unknownType)).isInstanceOf(dev.hiring.core.HiringException.class);
        assertThatThrownBy(() -> guide.withRules(List.of(new DecisionRule.CriterionFloors(Map.of("cooking", 2.0)))))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("rules[0].floors.cooking: names no criterion of the policy");
    }

    @Test
    void ruleSettingsMissingOrNullAreTypedErrors() {
        String json = guide.toJson();
        int at = json.indexOf("\"rules\" : [");
        String head = json.substring(0, at);
        for (String rule : List.of(
                "{\"type\":\"criterion-floors\"}",
                "{\"type\":\"red-flag-veto\"}",
                "{\"type\":\"red-flag-veto\",\"redFlags\":null}",
                "{\"type\":\"min-interviewers\"}",
                "{\"type\":\"criterion-floors\",\"floors\":{\"system-design\":null}}",
                "null",
                "{}",
                "{\"type\":\"min-score\",\"threshold\":\"high\"}")) {
            String bad = head + "\"rules\" : [" + rule + "]}";
            assertThatThrownBy(() -> DecisionPolicy.parse(bad))
                    .as(rule)
                    .isInstanceOf(dev.hiring.core.HiringException.class)
                    .hasMessageContaining("rules");
        }
    }

    @Test
    void weightProfilesMapTheGuideWords() {
        DecisionPolicy p = guide;
        assertThat(p.weights())
                .containsExactly(
                        Map.entry("system-design", 2.0),
                        Map.entry("coding-and-apis", 1.0),
                        Map.entry("reliability-and-ops", 1.5),
                        Map.entry("collaboration-and-leadership", 1.5),
                        Map.entry("security-and-data", 1.0));
        assertThat(WeightProfiles.forSeniority(
                                dev.hiring.core.Seniority.MID,
                                dev.hiring.core.HiringGuides.seniorBackendEngineer()
                                        .rubricCriteria())
                        .values())
                .containsOnly(1.0);
    }

    @Test
    void decisionJsonHasTheContractShape() {
        Decision d = guide.decide(eval(all("i-1", HIRE, 2), all("i-2", HIRE, 3)));
        String json = d.toJson();
        assertThat(json).startsWith("{\n  \"candidate\" : \"c-1\",\n  \"outcome\" : \"HIRE\",\n  \"score\" : ");
        assertThat(json).contains("""
                                "criteria" : [ {
                                    "id" : "system-design",
                                    "count" : 2,
                                    "mean" : 2.5,
                                    "median" : 2.5,
                                    "min" : 2,
                                    "max" : 3,
                                    "spread" : 1
                                """);
        assertThat(json).contains("\"rule\" : \"min-interviewers\",\n    \"verdict\" : \"PASS\",\n    \"detail\" : ");
        assertThat(json)
                .contains("\"policy\" : {\n    \"id\" : \"senior-backend-engineer\",\n    \"version\" : 1,\n"
                        + "    \"hash\" : \"sha256:");
        assertThat(Decision.parse(json)).isEqualTo(d);
    }

    static RuleResult trace(Decision d, String rule) {
        return d.trace().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }
}
