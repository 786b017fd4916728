package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class MeasurableOutcomesRuleTest {
    private final RuleTester t = RuleTester.of(new MeasurableOutcomesRule());

    @Test
    void table() {
        t.valid("The platform handles 4,000 requests per second at peak.");
        t.valid("Cut p95 latency for the checkout.");
        t.valid("We serve 2 million customers.");
        t.valid("Keep the API under 100ms.");
        t.valid("Raise availability to 99.95% this year.");
        t.invalid("""
                # Backend Engineer

                You will make our platform fast and reliable.
                """, finding("missing").at(1, 3));
        // years of experience and pay are not outcomes
        t.invalid("""
                # Backend Engineer

                5 years of experience. Salary €80,000 per year.
                """, finding("missing").at(1, 3));
    }
}
