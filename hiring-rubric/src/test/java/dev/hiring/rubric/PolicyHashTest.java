package dev.hiring.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policy hash recomputed by hand: SHA-256 (MessageDigest) over the canonical JSON as documented. */
class PolicyHashTest {
    static String sha256(String text) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "sha256:" + HexFormat.of().formatHex(digest);
    }

    static DecisionPolicy tiny(double threshold) {
        return DecisionPolicy.builder()
                .id("tiny")
                .version(3)
                .ratingScale(RubricGens.GUIDE.ratingScale())
                .putWeights("system-design", 2.0)
                .putWeights("coding-and-apis", 1.0)
                .addRules(new DecisionRule.MinInterviewers(2), new DecisionRule.MinScore(threshold))
                .build();
    }

    @Test
    void theHashIsSha256OfTheCompactCanonicalJsonInDeclarationOrder() throws NoSuchAlgorithmException {
        DecisionPolicy p = tiny(2.0);
        String canonical = p.toCanonicalJson();
        // the documented form: compact (no whitespace between tokens), properties in declaration order (id, version,
        // description, seniority, ratingScale, weights, rejectionReasons, redFlags, rules), map entries in their order
        assertThat(canonical)
                .startsWith("{\"id\":\"tiny\",\"version\":3,\"ratingScale\":{")
                .contains("\"weights\":{\"system-design\":2.0,\"coding-and-apis\":1.0},\"rejectionReasons\":[],"
                        + "\"redFlags\":[],\"rules\":[{\"type\":\"min-interviewers\",\"min\":2},"
                        + "{\"type\":\"min-score\",\"threshold\":2.0}]}")
                .doesNotContain("\n", ": ", ", ");
        assertThat(p.hash()).isEqualTo(sha256(canonical)).matches("sha256:[0-9a-f]{64}");
        assertThat(DecisionPolicy.parse(canonical)).isEqualTo(p);
    }

    @Test
    void theBuiltInPolicysHashIsTheOneInTheReadme() throws NoSuchAlgorithmException {
        DecisionPolicy guide = HiringPolicies.seniorBackendEngineer();
        assertThat(guide.hash())
                .isEqualTo(sha256(guide.toCanonicalJson()))
                .isEqualTo("sha256:ba2c0b09642f35e5a809d9546142571521a5c943b5719c3121a3280dff806584");
    }

    @Test
    void changingAParameterTheWeightsOrderOrTheVersionChangesTheHash() throws NoSuchAlgorithmException {
        DecisionPolicy p = tiny(2.0);
        assertThat(tiny(2.1).hash())
                .isNotEqualTo(p.hash())
                .isEqualTo(sha256(tiny(2.1).toCanonicalJson()));
        assertThat(p.withVersion(4).hash()).isNotEqualTo(p.hash());
        java.util.LinkedHashMap<String, Double> reversed = new java.util.LinkedHashMap<>();
        reversed.put("coding-and-apis", 1.0);
        reversed.put("system-design", 2.0);
        assertThat(p.withWeights(reversed).hash()).isNotEqualTo(p.hash());
        assertThat(p.withRules(List.of(new DecisionRule.MinInterviewers(2))).hash())
                .isNotEqualTo(p.hash());
        assertThat(Map.of("a", p.hash())).containsEntry("a", tiny(2.0).hash());
    }
}
