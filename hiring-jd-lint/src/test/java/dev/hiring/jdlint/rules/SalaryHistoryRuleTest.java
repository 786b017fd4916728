package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.jdlint.Finding;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalaryHistoryRuleTest {
    private final RuleTester t = RuleTester.of(new SalaryHistoryRule());

    @Test
    void table() {
        t.invalid("Please state your current salary.", finding("pay-history").at(1, 19));
        t.invalid("Salary history required.", finding("pay-history").at(1, 1));
        t.invalid("- Notice period and last drawn CTC", finding("pay-history").at(1, 21));
        t.invalid(
                "Please include your salary expectations and current compensation.",
                finding("pay-history").at(1, 45));
        t.invalid("What do you earn today?", finding("pay-history").at(1, 1));
        t.invalid("Send us your last three payslips.", finding("pay-history").at(1, 25));
        t.invalid("- Current/Expected CTC", finding("pay-history").at(1, 3));
        t.invalid("How much are you currently earning?", finding("pay-history").at(1, 1));
        t.invalid(
                "Share your salary at your current employer.",
                finding("pay-history").at(1, 12));
        t.valid("Keep the current package versions pinned.");
        t.valid("Read the previous earnings call transcripts.");
        t.valid("What is your salary expectation?");
        t.valid("Please include your salary expectations.");
        t.valid("Tell us your expected CTC.");
    }

    @Test
    void theCompanysPayIsNotAQuestion() {
        t.valid("The current salary range for this role is $140,000 to $170,000.");
        t.valid("Our current pay bands are public.");
        t.valid("We publish our current compensation philosophy.");
    }

    @Test
    void headingsLawsNegationAndBenefitsAreNotFindings() {
        t.valid("""
                # Engineer

                ## Salary history

                We only ask about expectations.
                """);
        t.valid("In line with the salary history ban, we do not ask.");
        t.valid("We will never ask for your current salary.");
        t.valid("""
                # Engineer

                ## Benefits

                - Digital payslips and a pension plan
                """);
        t.valid("Digital payslips every month.");
    }

    @Test
    void theFindingCitesTheDirectiveAndTheBanOfTheNamedPlace() {
        String only = message(t.lint("Please state your current salary."));
        assertThat(only).contains("EU Directive 2023/970 art. 5(2)").doesNotContain("since");
        String ca = message(t.lint("Onsite in San Francisco. Please state your current salary."));
        assertThat(ca).contains("EU Directive 2023/970 art. 5(2)").contains("California (Cal. Lab. Code §432.3");
        assertThat(ca).contains("since 2018-01-01");
        String two = message(t.lint("The role is based in Boston or Philadelphia. Please state your current salary."));
        assertThat(two).contains("so do Massachusetts").contains(" and Philadelphia (Phila. Code §9-1131");
        String nj = message(t.lint("Onsite in Newark, New Jersey. Please state your current salary."));
        assertThat(nj).contains("New Jersey (N.J.S.A. 10:5-12.12 (A1094), since 2020-01-01, unconfirmed)");
        // the company's office list is not the role's place
        String offices =
                message(t.lint("We have offices in Boston and Philadelphia. Please state your current salary."));
        assertThat(offices).contains("EU Directive 2023/970 art. 5(2)").doesNotContain("Massachusetts");
    }

    @Test
    void aBanNotYetInForceOrNotOnTheQuestionIsNotCited() {
        RuleTester before = RuleTester.of(
                new SalaryHistoryRule(), Clock.fixed(Instant.parse("2017-06-01T00:00:00Z"), ZoneOffset.UTC));
        assertThat(message(before.lint("Onsite in Los Angeles. Please state your current salary.")))
                .doesNotContain("California");
        assertThat(message(t.lint("Onsite in Huntsville, Alabama. Please state your current salary.")))
                .doesNotContain("Alabama");
    }

    @Test
    void configuredJurisdictionsAreCitedWithoutAMention() {
        RuleTester configured = RuleTester.of(new SalaryHistoryRule(), """
                {"jurisdictions": ["connecticut"]}""");
        assertThat(message(configured.lint("Please state your current salary.")))
                .contains("Connecticut (Conn. Gen. Stat. §31-40z, since 2019-01-01)");
    }

    private static String message(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0).message();
    }
}
