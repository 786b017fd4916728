package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class InterviewProcessRuleTest {
    private final RuleTester t = RuleTester.of(new InterviewProcessRule());

    @Test
    void table() {
        t.valid("""
                ## Interview process

                1. A call with a recruiter.
                2. A technical interview.
                """);
        t.valid("After a phone screen we do a take-home exercise and a system design interview.");
        t.invalid("""
                # Backend Engineer

                Apply now.
                """, finding("missing").at(1, 3));
        t.invalid("""
                # Backend Engineer

                We will interview you.
                """, finding("missing").at(1, 3));
        // steps named in the items of a process section, without a listed stage phrase
        t.valid("""
                # Backend Engineer

                ## How we hire

                - A short chat with the hiring team.
                - A paid exercise and a review of it together.
                """);
        // what to send with the application names no step, however long the list
        t.invalid("""
                # Backend Engineer

                ## Applying for this position

                - your resume
                - two code samples
                - a link to your portfolio
                """, finding("missing").at(1, 3));
    }
}
