package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.Linter;
import org.junit.jupiter.api.Test;

class GenderCodedLanguageRuleTest {
    private final RuleTester t = RuleTester.of(new GenderCodedLanguageRule());
    private final RuleTester feminine = RuleTester.of(
            new GenderCodedLanguageRule(), "{\"rules\":{\"gender-coded-language\":{\"options\":{\"feminine\":true}}}}");

    @Test
    void table() {
        t.invalid(
                "We want an aggressive, competitive and dominant engineer.",
                finding("masculine").at(1, 12),
                finding("masculine").at(1, 24),
                finding("masculine").at(1, 40));
        // feminine-leaning: reported only with the option
        t.valid("A supportive, collaborative and empathetic colleague.");
        feminine.invalid(
                "A supportive, collaborative and empathetic colleague.",
                finding("feminine").at(1, 3),
                finding("feminine").at(1, 15),
                finding("feminine").at(1, 33));
        // balanced: no finding
        t.valid("An ambitious and supportive colleague.");
        feminine.valid("An ambitious and supportive colleague.");
    }

    @Test
    void eachDistinctWordOnceWithAllItsPlaces() {
        var f = t.lint("You are ambitious.\n\nWe are ambitious and fearless.\n\nStay ambitious.");
        assertThat(f).hasSize(2);
        assertThat(f.get(0).match()).isEqualTo("ambitious");
        assertThat(f.get(0).line()).isEqualTo(1);
        assertThat(f.get(0).message()).contains("3 times: lines 1, 3, 5");
        assertThat(f.get(1).message()).contains("(line 3)");
    }

    @Test
    void technicalTermsAreNotCoded() {
        // prefix matching would count all of these
        t.valid("Tune the connection pool, commit often, close support tickets and build analytics.");
        t.valid("Manage Active Directory and event-driven services; triage responsibilities; Nagios alerts; "
                + "dependency updates; individual contributor role; competitive salary.");
        // pay named first, as a label or a subject: the pay is competitive, not the person
        t.valid("We're a startup. Salary: competitive, DOE.\n\nOur pay is competitive.");
        var f = t.lint("You are competitive.\n\nWe're a startup. Salary: competitive.");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).message()).contains("(line 1)");
        // senses named by the entries' contexts
        t.valid("You analyze data and logs, lead engineer of the platform, a tech lead, and it leads to uptime.");
        t.valid("Data-driven and test-driven work; a decision tree; a persistent volume; brute force; Objective-C.");
        t.valid("Our market-leading platform; the leader in payments; an independent contractor.");
    }

    @Test
    void technicalFeminineWordsDoNotOutweighMasculineOnes() {
        // without the contexts the support, connection and share words would make this posting lean feminine
        t.invalid(
                "We offer 24/7 support and customer support over unreliable connections, OpenID Connect and a share"
                        + " scheme. You are competitive and ambitious.",
                finding("masculine").at(1, 116),
                finding("masculine").at(1, 132));
    }

    @Test
    void boilerplateAndRepeatedParagraphsAreNotCounted() {
        String eeo = "We are an equal opportunity employer: all qualified applicants will receive consideration "
                + "regardless of race, decisions are made on merit, and we are committed to individuals.";
        // the boilerplate's words are not counted, so the posting stays masculine-leaning by its own words
        t.invalid("You are ambitious.\n\n" + eeo, finding("masculine").at(1, 9));
        // a repeated paragraph counts once: one masculine word against one feminine word is balanced
        t.valid("You are ambitious and supportive.\n\nYou are ambitious and supportive.");
        t.valid("Our benefits\n\n## Benefits\n\n- Competitive pay and a challenging fitness budget\n");
    }

    @Test
    void verdictAndFeminineSideStayInTheMetrics() {
        var report = Linter.builder().build().lint("A supportive, collaborative colleague.", InputFormat.MARKDOWN);
        assertThat(report.metrics().genderCoding().verdict()).isEqualTo("feminine-coded");
        assertThat(report.metrics().genderCoding().feminineWords()).containsExactly("collaborative", "supportive");
        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("gender-coded-language"));
    }
}
