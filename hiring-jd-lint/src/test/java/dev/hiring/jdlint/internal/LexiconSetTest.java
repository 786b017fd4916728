package dev.hiring.jdlint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.JdReader;
import dev.hiring.jdlint.SharedData;
import dev.hiring.jdlint.document.JdDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one-pass index of a set of lexicons gives each lexicon the same matches as its own scan. */
class LexiconSetTest {

    private static String describe(PhraseLexicon.Index idx) {
        return Arrays.toString(Arrays.copyOf(idx.positions, idx.count))
                + Arrays.toString(Arrays.copyOf(idx.len, idx.count))
                + Arrays.toString(Arrays.copyOf(idx.entry, idx.count));
    }

    private static List<Path> postings(String dir) throws IOException {
        try (Stream<Path> s = Files.list(SharedData.shared(dir))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void everyBuiltInListMatchesAsItsOwnScanOnTheCorpus() throws IOException {
        List<Path> files = new ArrayList<>(postings("corpus/jd"));
        files.addAll(postings("corpus/jd-more"));
        assertThat(files).hasSizeGreaterThan(100);
        long matches = 0;
        for (Path f : files) {
            // the reader indexes the document with the set of every built-in list
            JdDocument doc = JdReader.of().read(Files.readString(f), InputFormat.MARKDOWN);
            for (String name : Lexicons.names()) {
                PhraseLexicon lex = Lexicons.get(name);
                PhraseLexicon.Index fromSet = lex.index(doc);
                PhraseLexicon.Index own = lex.scan(doc);
                assertThat(describe(fromSet))
                        .as(name + " in " + f.getFileName())
                        .isEqualTo(describe(own));
                matches += own.count;
            }
        }
        // the comparison covers many matches, not empty indexes
        assertThat(matches).isGreaterThan(10_000);
    }

    @Test
    void longestPhraseOfEachListWinsAndListsDoNotShadowEachOther() {
        PhraseLexicon a = PhraseLexicon.of("a", List.of("work", "work hard", "work hard and play hard"));
        PhraseLexicon b = PhraseLexicon.of("b", List.of("hard", "work hard"));
        JdDocument doc = JdReader.of().read("We work hard and play hard. Work. Work hard.", InputFormat.MARKDOWN);
        LexiconSet.of(List.of(a, b)).index(doc);
        assertThat(describe(a.index(doc))).isEqualTo(describe(a.scan(doc)));
        assertThat(describe(b.index(doc))).isEqualTo(describe(b.scan(doc)));
        // words: we 0, work 1, hard 2, and 3, play 4, hard 5, work 6, work 7, hard 8 (sentences end at 5 and 6)
        // a: "work hard and play hard" at 1, "work" alone at 6 (its sentence ends), "work hard" at 7
        assertThat(describe(a.index(doc))).isEqualTo("[1, 6, 7][5, 1, 2][2, 0, 1]");
        // b: "work hard" at 1 and 7, "hard" at every other "hard"; a's longer phrase does not hide b's
        assertThat(describe(b.index(doc))).isEqualTo("[1, 2, 5, 7, 8][2, 1, 1, 2, 1][1, 0, 0, 1, 0]");
    }
}
