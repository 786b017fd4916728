package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class ExclusionaryLanguageRuleTest {
    private final RuleTester t = RuleTester.of(new ExclusionaryLanguageRule());

    @Test
    void table() {
        t.valid("Fluent in English.");
        t.invalid("Native English speaker required.", finding("exclusionary").at(1, 1));
        t.invalid("Join our young and dynamic team.", finding("exclusionary").at(1, 10));
        t.invalid("We hire for culture fit.", finding("exclusionary").at(1, 13));
        t.invalid("Canadian experience is required.", finding("exclusionary").at(1, 1));
        t.invalid("Must be able to lift 50 pounds.", finding("exclusionary").at(1, 9));
    }

    @Test
    void recentGraduateOnlyForSeniorRoles() {
        t.valid("""
                # Junior Developer

                Recent graduates welcome.
                """);
        t.invalid("""
                # Senior Backend Engineer

                Ideal for a recent graduate.
                """, finding("exclusionary").at(3, 13));
    }

    @Test
    void negatedAndQuotedAreNotFindings() {
        t.valid("We do not hire for \"culture fit\".");
        t.valid("You do not need to be a native English speaker.");
    }
}
