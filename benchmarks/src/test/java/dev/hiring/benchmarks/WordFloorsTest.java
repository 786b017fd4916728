package dev.hiring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The word-level rules against the committed word labels and the phrase test set: every bound of
 * {@code labels/word-floors.tsv} holds (precision, recall and phrase recall at least the bound; gender
 * disagreements and phrase false positives at most it). The phrase set is in the repository, so its bounds are
 * always checked; the word labels need the shared corpus.
 */
class WordFloorsTest {
    private static final Path LABELS = Path.of("labels");
    private static final Path CORPUS = Path.of("../../shared/corpus");

    private record Bound(String rule, String measure, double bound) {}

    private static List<Bound> bounds() throws IOException {
        List<Bound> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(LABELS.resolve("word-floors.tsv"));
        assertThat(lines.get(0)).isEqualTo("rule\tmeasure\tbound");
        for (String l : lines.subList(1, lines.size())) {
            if (!l.isBlank()) {
                String[] c = l.split("\t", -1);
                out.add(new Bound(c[0], c[1], Double.parseDouble(c[2])));
            }
        }
        return out;
    }

    private static List<String> failures(WordEvaluation.Report r, List<Bound> bounds, boolean phrasesOnly) {
        List<String> out = new ArrayList<>();
        for (Bound b : bounds) {
            boolean phrase = b.measure().startsWith("phrase");
            if (phrasesOnly != phrase) {
                continue;
            }
            WordEvaluation.Score s = r.scores().get(b.rule());
            assertThat(s).as("rule %s", b.rule()).isNotNull();
            double v = switch (b.measure()) {
                case "precision" -> s.precision();
                case "recall" -> s.recall();
                case "disagreements" -> s.disagreed();
                case "phraseRecall" -> s.phraseRecall();
                case "phraseFalsePositives" -> s.phraseFalse();
                default -> throw new AssertionError("unknown measure " + b.measure());
            };
            boolean max = b.measure().equals("disagreements") || b.measure().equals("phraseFalsePositives");
            if (Double.isNaN(v) || (max ? v > b.bound() : v < b.bound())) {
                out.add(b + ": measured " + v);
            }
        }
        return out;
    }

    @Test
    void phraseSetMeetsItsBounds() throws IOException {
        // no corpus needed: the phrase set is scored alone
        WordEvaluation.Report r = new WordEvaluation().evaluate(LABELS, Path.of("no-corpus-here"));
        assertThat(r.scores().get("no-buzzwords").phraseFire()).isGreaterThanOrEqualTo(60);
        assertThat(failures(r, bounds(), true)).isEmpty();
    }

    @Test
    void wordLabelsMeetTheirBounds() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("jd")), "shared corpus not found");
        WordEvaluation.Report r = new WordEvaluation().evaluate(LABELS, CORPUS);
        String text = r.toText();
        System.out.print(text.substring(0, text.indexOf("\ndetails: ") + 1));
        assertThat(r.scores().get("no-buzzwords").postings()).isGreaterThan(100);
        assertThat(failures(r, bounds(), false)).isEmpty();
    }
}
