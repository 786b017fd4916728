package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class JobTitleRuleTest {
    private final RuleTester t = RuleTester.of(new JobTitleRule());

    @Test
    void table() {
        t.valid("# Senior Backend Engineer, Payments Platform\n\nText.");
        t.valid("# SRE\n\nText.");
        t.invalid(
                "# Rockstar Backend Ninja Wanted!\n\nText.",
                finding("buzzword").at(1, 3),
                finding("buzzword").at(1, 20),
                finding("exclamation").at(1, 32));
        t.invalid("# SENIOR BACKEND ENGINEER\n\nText.", finding("all-caps").at(1, 3));
        t.invalid(
                "# Senior Backend Engineer for our Payments, Ledger and Risk Platform Teams in Berlin\n\nText.",
                finding("too-long").at(1, 3));
    }

    @Test
    void theLengthIsThatOfTheTitleProper() {
        // a parenthesised note (place, work mode) is shown beside the title, not searched for
        t.valid("# Senior Backend Engineer, Academies - Onsite (Salt Lake City, UT)\n\nText.");
        t.invalid(
                "# Senior Backend Engineer for Payments, Ledger, Risk and Fraud Platform Teams (Berlin)\n\nText.",
                finding("too-long").at(1, 3));
    }

    @Test
    void aSectionHeadingOrMetadataLabelIsNotTheTitle() {
        // nothing to judge: the posting has no title of its own here
        t.valid("# Minimum qualifications\n\n- Kubernetes in production, rockstar level\n");
        t.valid("##### Sector\n\nDeveloper\n\n##### Type\n\nContract\n");
        t.valid("Distributed systems are hard to get right,\n\n- Keeping latency low\n- Scaling\n");
    }
}
