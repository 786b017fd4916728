package dev.hiring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading floors and comparing a report with them. */
class FloorsTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path p = dir.resolve("floors.tsv");
        Files.writeString(p, text);
        return p;
    }

    private static EvaluationReport report(RuleScore... scores) {
        return new EvaluationReport(
                List.of(scores), RuleScore.empty(RuleScore.ALL), RuleScore.empty(RuleScore.ALL_LIST), List.of());
    }

    @Test
    void namesEachRuleUnderItsFloorWithItsAccuracy() throws IOException {
        Map<String, Double> floors = Floors.read(
                write("rule\tminAccuracy\ncompensation-band\t0.9\nteam-structure\t0.5\njob-title\t0.8\nlength\t0.0\n"));
        EvaluationReport r = report(
                new RuleScore("compensation-band", 4, 1, 1, 4, 0), // 0.8 < 0.9
                new RuleScore("team-structure", 1, 0, 0, 1, 0), // 1.0
                new RuleScore("length", 0, 5, 0, 0, 0)); // 0.0, floor 0
        assertThat(Floors.failures(floors, r))
                .containsExactly(
                        "compensation-band: accuracy 0.800 < floor 0.900",
                        "job-title: no non-arguable labels, floor 0.800");
    }

    @Test
    void exactlyAtTheFloorPasses() throws IOException {
        Map<String, Double> floors = Floors.read(write("rule\tminAccuracy\nlist:requirements\t0.75\n"));
        assertThat(Floors.failures(floors, report(new RuleScore("list:requirements", 3, 1, 0, 0, 0))))
                .isEmpty();
    }

    @Test
    void rejectsMalformedRows() throws IOException {
        assertThat(problem("rule\tminAccuracy\nno-such\t0.1\n")).isEqualTo("unknown rule id 'no-such'");
        assertThat(problem("rule\tminAccuracy\nlength\t1.5\n")).isEqualTo("bad floor '1.5' (a number from 0 to 1)");
        assertThat(problem("rule\tminAccuracy\nlength\thigh\n")).isEqualTo("bad floor 'high' (a number from 0 to 1)");
        assertThat(problem("rule\tminAccuracy\nlength\n")).isEqualTo("expected 2 tab-separated columns, found 1");
        assertThat(problem("rule\tminAccuracy\nlength\t0.1\nlength\t0.2\n")).isEqualTo("duplicate row for rule length");
        assertThat(problem("rule\tfloor\n")).startsWith("the header must be");
    }

    private String problem(String text) throws IOException {
        Path p = write(text);
        return catchThrowableOfType(LabelFileException.class, () -> Floors.read(p))
                .problem();
    }

    @Test
    void theCommittedFloorsNameEveryRuleAndListRow() {
        Map<String, Double> floors = Floors.read(Path.of("labels/floors.tsv"));
        assertThat(floors.keySet()).containsExactlyInAnyOrderElementsOf(Labels.knownRules());
    }
}
