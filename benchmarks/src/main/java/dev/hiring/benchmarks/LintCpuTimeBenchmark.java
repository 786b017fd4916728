package dev.hiring.benchmarks;

import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.JdReader;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.internal.text.Tokens;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Not a test: a small CPU-time measurement of linting the shared corpus, for machines too loaded for JMH's wall
 * clock to mean much ({@link LintBenchmark} is the reference; run with {@code java -cp benchmarks/target/benchmarks.jar dev.hiring.benchmarks.LintCpuTimeBenchmark}). Prints the thread CPU time per
 * posting of a full lint, the reader alone and a bare tokenizer pass, and the CPU time of linting the median-length
 * posting repeated 10 times over linting it once (the time of one 10x lint over one 1x lint) (built as in {@link LintScalingBenchmark}), and commonmark-java's parse
 * alone of the same postings (configured as the reader configures it: source spans of blocks and inlines), per
 * round after the warm-up rounds, and their medians and minima (system properties {@code rounds}, default 16, and {@code warmup},
 * default 6).
 */
public final class LintCpuTimeBenchmark {
    private LintCpuTimeBenchmark() {}

    /** Runs the measurement; the argument is the corpus directory (default {@code ../shared/corpus/jd}). */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/jd");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("\\d{3}-.*\\.md"))
                    .sorted()
                    .toList()) {
                texts.add(Files.readString(p));
            }
        }
        String median = texts.stream()
                .sorted(java.util.Comparator.comparingInt(String::length))
                .toList()
                .get(texts.size() / 2);
        String onefold = median + "\n\n";
        String tenfold = onefold.repeat(10);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Linter linter = Linter.builder().build();
        JdReader reader = JdReader.of();
        org.commonmark.parser.Parser markdown = org.commonmark.parser.Parser.builder()
                .includeSourceSpans(org.commonmark.parser.IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        int reps = 20;
        int rounds = Integer.getInteger("rounds", 16);
        int warmup = Integer.getInteger("warmup", 6);
        List<double[]> results = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) {
                for (String t : texts) {
                    linter.lint(t, InputFormat.MARKDOWN);
                }
            }
            long c1 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) {
                for (String t : texts) {
                    reader.read(t, InputFormat.MARKDOWN);
                }
            }
            long c2 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) {
                for (String t : texts) {
                    Tokens.of(t);
                }
            }
            long c3 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < reps * 10; i++) {
                linter.lint(onefold, InputFormat.MARKDOWN);
            }
            long c4 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) {
                linter.lint(tenfold, InputFormat.MARKDOWN);
            }
            long c5 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) {
                for (String t : texts) {
                    markdown.parse(t);
                }
            }
            long c6 = mx.getCurrentThreadCpuTime();
            double n = 1000.0 * reps * texts.size();
            if (round >= warmup) {
                double[] r = {
                    (c1 - c0) / n,
                    (c2 - c1) / n,
                    (c3 - c2) / n,
                    (double) (c1 - c0) / (c3 - c2),
                    10.0 * (c5 - c4) / (c4 - c3),
                    (c6 - c5) / n
                };
                results.add(r);
                System.out.printf(
                        "CPU µs per posting: lint %.1f, read %.1f, tokenize %.1f (lint/tokenize %.1fx);"
                                + " 10x median posting / 1x %.2fx; parse %.1f (lint/parse %.1fx)%n",
                        r[0], r[1], r[2], r[3], r[4], r[5], r[0] / r[5]);
            }
        }
        System.out.printf(
                "median of %d rounds: lint %.1f, read %.1f, tokenize %.1f µs per posting; lint/tokenize %.1fx;"
                        + " 10x input / 1x %.2fx; parse %.1f µs (lint/parse %.1fx)%n",
                results.size(),
                median(results, 0),
                median(results, 1),
                median(results, 2),
                median(results, 3),
                median(results, 4),
                median(results, 5),
                median(results, 0) / median(results, 5));
        // on a shared machine other work only ever adds CPU time (caches, frequency), so the fastest round is the
        // steadiest figure to compare builds by
        System.out.printf(
                "fastest of %d rounds: lint %.1f, read %.1f, tokenize %.1f, parse %.1f µs per posting%n",
                results.size(), min(results, 0), min(results, 1), min(results, 2), min(results, 5));
    }

    private static double min(List<double[]> rows, int col) {
        return rows.stream().mapToDouble(r -> r[col]).min().orElse(Double.NaN);
    }

    private static double median(List<double[]> rows, int col) {
        double[] v = rows.stream().mapToDouble(r -> r[col]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
