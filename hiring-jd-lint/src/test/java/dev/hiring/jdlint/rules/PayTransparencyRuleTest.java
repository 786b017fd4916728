package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class PayTransparencyRuleTest {
    private final RuleTester t = RuleTester.of(new PayTransparencyRule());

    @Test
    void table() {
        t.valid("Onsite in Berlin. Salary: €80,000 - €100,000 per year.");
        t.valid("Onsite in New York City. Salary: $150,000 - $180,000 per year.");
        t.invalid("Onsite in New York City.", finding("no-range").at(1, 11));
        t.invalid(
                "Onsite in New York City. Salary: $150,000 and up per year.",
                finding("open-ended").at(1, 34));
        t.invalid(
                "Hybrid in Toronto, Ontario. Salary: CAD 100,000 - 170,000 per year.",
                finding("too-wide").at(1, 37));
        t.valid("Hybrid in Toronto, Ontario. Salary: CAD 100,000 - 140,000 per year.");
        // a period after each end of the range
        t.valid("Onsite in New York City. Salary: $150,000/yr to $180,000/yr.");
        // the company's offices and the role's own place
        t.valid("We have offices in New York City and San Francisco.");
        t.valid("""
                # Data Engineer

                **Location:** India - Remote

                ## About us

                We are one of the best places to work in the San Francisco Bay Area.
                """);
        t.invalid(
                "Remote in Colorado. Salary: $100,000 - $120,000 per year.",
                finding("no-benefits").at(1, 11),
                finding("no-deadline").at(1, 11));
    }

    @Test
    void configuredJurisdictionsApplyWithoutAMention() {
        RuleTester.of(new PayTransparencyRule(), """
                {"jurisdictions": ["british-columbia"]}""")
                .invalid("""
                        # Backend Engineer

                        Remote.
                        """, finding("no-range").at(1, 3));
    }

    @Test
    void lawsNotYetInForceAreSkipped() {
        // Massachusetts: from 2025-10-29
        RuleTester.of(
                        new PayTransparencyRule(),
                        java.time.Clock.fixed(
                                java.time.Instant.parse("2025-06-01T00:00:00Z"), java.time.ZoneOffset.UTC))
                .valid("Onsite in Boston.");
        RuleTester.of(new PayTransparencyRule())
                .invalid("Onsite in Boston.", finding("no-range").at(1, 11));
    }
}
