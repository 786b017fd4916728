package dev.hiring.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.LintReport;
import dev.hiring.jdlint.Linter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pathological inputs for the readers and the linter lint in time linear in their size. No absolute time is
 * asserted: each input is built at two sizes, n and 4n, and the time of the larger must grow by less than
 * {@value #MAX_RATIO} (linear growth gives about 4, quadratic about 16).
 *
 * <p>Time is this thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}), not wall-clock time, and the
 * figure compared is the minimum of several runs after a warm-up: other processes on a busy machine take cores away
 * from the test but add no CPU time to its thread, and the minimum discards runs slowed by cache or scheduler noise.
 * Garbage collection runs on its own threads and is not counted either. The test therefore passes on a machine
 * whose cores are all busy; a ratio over the bound is still measured once more before the test fails.
 */
class PathologicalInputTest {
    private static final double MAX_RATIO = 8.0;
    private static final int RUNS = 5;
    private static final Linter LINTER = Linter.builder().build();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static Stream<Arguments> inputs() {
        IntFunction<String> word = n -> "a".repeat(n);
        IntFunction<String> items = n -> {
            StringBuilder sb = new StringBuilder("# Items\n\n");
            for (int i = 0; i < n; i++) {
                sb.append("- item ").append(i).append('\n');
            }
            return sb.toString();
        };
        IntFunction<String> htmlItems = n -> {
            StringBuilder sb = new StringBuilder("<ul>");
            for (int i = 0; i < n; i++) {
                sb.append("<li>item ").append(i).append("</li>");
            }
            return sb.append("</ul>").toString();
        };
        return Stream.of(
                Arguments.of("one word of n characters", InputFormat.MARKDOWN, word, 1_000_000),
                Arguments.of("one word of n characters", InputFormat.TEXT, word, 1_000_000),
                Arguments.of("one word of n characters", InputFormat.HTML, word, 1_000_000),
                Arguments.of("n list items", InputFormat.MARKDOWN, items, 5_000),
                Arguments.of("n list items", InputFormat.TEXT, items, 5_000),
                Arguments.of("n list items", InputFormat.HTML, htmlItems, 5_000),
                Arguments.of(
                        "lists nested n deep",
                        InputFormat.MARKDOWN,
                        (IntFunction<String>) n -> "- ".repeat(n) + "x\n",
                        62_500),
                Arguments.of(
                        "lists nested n deep by indentation",
                        InputFormat.MARKDOWN,
                        (IntFunction<String>) n -> {
                            StringBuilder sb = new StringBuilder();
                            for (int i = 0; i < n; i++) {
                                sb.append("  ".repeat(i % 200)).append("- x\n");
                            }
                            return sb.toString();
                        },
                        2_500),
                Arguments.of(
                        "block quotes nested n deep",
                        InputFormat.MARKDOWN,
                        (IntFunction<String>) n -> "> ".repeat(n) + "x\n",
                        250_000),
                Arguments.of(
                        "HTML nested n deep",
                        InputFormat.HTML,
                        (IntFunction<String>) n -> "<div>".repeat(n) + "rockstar" + "</div>".repeat(n),
                        5_000),
                Arguments.of(
                        "HTML nested n deep inside Markdown",
                        InputFormat.MARKDOWN,
                        (IntFunction<String>) n -> "<div>".repeat(n) + "rockstar" + "</div>".repeat(n),
                        5_000),
                Arguments.of(
                        "n unclosed angle brackets",
                        InputFormat.MARKDOWN,
                        (IntFunction<String>) n -> "a<".repeat(n),
                        50_000),
                Arguments.of(
                        "n unclosed angle brackets",
                        InputFormat.TEXT,
                        (IntFunction<String>) n -> "a<".repeat(n),
                        50_000),
                Arguments.of(
                        "n unterminated entities",
                        InputFormat.MARKDOWN,
                        (IntFunction<String>) n -> "&abcdefgh".repeat(n),
                        20_000),
                Arguments.of(
                        "n emphasis openers", InputFormat.MARKDOWN, (IntFunction<String>) n -> "*a".repeat(n), 20_000),
                Arguments.of(
                        "n link openers",
                        InputFormat.MARKDOWN,
                        (IntFunction<String>) n -> "[".repeat(n) + "a" + "](".repeat(n),
                        20_000),
                Arguments.of(
                        "n buzzwords in one paragraph",
                        InputFormat.MARKDOWN,
                        (IntFunction<String>) n -> "rock star ninja guru \"work hard, play hard\". ".repeat(n),
                        5_000));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("inputs")
    void lintTimeGrowsLinearly(String name, InputFormat format, IntFunction<String> input, int n) {
        String small = input.apply(n);
        String large = input.apply(4 * n);
        assertThat(large.length()).isLessThanOrEqualTo(5 * 1024 * 1024);

        LintReport report = LINTER.lint(large, format);
        assertThat(report.score()).isBetween(0, 100);

        assertThat(THREADS.isCurrentThreadCpuTimeSupported())
                .as("thread CPU time is measurable on this JVM")
                .isTrue();
        double ratio = ratio(small, large, format);
        if (ratio >= MAX_RATIO) {
            ratio = Math.min(ratio, ratio(small, large, format));
        }
        assertThat(ratio).as("time(4n) / time(n) for %s", name).isLessThan(MAX_RATIO);
    }

    private static double ratio(String small, String large, InputFormat format) {
        minCpuNanos(small, format, 2);
        minCpuNanos(large, format, 1);
        long a = minCpuNanos(small, format, RUNS);
        long b = minCpuNanos(large, format, RUNS);
        return (double) b / Math.max(1, a);
    }

    /** The least CPU time of this thread over {@code runs} lints of {@code text}, in nanoseconds. */
    private static long minCpuNanos(String text, InputFormat format, int runs) {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            LINTER.lint(text, format);
            min = Math.min(min, THREADS.getCurrentThreadCpuTime() - start);
        }
        return min;
    }
}
