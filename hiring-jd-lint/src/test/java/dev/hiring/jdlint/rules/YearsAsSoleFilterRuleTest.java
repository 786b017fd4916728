package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class YearsAsSoleFilterRuleTest {
    private final RuleTester t = RuleTester.of(new YearsAsSoleFilterRule());

    @Test
    void table() {
        t.invalid("""
                ## Requirements

                - 5+ years of experience with Java
                """, finding("sole-filter").at(3, 3));
        t.valid("""
                ## Requirements

                - 5+ years of experience building and operating Java services in production
                """);
        t.valid("""
                ## Requirements

                - Experience building and operating Java services at scale
                """);
        // years that are not about experience
        t.valid("We have been profitable for 10 years.");
        // more years than the technology exists (clock: 2026)
        t.invalid("""
                - 15 years of experience with Kubernetes, having built and operated clusters
                """, finding("exceeds-age").at(1, 31));
        t.invalid("""
                - 3-5 years of experience with Go
                """, finding("sole-filter").at(1, 3));
    }
}
