package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class TeamStructureRuleTest {
    private final RuleTester t = RuleTester.of(new TeamStructureRule());

    @Test
    void table() {
        t.valid("You join a team of 6 engineers.");
        t.valid("You will report to the Engineering Manager for Payments.");
        t.valid("The payments group has four engineers and a designer.");
        t.invalid("""
                # Backend Engineer

                You will work on our payment APIs.
                """, finding("missing").at(1, 3));
    }
}
