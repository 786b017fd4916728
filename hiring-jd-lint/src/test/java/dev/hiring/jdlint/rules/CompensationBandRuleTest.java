package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class CompensationBandRuleTest {
    private final RuleTester t = RuleTester.of(new CompensationBandRule());

    @Test
    void table() {
        t.valid("**Salary:** €85,000 – €105,000 per year.");
        t.valid("Pay: $60-$75 per hour.");
        t.valid("EUR 85,000 - 105,000 per year.");
        t.valid("From 2000 up to 3000 EUR per month.");
        t.valid("20 000 - 26 000 PLN monthly.");
        t.valid("$120k-$150k base.");
        t.valid("$174,000/yr - $235,000/yr");
        t.valid("Targeted at $193,000/yr to $231,000/yr in Denver.");
        t.valid("£46,424 - £55,275");
        t.invalid("Salary: competitive, DOE.", finding("vague").at(1, 9));
        t.invalid("Salary up to £50,000.", finding("open-ended").at(1, 14));
        t.invalid("Pay: $40 - $60.", finding("no-period").at(1, 6));
        t.invalid("""
                # Backend Engineer

                We build payments.
                """, finding("missing").at(1, 3));
        // "competitive" outside a pay context is not vague pay
        t.invalid("""
                # Backend Engineer

                We are a competitive team.
                """, finding("missing").at(1, 3));
    }
}
