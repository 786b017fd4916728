package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class CandidateFocusRuleTest {
    private final RuleTester t = RuleTester.of(new CandidateFocusRule());

    @Test
    void table() {
        t.valid("You will own the payments API.");
        t.invalid(
                "The ideal candidate will own the payments API.",
                finding("third-person").at(1, 1));
        t.invalid(
                "- The successful candidate has shipped APIs.",
                finding("third-person").at(1, 3));
        t.valid("We never say \"the ideal candidate\".");
    }
}
