package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class RequiredVsNiceToHaveRuleTest {
    private final RuleTester t = RuleTester.of(new RequiredVsNiceToHaveRule());

    @Test
    void table() {
        t.valid("""
                ## Requirements

                - Java in production

                ## Nice to have

                - Kafka
                """);
        t.valid("""
                ## What you need

                - Java in production
                - Kafka is a plus
                """);
        t.invalid("""
                ## Requirements

                - Java in production
                - Kafka
                """, finding("no-nice-to-have").at(1, 4));
        t.invalid("""
                # Backend Engineer

                We build payments.
                """, finding("no-requirements").at(1, 3));
    }
}
