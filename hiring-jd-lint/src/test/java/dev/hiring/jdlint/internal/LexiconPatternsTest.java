package dev.hiring.jdlint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconPatternsTest {
    private static List<String> phrases(String pattern) {
        List<String> out = new ArrayList<>();
        for (LexiconPatterns.Variant v : LexiconPatterns.compile(pattern)) {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < v.words().length; j++) {
                if (j > 0) {
                    b.append(' ');
                    if (v.gaps()[j] != null) {
                        b.append('[').append(v.gaps()[j]).append("] ");
                    }
                }
                b.append(v.words()[j]);
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void wordsAreNormalizedTokens() {
        assertThat(phrases("Hit The Ground Running")).containsExactly("hit the ground running");
    }

    @Test
    void alternativesMayBeSeveralWords() {
        assertThat(phrases("wear (many|multiple|several|a lot of) hats"))
                .containsExactlyInAnyOrder(
                        "wear a lot of hats", "wear many hats", "wear multiple hats", "wear several hats");
    }

    @Test
    void optionalGroupsAndPunctuationAlternatives() {
        assertThat(phrases("work hard (and|,|/|&)? play hard"))
                .containsExactlyInAnyOrder(
                        "work hard and play hard",
                        "work hard [,] play hard",
                        "work hard [/] play hard",
                        "work hard [&] play hard",
                        "work hard play hard");
    }

    @Test
    void optionalWord() {
        assertThat(phrases("live and breathe (the)? code"))
                .containsExactly("live and breathe the code", "live and breathe code");
        assertThat(phrases("a very? fast team")).containsExactlyInAnyOrder("a very fast team", "a fast team");
    }

    @Test
    void hyphenatedWordsMatchWithHyphenSpaceOrNothing() {
        assertThat(phrases("self-starter")).containsExactlyInAnyOrder("self starter", "selfstarter");
        assertThat(phrases("self-start(er|ers|ing)"))
                .containsExactlyInAnyOrder(
                        "self starter",
                        "selfstarter",
                        "self starters",
                        "selfstarters",
                        "self starting",
                        "selfstarting");
    }

    @Test
    void inflections() {
        assertThat(LexiconPatterns.inflections("juggle"))
                .containsExactlyInAnyOrder("juggle", "juggles", "juggled", "juggling", "juggler", "jugglers");
        assertThat(LexiconPatterns.inflections("hustle")).contains("hustling", "hustler", "hustlers");
        assertThat(LexiconPatterns.inflections("party"))
                .contains("parties", "partied")
                .doesNotContain("partys");
        assertThat(LexiconPatterns.inflections("crush")).contains("crushes", "crushed", "crushing", "crusher");
        assertThat(LexiconPatterns.inflections("hero")).contains("heroes", "heros");
        assertThat(phrases("self-starter~")).contains("self starter", "self starters", "selfstarter", "selfstarters");
        assertThat(phrases("(juggle|hustle)~ hard")).contains("juggling hard", "hustles hard");
    }

    @Test
    void innerPunctuationIsRequired() {
        assertThat(phrases("24/7 support")).containsExactly("24 [/] 7 support");
    }

    @Test
    void longestFirst() {
        List<LexiconPatterns.Variant> v = LexiconPatterns.compile("team (of (many|multiple) people)?");
        assertThat(v.get(0).words()).hasSize(4);
        assertThat(v.get(v.size() - 1).words()).containsExactly("team");
    }

    @Test
    void badPatternsAreTypedErrorsNamingTheProblem() {
        assertThatThrownBy(() -> LexiconPatterns.compile("work hard (and|, play hard"))
                .isInstanceOf(LexiconPatterns.BadPatternException.class)
                .hasMessageContaining("unbalanced '('");
        assertThatThrownBy(() -> LexiconPatterns.compile("work hard) play")).hasMessageContaining("unbalanced ')'");
        assertThatThrownBy(() -> LexiconPatterns.compile("wear (many||several) hats"))
                .hasMessageContaining("empty alternative");
        assertThatThrownBy(() -> LexiconPatterns.compile("? hats")).hasMessageContaining("'?'");
        assertThatThrownBy(() -> LexiconPatterns.compile("ha~ts")).hasMessageContaining("'~'");
        assertThatThrownBy(() -> LexiconPatterns.compile("rock.*star"))
                .hasMessageContaining("unsupported character '*'");
        assertThatThrownBy(() -> LexiconPatterns.compile(", hats")).hasMessageContaining("start with punctuation");
        assertThatThrownBy(() -> LexiconPatterns.compile("hats ,")).hasMessageContaining("end with punctuation");
        assertThatThrownBy(() -> LexiconPatterns.compile("(a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) "
                        + "(a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h)"))
                .hasMessageContaining("more than");
    }
}
