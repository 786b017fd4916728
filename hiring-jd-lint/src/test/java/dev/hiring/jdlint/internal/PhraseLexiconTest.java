package dev.hiring.jdlint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.JdReader;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.LexiconEntry;
import dev.hiring.jdlint.spi.LexiconFormatException;
import dev.hiring.jdlint.spi.PhraseMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseLexiconTest {
    private static final PhraseLexicon LEX = PhraseLexicon.ofEntries(
            "test",
            List.of(
                    LexiconEntry.pattern("work hard (and|,|/|&)? play hard", List.of(), Map.of("n", "1")),
                    LexiconEntry.pattern("wear (many|multiple|several) hats", List.of(), Map.of("n", "2")),
                    LexiconEntry.pattern("self-start(er|ers|ing)", List.of(), Map.of("n", "3")),
                    LexiconEntry.pattern("hero~", List.of("hero (image|section|banner|unit)~"), Map.of("n", "4")),
                    LexiconEntry.pattern("guru~", List.of("guru meditation"), Map.of("n", "5")),
                    LexiconEntry.pattern(
                            "support~", List.of("(customer|technical|24 hour|24/7) support"), Map.of("n", "6")),
                    LexiconEntry.phrase("fast paced", Map.of("n", "7"))));

    private static List<String> found(Lexicon lex, String text) {
        JdDocument doc = JdReader.of().read(text, InputFormat.MARKDOWN);
        List<String> out = new ArrayList<>();
        for (PhraseMatch m : lex.findAll(doc)) {
            out.add(lex.attribute(m.entry(), "n") + ":" + doc.originalText(m.start(), m.end()));
        }
        return out;
    }

    /** The same answers from the one-pass index of a set as from the lexicon's own scan. */
    private static List<String> foundInSet(String text) {
        JdDocument doc = JdReader.of().read(text, InputFormat.MARKDOWN);
        LexiconSet.of(List.of(PhraseLexicon.of("other", List.of("work", "hard")), LEX))
                .index(doc);
        List<String> out = new ArrayList<>();
        for (PhraseMatch m : LEX.findAll(doc)) {
            out.add(LEX.attribute(m.entry(), "n") + ":" + doc.originalText(m.start(), m.end()));
        }
        return out;
    }

    @Test
    void patternsMatchTheirForms() {
        String text = """
                        We work hard and play hard. We Work Hard, Play Hard. Work hard / play hard! Work hard play hard.

                        You wear many hats and wear Several hats. Self-starters, self starting people, a selfstarter.

                        Be our hero; heroes welcome. A guru or two gurus.

                        A fast-paced team.""";
        List<String> expected = List.of(
                "1:work hard and play hard",
                "1:Work Hard, Play Hard",
                "1:Work hard / play hard",
                "1:Work hard play hard",
                "2:wear many hats",
                "2:wear Several hats",
                "3:Self-starters",
                "3:self starting",
                "3:selfstarter",
                "4:hero",
                "4:heroes",
                "5:guru",
                "5:gurus",
                "7:fast-paced");
        assertThat(found(LEX, text)).containsExactlyElementsOf(expected);
        assertThat(foundInSet(text)).containsExactlyElementsOf(expected);
    }

    @Test
    void requiredPunctuationMustStandBetweenTheWords() {
        Lexicon lex = PhraseLexicon.ofEntries(
                "t", List.of(LexiconEntry.pattern("work hard (and|/) play hard", List.of(), Map.of())));
        assertThat(found(lex, "Work hard / play hard.")).hasSize(1);
        assertThat(found(lex, "Work hard, play hard.")).isEmpty();
    }

    @Test
    void notIfContextsCancelOverlappingMatches() {
        String text = "A hero image and hero banners on the page. The Guru Meditation error. "
                + "We offer 24/7 support and customer support. You support the team.";
        List<String> expected = List.of("6:support");
        assertThat(found(LEX, text)).containsExactlyElementsOf(expected);
        assertThat(foundInSet(text)).containsExactlyElementsOf(expected);
    }

    @Test
    void phrasesStayLiteral() {
        Lexicon lex = PhraseLexicon.of("t", List.of("c++", "work (hard)"));
        assertThat(found(lex, "We use C++ and work hard.")).hasSize(2);
    }

    @Test
    void removingAPhraseDropsTheEntryThatStandsForIt() {
        PhraseLexicon lex = LEX.with(List.of("code monkey"), List.of("gurus"), Map.of("n", "8"));
        assertThat(found(lex, "A guru and a code monkey.")).containsExactly("8:code monkey");
    }

    @Test
    void badPatternsNameTheListAndTheEntry() {
        assertThatThrownBy(() -> PhraseLexicon.ofEntries(
                        "buzz",
                        List.of(
                                LexiconEntry.phrase("ok", Map.of()),
                                LexiconEntry.pattern("wear (many hats", List.of(), Map.of()))))
                .isInstanceOf(LexiconFormatException.class)
                .hasMessageContaining("word list 'buzz', entry 2")
                .hasMessageContaining("unbalanced '('");
        assertThatThrownBy(() -> PhraseLexicon.ofEntries(
                        "buzz", List.of(LexiconEntry.pattern("hero", List.of("hero (image"), Map.of()))))
                .isInstanceOf(LexiconFormatException.class)
                .hasMessageContaining("entry 1");
    }

    /** The slot of a position is its rank among the match positions, across 64-bit words and at their edges. */
    @Test
    void theSlotOfAPositionIsItsRankAmongTheMatches() {
        int[] positions = {0, 1, 63, 64, 65, 127, 128, 200, 640};
        PhraseLexicon.Index idx = new PhraseLexicon.Index(
                positions, new int[positions.length], new int[positions.length], positions.length);
        int hits = 0;
        for (int k = -1; k <= 700; k++) {
            int expected = java.util.Arrays.binarySearch(positions, k);
            assertThat(idx.slot(k)).as("word %d", k).isEqualTo(expected >= 0 ? expected : -1);
            hits += expected >= 0 ? 1 : 0;
        }
        assertThat(hits).isEqualTo(positions.length);
        assertThat(PhraseLexicon.Index.EMPTY.slot(0)).isEqualTo(-1);
    }
}
