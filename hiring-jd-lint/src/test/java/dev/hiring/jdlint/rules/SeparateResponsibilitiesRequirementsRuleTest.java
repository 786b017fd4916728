package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class SeparateResponsibilitiesRequirementsRuleTest {
    private final RuleTester t = RuleTester.of(new SeparateResponsibilitiesRequirementsRule());

    @Test
    void table() {
        t.valid("""
                - Design the payments API
                - Own observability
                - Mentor two engineers
                """);
        t.valid("""
                - Experience with Java
                - Strong SQL
                - 5+ years building services
                """);
        t.invalid("""
                - Design the payments API
                - Own observability
                - Experience with Java
                - Strong SQL
                """, finding("mixed").at(1, 3));
    }
}
