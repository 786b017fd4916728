package dev.hiring.benchmarks;

import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.LintReport;
import dev.hiring.jdlint.Linter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Input scaling: the corpus posting of median length, repeated {@code scale} times. Target: the 10× input costs
 * at most 11× the 1× input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LintScalingBenchmark {
    @Param({"1", "10"})
    public int scale;

    private final Linter linter = Linter.builder().build();
    private String text = "";

    /** Builds the input. */
    @Setup
    public void setUp() {
        List<String> sorted = LintBenchmark.corpus().stream()
                .sorted(Comparator.comparingInt(String::length))
                .toList();
        String median = sorted.get(sorted.size() / 2);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < scale; i++) {
            b.append(median).append("\n\n");
        }
        text = b.toString();
    }

    /** Lints the input. */
    @Benchmark
    public LintReport lint() {
        return linter.lint(text, InputFormat.MARKDOWN);
    }
}
