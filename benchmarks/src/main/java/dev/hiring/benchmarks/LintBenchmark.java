package dev.hiring.benchmarks;

import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.JdReader;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.internal.text.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Job-description linting over the shared corpus (55 real postings), one thread, full default rule set; the
 * score is per posting. Targets: lint at most 50 µs per posting on average, and at most 5× a bare tokenizer pass
 * ({@link #tokenizeCorpus}) over the same text. {@link #readCorpus} is the reader alone (Markdown parse,
 * normalization, tokens, sections) to show where the time goes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LintBenchmark {
    static final int POSTINGS = 55;

    private final Linter linter = Linter.builder().build();
    private final JdReader reader = JdReader.of();
    private List<String> texts = List.of();

    /** Reads the corpus from {@code ../shared/corpus/jd} relative to the working directory (the repository root). */
    @Setup
    public void setUp() {
        texts = corpus();
        if (texts.size() != POSTINGS) {
            throw new IllegalStateException("expected " + POSTINGS + " postings, found " + texts.size());
        }
    }

    static List<String> corpus() {
        Path dir = Path.of("..", "shared", "corpus", "jd");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("..", "..", "shared", "corpus", "jd");
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("\\d{3}-.*\\.md"))
                    .sorted()
                    .toList()) {
                out.add(Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("shared corpus not found at " + dir.toAbsolutePath(), e);
        }
        return out;
    }

    /** Full lint (read + all default rules + report) of every posting. */
    @Benchmark
    @OperationsPerInvocation(POSTINGS)
    public void lintCorpus(Blackhole bh) {
        for (String t : texts) {
            bh.consume(linter.lint(t, InputFormat.MARKDOWN));
        }
    }

    /** The reader alone: Markdown parse, normalization, tokens, sections. */
    @Benchmark
    @OperationsPerInvocation(POSTINGS)
    public void readCorpus(Blackhole bh) {
        for (String t : texts) {
            bh.consume(reader.read(t, InputFormat.MARKDOWN));
        }
    }

    /** The baseline: one bare tokenizer pass over each posting's text. */
    @Benchmark
    @OperationsPerInvocation(POSTINGS)
    public void tokenizeCorpus(Blackhole bh) {
        for (String t : texts) {
            bh.consume(Tokens.of(t));
        }
    }
}
