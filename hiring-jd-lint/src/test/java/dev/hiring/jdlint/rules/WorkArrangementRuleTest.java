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
        // the role's own place reads as onsite there (LINT-LABELS.md); a place in the company's story does not
        t.valid("""
                # Backend Engineer

                Location: San Francisco, CA
                """);
        t.valid("The role is based in Toronto.");
        t.invalid("""
                # Backend Engineer

                You will build our payment APIs.

                We were founded by two engineers who met at a conference in Berlin.
                """, finding("missing").at(1, 3));
        t.valid("A fantastic place to work, in the heart of the Kent countryside.");
        t.valid("- A monthly budget for a coworking space");
        // a company ranking names no place for the role; the Phoenix framework is not the city
        t.invalid("""
                # Backend Engineer

                We were rated the 5th best company in the UK to work for.
                """, finding("missing").at(1, 3));
        t.invalid("""
                # Elixir Developer

                - The Phoenix Framework
                """, finding("missing").at(1, 3));
        // technical uses of the words do not count
        t.invalid("""
                # Platform Engineer

                You will run our hybrid cloud.
                """, finding("missing").at(1, 3));
    }
}
