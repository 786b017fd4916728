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

    @Test
    void anOptionalGroupOrMarkedQualificationAnywhereIsTheSplit() {
        // an optional group without a required one is still a split
        t.valid("""
                ## About the role

                We run the networking data plane.

                ## Bonus points

                - Rust
                """);
        // a qualification marked optional in prose
        t.valid("""
                ## Quick summary

                You build our iOS app; Python and a degree are ideally part of your background.

                ## Requirements

                - Swift in production
                """);
        // markers among benefits or in the application instructions do not count
        t.invalid("""
                ## Requirements

                - Java in production
                - Kafka

                ## Benefits

                - Annual bonus
                - Dental plan is a plus

                ## Applying

                A cover letter is not required.
                """, finding("no-nice-to-have").at(1, 4));
        // a weak marker word counts only where it closes a requirement
        t.invalid("""
                ## Requirements

                - You help us build a helpful product
                - We welcome people from other industries
                """, finding("no-nice-to-have").at(1, 4));
        t.valid("""
                ## Requirements

                - Java in production
                - Kafka experience welcome
                """);
    }
}
