package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class GenderCodedLanguageRuleTest {
    private final RuleTester t = RuleTester.of(new GenderCodedLanguageRule());

    @Test
    void table() {
        t.invalid(
                "We want an aggressive, competitive and dominant engineer.",
                finding("masculine").at(1, 12),
                finding("masculine").at(1, 24),
                finding("masculine").at(1, 40));
        t.invalid(
                "A supportive, collaborative and empathetic colleague.",
                finding("feminine").at(1, 3),
                finding("feminine").at(1, 15),
                finding("feminine").at(1, 33));
        // balanced: no finding
        t.valid("An ambitious and supportive colleague.");
    }

    @Test
    void technicalTermsAreNotCoded() {
        // prefix matching would count all of these
        t.valid("Tune the connection pool, commit often, close support tickets and build analytics.");
        t.valid("Manage Active Directory and event-driven services; triage responsibilities; Nagios alerts; "
                + "dependency updates; individual contributor role; competitive salary.");
    }
}
