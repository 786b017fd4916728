package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class PerksOverSubstanceRuleTest {
    private final RuleTester t = RuleTester.of(new PerksOverSubstanceRule());

    @Test
    void table() {
        t.valid("""
                ## Responsibilities

                - Own the payments API and its reliability targets
                - Cut p95 latency from 140 ms to 100 ms

                ## Benefits

                Parental leave.
                """);
        t.invalid("""
                ## Perks

                Beer on tap, ping pong and nap pods every day in our lovely office downtown.

                ## Responsibilities

                - Own the API
                """, finding("outweigh").at(1, 4), finding("hollow-lead").at(3, 1));
        t.invalid("""
                ## Responsibilities

                - Own the payments API and its reliability targets, end to end, with the team

                We also have unlimited PTO, free lunch, snacks, swag and massages.
                """, finding("hollow-many").at(5, 14));
    }
}
