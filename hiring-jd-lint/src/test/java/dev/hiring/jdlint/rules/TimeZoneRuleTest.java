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
        // a hybrid role works from an office: the office, not a time zone, is the question
        t.valid("Hybrid: two days in the office.");
        // "flexible working hours" is a benefit, not overlap hours
        t.invalid("Fully remote. Flexible working hours.", finding("missing").at(1, 1));
        // the office a remote role is the alternative to is not where remote candidates must be
        t.invalid("Berlin or remote.", finding("missing").at(1, 11));
        t.invalid("Work remotely or in Lisbon.", finding("missing").at(1, 1));
        t.valid("Remote in Germany.");
        // "US" in capitals is the country, "us" the pronoun
        t.valid("US Remote");
        t.invalid("Join us: this is a remote role.", finding("missing").at(1, 20));
        // a place named only in the benefits
        t.invalid("""
                This is a remote role.

                ## Benefits

                - Health insurance in the UK
                """, finding("missing").at(1, 11));
    }
}
