package dev.hiring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.jdlint.InputFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command end to end on the test's own tiny postings. */
class LintEvaluationTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LintEvaluation.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String labels() {
        return Fixtures.eval("labels.tsv").toString();
    }

    private String posts() {
        return Fixtures.posts().toString();
    }

    @Test
    void scoresTheFixturesWithEveryFormat() {
        EvaluationReport r = new LintEvaluation()
                .evaluate(List.of(new Labels.Source(Fixtures.eval("labels.tsv"), Fixtures.posts())));
        // Markdown, plain text and HTML "competitive salary" postings violate; the closed USD range is ok.
        assertThat(r.rule("compensation-band")).contains(new RuleScore("compensation-band", 2, 0, 0, 1, 1));
        assertThat(r.rule("list:responsibilities")).contains(new RuleScore("list:responsibilities", 1, 0, 0, 0, 0));
        assertThat(r.rule("list:requirements")).contains(new RuleScore("list:requirements", 1, 0, 0, 1, 0));
        // The deliberately wrong label is the one disagreement, with the finding behind the prediction.
        assertThat(r.disagreements()).singleElement().satisfies(j -> {
            assertThat(j.label().file()).isEqualTo("posts/unpaid.md");
            assertThat(j.label().rule()).isEqualTo("work-arrangement");
            assertThat(j.predictedLabel()).isEqualTo("violates");
            assertThat(j.evidence()).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("line "));
        });
        assertThat(r.all()).isEqualTo(new RuleScore(RuleScore.ALL, 2, 1, 0, 1, 1));
    }

    @Test
    void listPredictionNamesTheSection() {
        EvaluationReport r = new LintEvaluation()
                .evaluate(List.of(new Labels.Source(Fixtures.eval("labels.tsv"), Fixtures.posts())));
        assertThat(r.rule("list:requirements").orElseThrow().tp()).isEqualTo(1);
        Label paid = Labels.read(Fixtures.eval("labels.tsv"), Fixtures.posts()).get(2);
        Judgement j = LintEvaluation.judge(
                paid,
                dev.hiring.jdlint.Linter.builder()
                        .build()
                        .lint("# T\n\n## Requirements\n\n- Java\n- SQL\n", InputFormat.MARKDOWN));
        assertThat(j.predicted()).isTrue();
        assertThat(j.evidence())
                .singleElement()
                .asString()
                .contains("Requirements")
                .endsWith("with 2 items");
    }

    @Test
    void formatComesFromTheExtension() {
        assertThat(LintEvaluation.formatOf(Path.of("jd/a.md"))).isEqualTo(InputFormat.MARKDOWN);
        assertThat(LintEvaluation.formatOf(Path.of("jd/a.HTML"))).isEqualTo(InputFormat.HTML);
        assertThat(LintEvaluation.formatOf(Path.of("jd/a.htm"))).isEqualTo(InputFormat.HTML);
        assertThat(LintEvaluation.formatOf(Path.of("jd/a.txt"))).isEqualTo(InputFormat.TEXT);
        assertThat(LintEvaluation.formatOf(Path.of("jd/a"))).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void textOutputAndExitCodeZero() {
        assertThat(run(labels(), posts())).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).containsPattern("(?m)^compensation-band +2 +0 +0 +1 +1\\.000 +1\\.000 +1\\.000 +1$");
        assertThat(text).containsPattern("(?m)^ALL-list +2 +0 +0 +1 ");
        assertThat(text).contains("disagreements: 1\n");
        assertThat(text)
                .contains(
                        "posts/unpaid.md\twork-arrangement\tok\tviolates\tdeliberately wrong: nothing says where\tline ");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void jsonOutput() throws IOException {
        assertThat(run("--json", labels(), posts())).isZero();
        JsonNode root = HiringJackson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(root.get("all").get("tp").asInt()).isEqualTo(2);
        assertThat(root.get("disagreements")).hasSize(1);
        assertThat(root.get("disagreements").get(0).get("rule").asText()).isEqualTo("work-arrangement");
    }

    @Test
    void badInputExitsTwoNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, Labels.HEADER + "\nposts/paid.md\tcompensation-band\tmaybe\t\tx\n");
        assertThat(run(bad.toString(), posts())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(bad + ":2: bad label 'maybe' for rule compensation-band");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void badArgumentsExitTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run(labels())).isEqualTo(2);
        assertThat(run("--csv", labels(), posts())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:").contains("unknown option --csv");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
