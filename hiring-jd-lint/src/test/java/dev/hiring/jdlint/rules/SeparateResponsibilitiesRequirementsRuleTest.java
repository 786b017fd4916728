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

    @Test
    void itemsAreReadInTheirList() {
        // "Be" and "Have" start duties in a list of duties
        t.valid("""
                ## What you'll do

                - Design the billing service
                - Be the owner of its on-call rota
                - Have a say in the roadmap
                - Write the runbooks
                """);
        // a list of optional skills or of benefits is not a mixed list
        t.valid("""
                ## Nice to have

                - Work with SOC 2 audits
                - Good understanding of networking
                - Terraform
                - Kafka
                """);
        t.valid("""
                ## Benefits

                - Be part of a small team
                - Work from anywhere in Europe
                - Annual learning budget
                """);
        // duties inside a list of qualifications
        t.invalid("""
                ## You fit this role if you can

                - Ensure the designs can be built
                - Optimize pages for speed
                - Proficient in HTML and CSS
                - Knowledge of REST APIs
                - Familiarity with Git
                """, finding("mixed").at(3, 3));
    }
}
