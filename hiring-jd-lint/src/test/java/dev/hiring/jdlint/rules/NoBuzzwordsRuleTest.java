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
    void patternsFindInflectionsSpellingsAndOptionalWords() {
        t.invalid(
                "Self-starting people and selfstarters.",
                finding("buzzword").at(1, 1),
                finding("buzzword").at(1, 26));
        t.invalid("You will wear multiple hats.", finding("buzzword").at(1, 10));
        t.invalid("We work hard / play hard.", finding("buzzword").at(1, 4));
        t.invalid(
                "- Juggling priorities under tight deadlines",
                finding("buzzword").at(1, 3),
                finding("buzzword").at(1, 29));
        t.invalid(
                "Our culture is family-like and cutting edge.",
                finding("buzzword").at(1, 16),
                finding("buzzword").at(1, 32));
    }

    @Test
    void technicalSensesAreNotFindings() {
        t.valid("The hero image loads in 200 ms; the setup wizard has three steps.");
        t.valid("A Guru Meditation error page; the Ninja build runs; Rails runs on Unicorn behind nginx.");
        t.valid("The office has a killer view of the bay.");
    }

    @Test
    void severityFollowsTheCategory() {
        assertThat(t.lint("A rockstar.").get(0).severity()).isEqualTo(dev.hiring.core.Severity.ERROR);
        assertThat(t.lint("A fast-paced team.").get(0).severity()).isEqualTo(dev.hiring.core.Severity.WARNING);
        assertThat(t.lint("A world-class team.").get(0).severity()).isEqualTo(dev.hiring.core.Severity.SUGGESTION);
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
