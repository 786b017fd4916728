package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class YearsAsSoleFilterRuleTest {
    private final RuleTester t = RuleTester.of(new YearsAsSoleFilterRule());

    @Test
    void table() {
        t.invalid("""
                ## Requirements

                - 5+ years of industry experience
                """, finding("sole-filter").at(3, 3));
        // a named technology or a concrete skill beside the years is more than "N years of X"
        t.valid("""
                ## Requirements

                - 5+ years of experience with Java
                - 3+ years with relational databases and system design
                """);
        t.valid("""
                ## Requirements

                - 5+ years of experience building and operating large-scale services
                """);
        t.invalid("""
                ## Requirements

                - 3+ years of experience writing and deploying production code
                """, finding("sole-filter").at(3, 3));
        t.valid("""
                ## Requirements

                - Experience building and operating Java services at scale
                """);
        // years written as words
        t.invalid("""
                - At least a few years working as a software engineer
                """, finding("sole-filter").at(1, 12));
        t.invalid("""
                - One to five years of professional software development experience
                """, finding("sole-filter").at(1, 10));
        // years that are not about experience
        t.valid("We have been profitable for 10 years.");
        t.valid("We meet in person twice a year and work with industry experts.");
        // the company's history is not a requirement
        t.valid("""
                - Over the past four years our industry-leading team has grown
                """);
        // more years than the technology exists (clock: 2026)
        t.invalid("""
                - 15 years of experience with Kubernetes, having built and operated clusters
                """, finding("exceeds-age").at(1, 31));
        // the years are of the first technology named, not of every one in the item
        t.valid("""
                - 5 years of experience with Python and with LLM frameworks such as LangChain
                """);
        t.invalid("""
                - 3-5 years of professional experience
                """, finding("sole-filter").at(1, 3));
    }
}
