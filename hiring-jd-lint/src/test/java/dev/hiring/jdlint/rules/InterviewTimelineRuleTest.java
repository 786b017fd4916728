package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class InterviewTimelineRuleTest {
    private final RuleTester t = RuleTester.of(new InterviewTimelineRule());

    @Test
    void table() {
        t.valid("You will hear from us within 3 working days.");
        t.valid("The whole process takes about two weeks.");
        t.valid("We aim to finish the interviews within 3 weeks.");
        t.invalid("""
                # Backend Engineer

                A 60-minute technical interview.
                """, finding("missing").at(1, 3));
    }
}
