package dev.hiring.rubric;

import static dev.hiring.rubric.Cards.all;
import static dev.hiring.rubric.Cards.card;
import static dev.hiring.rubric.Cards.eval;
import static dev.hiring.rubric.Recommendation.HIRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.InvalidHiringDataException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CustomRuleTest {
    /** Evidence: a criterion needs at least {@code min} ratings. */
    static final class MinRatings implements CustomRule {
        @Override
        public String id() {
            return "test-min-ratings";
        }

        @Override
        public int version() {
            return 2;
        }

        @Override
        public RuleKind kind() {
            return RuleKind.EVIDENCE;
        }

        @Override
        public void checkParameters(Map<String, Object> parameters) {
            dev.hiring.core.Violations.of("test-min-ratings")
                    .require(parameters.get("criterion") instanceof String, "parameters.criterion", "is required")
                    .require(
                            parameters.get("min") instanceof Integer m && m >= 1,
                            "parameters.min",
                            "must be an integer of at least 1")
                    .throwIfAny();
        }

        @Override
        public RuleResult evaluate(Aggregation a, Map<String, Object> parameters) {
            String criterion = String.valueOf(parameters.get("criterion"));
            int min = parameters.get("min") instanceof Integer m ? m : 1;
            int n = a.criterion(criterion).map(CriterionAggregate::count).orElse(0);
            return new RuleResult(
                    "ignored", n >= min ? Verdict.PASS : Verdict.FAIL, criterion + " rated " + n + " times; " + min);
        }
    }

    private static final DecisionPolicy GUIDE = HiringPolicies.seniorBackendEngineer();

    @BeforeAll
    static void register() {
        CustomRules.register(new MinRatings());
    }

    static DecisionPolicy withCustom(int min) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("criterion", "security-and-data");
        parameters.put("min", min);
        List<DecisionRule> rules = new ArrayList<>(GUIDE.rules());
        rules.add(4, new DecisionRule.Custom("test-min-ratings", 2, parameters));
        return GUIDE.withRules(rules);
    }

    @Test
    void theCustomRuleIsInTheCanonicalJsonAndTheHash() throws Exception {
        DecisionPolicy one = withCustom(1);
        DecisionPolicy two = withCustom(2);

        assertThat(one.toCanonicalJson())
                .contains("{\"type\":\"custom\",\"rule\":\"test-min-ratings\",\"version\":2,"
                        + "\"parameters\":{\"criterion\":\"security-and-data\",\"min\":1}}");
        assertThat(two.hash()).isNotEqualTo(one.hash()).isNotEqualTo(GUIDE.hash());
        byte[] sha = MessageDigest.getInstance("SHA-256")
                .digest(one.toCanonicalJson().getBytes(StandardCharsets.UTF_8));
        assertThat(one.hash()).isEqualTo("sha256:" + HexFormat.of().formatHex(sha));
        assertThat(DecisionPolicy.parse(one.toJson())).isEqualTo(one);
        assertThat(DecisionPolicy.parse(one.toJson()).hash()).isEqualTo(one.hash());
    }

    @Test
    void theTraceShowsTheCustomRuleInPolicyOrderAndItsKindDecides() {
        CandidateEvaluation loop = eval(all("i-1", HIRE, 2), all("i-2", HIRE, 3));
        Decision holds = withCustom(2).decide(loop);
        assertThat(holds.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(holds.trace().get(4))
                .isEqualTo(new RuleResult("test-min-ratings", Verdict.PASS, "security-and-data rated 2 times; 2"));

        Decision fails = withCustom(3).decide(loop);
        assertThat(fails.outcome()).isEqualTo(Outcome.MORE_EVIDENCE_NEEDED);
        assertThat(fails.trace().get(4).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(fails.policy().hash()).isEqualTo(withCustom(3).hash());

        CandidateEvaluation unrated =
                eval(card("i-1", HIRE, Map.of("system-design", 2)), card("i-2", HIRE, Map.of("system-design", 3)));
        assertThat(withCustom(1).decide(unrated).outcome()).isEqualTo(Outcome.MORE_EVIDENCE_NEEDED);
    }

    @Test
    void aPolicyWhoseCustomRuleIsNotOnTheClassPathFailsNamingTheId() {
        String json = withCustom(1).toJson();

        assertThatThrownBy(() -> DecisionPolicy.parse(json.replace("test-min-ratings", "acme-missing-rule")))
                .isInstanceOfSatisfying(
                        UnknownCustomRuleException.class,
                        e -> assertThat(e.ruleId()).isEqualTo("acme-missing-rule"))
                .hasMessageContaining(
                        "$.rules[4].rule: custom rule 'acme-missing-rule' version 2 is not on the class" + " path");
        assertThatThrownBy(() -> DecisionPolicy.parse(json.replace("\"version\" : 2", "\"version\" : 7")))
                .isInstanceOf(UnknownCustomRuleException.class)
                .hasMessageContaining(
                        "custom rule 'test-min-ratings' version 7 is not on the class path (found version" + " [2])");
        assertThatThrownBy(() -> new DecisionRule.Custom("acme-missing-rule", 1, Map.of()))
                .isInstanceOf(UnknownCustomRuleException.class);
    }

    @Test
    void theImplementationChecksItsParameters() {
        assertThatThrownBy(() -> withCustom(0))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("parameters.min: must be an integer of at least 1");
        assertThatThrownBy(() -> DecisionPolicy.parse(withCustom(1).toJson().replace("\"min\" : 1", "\"min\" : \"x\"")))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("parameters.min");
    }
}
