package dev.hiring.examples.beam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hiring.cli.HiringCli;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs the lint pipeline on the DirectRunner and on an embedded Flink cluster, and checks that its output is, finding for finding, what {@code hiring lint
 * --format json} prints for the same files.
 */
class BatchLintTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void ownPostingsMatchHiringLintFindingForFinding(Engine engine) throws Exception {
        Path dir = Path.of("src/test/resources/postings").toAbsolutePath();
        Map<String, List<String>> expected = expected(dir);
        assertThat(expected).hasSize(3);
        assertThat(expected.get("rockstar-draft.md")).isNotEmpty();

        // A directory stands for every file in it.
        runAndCompare(engine, dir.toString(), expected);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void sharedCorpusMatchesHiringLintFindingForFinding(Engine engine) throws Exception {
        Path corpus = repositoryRoot().resolve("../shared/corpus/jd").normalize();
        Assumptions.assumeTrue(Files.isDirectory(corpus), "shared data not found at " + corpus);
        Map<String, List<String>> expected = expected(corpus);
        assertThat(expected).hasSizeGreaterThan(10);

        // MANIFEST.tsv sits beside the postings; hiring lint reads only .md, .markdown, .txt and .html files.
        runAndCompare(engine, corpus + "/*.md", expected);
    }

    private void runAndCompare(Engine engine, String input, Map<String, List<String>> expected) throws IOException {
        PipelineOptions options = engine.options();
        // README:begin run
        Pipeline pipeline = Pipeline.create(options);
        BatchLint.build(pipeline, input, out + "/");
        PipelineResult result = pipeline.run();
        result.waitUntilFinish();
        // README:end run
        assertThat(result.getState()).isEqualTo(PipelineResult.State.DONE);
        assertThat(result.getClass().getSimpleName()).isEqualTo(engine.resultClass());

        Map<String, List<String>> actual = new TreeMap<>();
        expected.keySet().forEach(k -> actual.put(k, new ArrayList<>()));
        for (String line : lines("findings")) {
            JsonNode node = JSON.readTree(line);
            String name = Path.of(node.get("path").asText()).getFileName().toString();
            actual.computeIfAbsent(name, k -> new ArrayList<>()).add(JSON.writeValueAsString(node.get("finding")));
        }
        actual.values().forEach(l -> l.sort(null));
        assertThat(actual).isEqualTo(expected);

        Map<String, Long> counts = new TreeMap<>();
        for (List<String> findings : expected.values()) {
            for (String f : findings) {
                counts.merge(JSON.readTree(f).get("ruleId").asText(), 1L, Long::sum);
            }
        }
        Map<String, Long> summary = new TreeMap<>();
        for (String line : lines("summary")) {
            JsonNode node = JSON.readTree(line);
            summary.put(node.get("ruleId").asText(), node.get("count").asLong());
        }
        assertThat(summary).isEqualTo(counts);
        assertThat(lines("errors")).isEmpty();
    }

    /**
     * Per file name, the findings {@code hiring lint --format json} prints for the directory, each as compact JSON,
     * sorted. The command line runs in-process through {@link HiringCli#execute}, the same code {@code ./hiring} runs.
     */
    private static Map<String, List<String>> expected(Path dir) throws IOException {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = HiringCli.execute(stdout, stderr, "lint", "--format", "json", "--fail-on", "never", dir.toString());
        assertThat(code).as("hiring lint: %s", stderr).isZero();
        Map<String, List<String>> expected = new TreeMap<>();
        for (JsonNode file : JSON.readTree(stdout.toString()).get("files")) {
            List<String> findings = new ArrayList<>();
            for (JsonNode finding : file.get("findings")) {
                findings.add(JSON.writeValueAsString(finding));
            }
            findings.sort(null);
            expected.put(Path.of(file.get("path").asText()).getFileName().toString(), findings);
        }
        return expected;
    }

    private List<String> lines(String prefix) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .toList()) {
                all.addAll(Files.readAllLines(f));
            }
        }
        return all;
    }

    static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(".ci"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("repository root (with .ci/) not found above user.dir");
        }
        return dir;
    }
}
