package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoBuzzwordsRuleTest {
    private final RuleTester t = RuleTester.of(new NoBuzzwordsRule());

    @Test
    void table() {
        t.valid("We build payment APIs for 2 million customers.");
        t.invalid("We want a rockstar engineer.", finding("buzzword").at(1, 11));
        t.invalid(
                "Be a self-starter who can hit the ground running.",
                finding("buzzword").at(1, 6),
                finding("buzzword").at(1, 27));
        t.invalid("We work hard, play hard.", finding("buzzword").at(1, 4));
        t.invalid(
                "A Rock Star and a ninja.",
                finding("buzzword").at(1, 3),
                finding("buzzword").at(1, 19));
    }

    @Test
    void negationIsNotAFinding() {
        t.valid("We do not expect you to hit the ground running.");
        t.valid("You don't need to be a rockstar.");
        t.valid("No ninjas, no gurus: just engineers.");
    }

    @Test
    void quotedWordsAreNotFindings() {
        t.valid("We never write \"rockstar\" in a job ad.");
        t.valid("Words like \"ninja\" put people off.");
        t.valid("Words like 'guru' put people off.");
    }

    @Test
    void disguisedWordsAreFound() {
        // zero-width space, Cyrillic o, soft hyphen, emphasis inside the word, entity
        t.invalid("A rock\u200Bstar engineer.", finding("buzzword").at(1, 3));
        t.invalid("A r\u043Eckstar engineer.", finding("buzzword").at(1, 3));
        t.invalid("A nin\u00ADja engineer.", finding("buzzword").at(1, 3));
        t.invalid("A rock**star** engineer.", finding("buzzword").at(1, 3));
        t.invalid("A &#114;ockstar engineer.", finding("buzzword").at(1, 3));
    }

    @Test
    void findingsCarryASuggestionAndTheOriginalText() {
        var f = t.lint("A r\u043Eckstar engineer.").get(0);
        assertThat(f.match()).isEqualTo("r\u043Eckstar");
        assertThat(f.suggestion()).isPresent();
        assertThat(f.guideRef()).isEqualTo("outcomes-and-team");
        assertThat(f.span().endColumn()).isEqualTo(11);
    }
}
