package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class MeasurableOutcomesRuleTest {
    private final RuleTester t = RuleTester.of(new MeasurableOutcomesRule());

    @Test
    void table() {
        t.valid("The platform handles 4,000 requests per second at peak.");
        t.valid("Cut p95 latency for the checkout.");
        t.valid("We serve 2 million customers.");
        t.valid("Keep the API under 100ms.");
        t.valid("Raise availability to 99.95% this year.");
        t.valid("We serve one million customers.");
        t.valid("Our service reaches 30 million people.");
        t.valid("Keep 99% of requests under a second.");
        t.valid("You will cut the error rate by 30%.");
        t.valid("It runs in hundreds of cars.");
        String title = "# Backend Engineer\n\n";
        // numbers that are not about the work's scale
        t.invalid(
                title + "We build tools for K-12 classrooms.\n",
                finding("missing").at(1, 3));
        t.invalid(
                title + "We partner with Fortune 500 companies.\n",
                finding("missing").at(1, 3));
        t.invalid(
                title + "You integrate 3rd party services.\n",
                finding("missing").at(1, 3));
        t.invalid(
                title + "Join 1 week per month of on-call.\n",
                finding("missing").at(1, 3));
        t.invalid(
                title + "77 million Americans earn an hourly wage.\n",
                finding("missing").at(1, 3));
        t.invalid(
                title + "86% of the population has never owned stock.\n",
                finding("missing").at(1, 3));
        t.invalid(title + "### Travel\n\nUp to 20%\n", finding("missing").at(1, 3));
        t.invalid(title + "You may work 100% remotely.\n", finding("missing").at(1, 3));
        t.invalid(
                title + "We donate millions of dollars each year.\n",
                finding("missing").at(1, 3));
        t.invalid(
                title + "Define SLOs with the product owners.\n",
                finding("missing").at(1, 3));
        // a candidate's qualification is not the work's scale
        t.invalid(
                title + "## Requirements\n\n- 5 commits to an open source project\n",
                finding("missing").at(1, 3));
        t.invalid("""
                # Backend Engineer

                You will make our platform fast and reliable.
                """, finding("missing").at(1, 3));
        // years of experience and pay are not outcomes
        t.invalid("""
                # Backend Engineer

                5 years of experience. Salary €80,000 per year.
                """, finding("missing").at(1, 3));
    }
}
