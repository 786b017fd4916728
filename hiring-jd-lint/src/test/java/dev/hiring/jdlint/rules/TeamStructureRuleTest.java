package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class TeamStructureRuleTest {
    private final RuleTester t = RuleTester.of(new TeamStructureRule());

    @Test
    void table() {
        t.valid("You join a team of 6 engineers.");
        t.valid("You will report to the Engineering Manager for Payments.");
        t.valid("The payments group has four engineers and a designer.");
        t.invalid("""
                # Backend Engineer

                You will work on our payment APIs.
                """, finding("missing").at(1, 3));
        t.valid("You will lead and mentor our SRE team.");
        t.valid("The team consists of roboticists and chefs.");
        t.valid("The team consists of roboticists.");
        t.valid("Our engineering team of around 300 people builds the platform.");
        // not the team's size, composition or reporting line
        String title = "# Backend Engineer\n\n";
        t.invalid(title + "Join our small team.\n", finding("missing").at(1, 3));
        t.invalid(title + "We are a team of 900 people.\n", finding("missing").at(1, 3));
        t.invalid(
                title + "A team with more than 20 years of aggregated experience.\n",
                finding("missing").at(1, 3));
        t.invalid(
                title + "We are hiring two engineers to join our team.\n",
                finding("missing").at(1, 3));
        t.invalid(
                title + "Present cloud reports to management.\n",
                finding("missing").at(1, 3));
        t.invalid(
                title + "You will lead teams across the company.\n",
                finding("missing").at(1, 3));
        t.invalid(
                title + "A diverse team composed of talented engineers.\n",
                finding("missing").at(1, 3));
        t.invalid(
                title + "The company is run by a skilled team.\n",
                finding("missing").at(1, 3));
    }
}
