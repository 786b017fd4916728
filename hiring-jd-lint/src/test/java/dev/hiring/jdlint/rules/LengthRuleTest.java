package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class LengthRuleTest {
    private final RuleTester t = RuleTester.of(new LengthRule());

    @Test
    void table() {
        t.invalid("# Backend Engineer\n\nShort.", finding("too-short").at(1, 3));
        t.valid("# Backend Engineer\n\n" + "word ".repeat(400));
        t.invalid(
                "# Backend Engineer\n\n" + "word ".repeat(1200),
                finding("too-long").at(1, 3));
    }

    @Test
    void boundsAreOptions() {
        RuleTester.of(new LengthRule(), """
                {"rules": {"length": {"options": {"min": 1}}}}""").valid("Short.");
    }
}
