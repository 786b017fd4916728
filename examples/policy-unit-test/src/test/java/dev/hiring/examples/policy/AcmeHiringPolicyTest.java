package dev.hiring.examples.policy;

import static dev.hiring.testkit.JdAssertions.assertThatJd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.hiring.core.Severity;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.Decision;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.Outcome;
import dev.hiring.rubric.Recommendation;
import dev.hiring.rubric.RuleResult;
import dev.hiring.rubric.Scorecard;
import dev.hiring.rubric.UnknownCustomRuleException;
import dev.hiring.rubric.Verdict;
import dev.hiring.testkit.EvaluationOptions;
import dev.hiring.testkit.HiringGens;
import dev.hiring.testkit.JdDefect;
import dev.hiring.testkit.JdGens;
import dev.hiring.testkit.PolicyLaws;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Acme's policy and posting under test: copy this file to test your own. */
class AcmeHiringPolicyTest {
    private final DecisionPolicy acme = AcmeHiringPolicy.policy();

    @Test
    void obeysTheLawsOfADecisionPolicy() {
        // README:begin laws
        PolicyLaws.forPolicy(AcmeHiringPolicy.policy()).all().check();
        // README:end laws
    }

    @Test
    void neverHiresWithoutASecurityRatingAndTracesTheRule() {
        int[] unrated = {0};
        qt().withFixedSeed(20261201L)
                .forAll(HiringGens.evaluations(
                        acme, EvaluationOptions.defaults().withScorecards(3, 6)))
                .checkAssert(e -> {
                    boolean securityRated = e.scorecards().stream()
                            .anyMatch(s -> s.rating(AcmeHiringPolicy.SECURITY).isPresent());
                    Decision d = acme.decide(e);
                    RuleResult rule = d.trace().get(4);
                    assertThat(rule.rule()).isEqualTo(AcmeHiringPolicy.SECURITY_INTERVIEW);
                    assertThat(rule.verdict()).isEqualTo(securityRated ? Verdict.PASS : Verdict.FAIL);
                    if (!securityRated) {
                        unrated[0]++;
                        assertThat(d.outcome()).isNotEqualTo(Outcome.HIRE);
                    }
                });
        // the branch without a security rating is reached (about 1 % of the generated loops)
        assertThat(unrated[0]).isPositive();
    }

    @Test
    void theRuleIsPartOfThePolicyJsonAndHash() {
        String json = acme.toJson();
        assertThat(acme.toCanonicalJson())
                .contains("{\"type\":\"custom\",\"rule\":\"acme-security-interview\",\"version\":1,"
                        + "\"parameters\":{\"criterion\":\"security-and-data\"}}");
        assertThat(DecisionPolicy.parse(json)).isEqualTo(acme);
        DecisionPolicy other = DecisionPolicy.parse(
                json.replace("\"criterion\" : \"security-and-data\"", "\"criterion\" : \"reliability-and-ops\""));
        assertThat(other.hash()).isNotEqualTo(acme.hash());
        assertThatThrownBy(() -> DecisionPolicy.parse(json.replace("\"version\" : 1", "\"version\" : 2")))
                .isInstanceOf(UnknownCustomRuleException.class)
                .hasMessageContaining("custom rule 'acme-security-interview' version 2 is not on the class path");
    }

    @Test
    void threeStrongLoopsWithASecurityRatingAreAHire() {
        List<Scorecard> cards = new ArrayList<>();
        for (String interviewer : List.of("i-1", "i-2", "i-3")) {
            cards.add(Scorecard.builder()
                    .candidate("c-7")
                    .interviewer(interviewer)
                    .putAllRatings(Map.of(
                            "system-design",
                            3,
                            "coding-and-apis",
                            2,
                            "reliability-and-ops",
                            2,
                            "collaboration-and-leadership",
                            2,
                            AcmeHiringPolicy.SECURITY,
                            2))
                    .recommendation(Recommendation.HIRE)
                    .build());
        }
        CandidateEvaluation loop = CandidateEvaluation.of("c-7", "acme-backend-engineer", cards);

        assertThat(acme.decide(loop).outcome()).isEqualTo(Outcome.HIRE);

        List<Scorecard> withoutSecurity = new ArrayList<>();
        for (Scorecard s : cards) {
            Map<String, Integer> ratings = new java.util.LinkedHashMap<>(s.ratings());
            ratings.remove(AcmeHiringPolicy.SECURITY);
            withoutSecurity.add(s.withRatings(ratings));
        }
        assertThat(acme.decide(loop.withScorecards(withoutSecurity)).outcome()).isEqualTo(Outcome.MORE_EVIDENCE_NEEDED);
    }

    @Test
    void ourPostingIsClean() throws IOException {
        String posting = resource("acme-backend-engineer.md");
        // README:begin posting
        assertThatJd(posting).hasNoFindingsAtOrAbove(Severity.WARNING);
        assertThatJd(posting.replace("The salary range is EUR 75,000 to 95,000 per year. ", ""))
                .hasFinding("compensation-band")
                .withMessageId("missing");
        // README:end posting
    }

    @Test
    void generatedDraftsWithoutPayAreCaught() {
        qt().withExamples(30)
                .forAll(JdGens.broken(JdDefect.MISSING_PAY_BAND))
                .checkAssert(jd -> assertThatJd(jd).hasFinding("compensation-band"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AcmeHiringPolicy.class.getResourceAsStream(name)) {
            assertThat(in).as("resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
