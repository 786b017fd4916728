package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class ResponsibilitiesCountRuleTest {
    private final RuleTester t = RuleTester.of(new ResponsibilitiesCountRule());

    @Test
    void table() {
        t.valid("""
                # Backend Engineer

                ## What you will do

                - Own the payments API
                - Cut p95 latency
                - Mentor two engineers
                """);
        t.invalid("""
                # Backend Engineer

                We build payments.
                """, finding("missing").at(1, 3));
        t.invalid("""
                # Backend Engineer

                ## Responsibilities

                - Own the payments API
                - Cut p95 latency
                """, finding("too-few").at(5, 3));
        t.invalid("""
                # Backend Engineer

                ## Responsibilities

                - One
                - Two
                - Three
                - Four
                - Five
                - Six
                """, finding("too-many").at(5, 3));
        // nested items do not count
        t.valid("""
                # Backend Engineer

                ## Your role

                - Own the payments API
                  - REST
                  - gRPC
                - Cut p95 latency
                - Mentor two engineers
                """);
    }

    @Test
    void optionsChangeTheBounds() {
        RuleTester.of(new ResponsibilitiesCountRule(), """
                {"rules": {"responsibilities-count": {"options": {"min": 1, "max": 2}}}}""").valid("""
                        ## Responsibilities

                        - Own the payments API
                        """);
    }
}
