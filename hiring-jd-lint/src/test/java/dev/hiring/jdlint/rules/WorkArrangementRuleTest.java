package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class WorkArrangementRuleTest {
    private final RuleTester t = RuleTester.of(new WorkArrangementRule());

    @Test
    void table() {
        t.valid("**Location:** Remote within Europe.");
        t.valid("This is a hybrid role: two days a week in our Berlin office.");
        t.valid("The role is onsite in Lviv.");
        t.valid("""
                ## Office

                Rua Example 1, Lisbon
                """);
        t.invalid("""
                # Backend Engineer

                Location: San Francisco, CA
                """, finding("missing").at(1, 3));
        // technical uses of the words do not count
        t.invalid("""
                # Platform Engineer

                You will run our hybrid cloud.
                """, finding("missing").at(1, 3));
    }
}
