package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class TimeZoneRuleTest {
    private final RuleTester t = RuleTester.of(new TimeZoneRule());

    @Test
    void table() {
        t.valid("Remote within Europe (UTC-1 to UTC+3).");
        t.valid("Fully remote, with 4 hours of overlap with CET.");
        t.valid("The role is onsite in Berlin.");
        t.valid("This is not a remote role.");
        t.invalid("This is a fully remote role.", finding("missing").at(1, 11));
        t.invalid("Hybrid: two days in the office.", finding("missing").at(1, 1));
    }
}
