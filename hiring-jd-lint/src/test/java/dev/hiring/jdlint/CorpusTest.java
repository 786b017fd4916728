package dev.hiring.jdlint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared corpus of real postings: no exception, spans inside the text, determinism, MANIFEST agreement. */
class CorpusTest {
    private final Linter linter = Linter.builder().build();

    @Test
    void corpusAgreesWithTheManifest() throws IOException {
        Path dir = SharedData.shared("corpus/jd");
        List<String> rows = Files.readAllLines(dir.resolve("MANIFEST.tsv"));
        int n = 0;
        int compensationAgree = 0;
        int workAgree = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t", -1);
            String text = Files.readString(dir.resolve(c[0]));
            LintReport r = linter.lint(text, InputFormat.MARKDOWN);
            for (Finding f : r.findings()) {
                assertThat(f.span().start()).isBetween(0, text.length());
                assertThat(f.span().end()).isBetween(f.span().start(), text.length());
                assertThat(f.match())
                        .isEqualTo(text.substring(f.span().start(), f.span().end()));
            }
            assertThat(linter.lint(text, InputFormat.MARKDOWN))
                    .as("deterministic on %s", c[0])
                    .isEqualTo(r);
            boolean comp = r.findings().stream().anyMatch(f -> f.ruleId().equals("compensation-band"));
            boolean work = r.findings().stream().anyMatch(f -> f.ruleId().equals("work-arrangement"));
            if (comp == c[7].equals("no")) {
                compensationAgree++;
            }
            if (work == c[8].equals("unstated")) {
                workAgree++;
            }
            n++;
        }
        System.out.printf(
                "corpus agreement over %d postings: compensation-band %d/%d (%.1f%%), "
                        + "work-arrangement %d/%d (%.1f%%)%n",
                n, compensationAgree, n, 100.0 * compensationAgree / n, workAgree, n, 100.0 * workAgree / n);
        assertThat(n).isEqualTo(55);
        assertThat(compensationAgree * 100).isGreaterThanOrEqualTo(90 * n);
        // The manifest's location_mode was found by keyword; it calls a posting with only a city "unstated", which a
        // reader (and LINT-LABELS.md) takes as onsite there. The labelled development set in benchmarks/labels is
        // the measure of work-arrangement; here the manifest is only a coarse floor.
        assertThat(workAgree * 100).isGreaterThanOrEqualTo(50 * n);
    }
}
