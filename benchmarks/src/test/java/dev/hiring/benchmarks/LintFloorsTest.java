package dev.hiring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The linter against the committed labels of the shared corpus: every rule at or above its floor in
 * {@code labels/floors.tsv}. Runs with the module directory as working directory; skipped when the shared data
 * or a label file is absent.
 */
class LintFloorsTest {
    private static final Path LABELS = Path.of("labels");
    private static final Path SHARED = Path.of("../../shared");

    @Test
    void everyRuleMeetsItsAccuracyFloor() {
        List<Labels.Source> sources = List.of(
                new Labels.Source(LABELS.resolve("jd.tsv"), SHARED.resolve("corpus/jd")),
                new Labels.Source(LABELS.resolve("jd-more.tsv"), SHARED.resolve("corpus/jd-more")));
        assumeTrue(
                Files.isDirectory(SHARED),
                () -> "shared data not found at " + SHARED.toAbsolutePath().normalize());
        for (Labels.Source s : sources) {
            assumeTrue(
                    Files.isRegularFile(s.labels()),
                    () -> "label file not found: " + s.labels().toAbsolutePath());
            assumeTrue(
                    Files.isDirectory(s.corpusDir()),
                    () -> "corpus not found: " + s.corpusDir().toAbsolutePath().normalize());
        }
        Map<String, Double> floors = Floors.read(LABELS.resolve("floors.tsv"));
        EvaluationReport report = new LintEvaluation().evaluate(sources);
        String text = report.toText();
        System.out.print(text.substring(0, text.indexOf("\ndisagreements: ") + 1));
        assertThat(Floors.failures(floors, report))
                .as("rules under their accuracy floor (labels/floors.tsv)")
                .isEmpty();
    }
}
