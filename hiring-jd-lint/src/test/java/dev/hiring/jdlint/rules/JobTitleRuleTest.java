package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class JobTitleRuleTest {
    private final RuleTester t = RuleTester.of(new JobTitleRule());

    @Test
    void table() {
        t.valid("# Senior Backend Engineer, Payments Platform\n\nText.");
        t.valid("# SRE\n\nText.");
        t.invalid(
                "# Rockstar Backend Ninja Wanted!\n\nText.",
                finding("buzzword").at(1, 3),
                finding("buzzword").at(1, 20),
                finding("exclamation").at(1, 32));
        t.invalid("# SENIOR BACKEND ENGINEER\n\nText.", finding("all-caps").at(1, 3));
        t.invalid(
                "# Senior Backend Engineer for our Payments, Ledger and Risk Platform Teams in Berlin\n\nText.",
                finding("too-long").at(1, 3));
    }
}
