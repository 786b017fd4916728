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

    @Test
    void subGroupsOfADutiesHeadingAreOneList() {
        // "What you'll do" has no list of its own; its two groups hold ten duties
        t.invalid("""
                # Platform Engineer

                ### What you'll do

                #### Improve our platform

                - Write and debug platform code
                - Review designs
                - Support the delivery pipelines
                - Contribute to architecture talks
                - Seek out shared improvements

                #### Better practice and teamwork

                - Help unblock teammates
                - Break work down into small steps
                - Help engineers grow
                - Improve our process
                - Encourage collaboration
                """, finding("too-many").at(7, 3));
        // a lead-in inside a list item is not a list of duties
        t.invalid("""
                # Backend Engineer

                ## Practicals

                - You'll report to: the engineering lead
                - Location: anywhere
                - Start date: as soon as possible
                """, finding("missing").at(5, 3));
    }
}
