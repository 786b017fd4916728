package dev.hiring.benchmarks;

import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Not a test: how lint throughput grows with threads, for the server's worker pool. Lints the corpus postings in a
 * closed loop on 1 to N threads sharing one {@link Linter}: a warm-up of three periods on N threads, then each
 * thread count for a warm-up period and a measured one, and prints postings linted per second of wall time. Run with {@code java -cp
 * benchmarks/target/benchmarks.jar dev.hiring.benchmarks.LintThreadsBenchmark [corpus-dir] [max-threads]
 * [seconds]} (defaults {@code ../shared/corpus/jd}, the number of processors, 10).
 */
public final class LintThreadsBenchmark {
    private LintThreadsBenchmark() {}

    /** Runs the measurement; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/jd");
        int maxThreads = args.length > 1
                ? Integer.parseInt(args[1])
                : Runtime.getRuntime().availableProcessors();
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no .md postings in " + dir);
        }
        Linter linter = Linter.builder().build();
        // the lint's code takes tens of seconds of compiling to reach full speed on 2 cores: warm up on every
        // thread first, for three periods, then measure each thread count after a period of its own
        run(linter, texts, maxThreads, 3 * seconds);
        for (int threads = 1; threads <= maxThreads; threads++) {
            run(linter, texts, threads, seconds);
            double rate = run(linter, texts, threads, seconds);
            System.out.printf(Locale.ROOT, "%d thread(s): %.0f postings linted per second%n", threads, rate);
        }
    }

    private static double run(Linter linter, List<String> texts, int threads, int seconds) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int first = t * 7;
            ts[t] = new Thread(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    linter.lint(texts.get(i % texts.size()), InputFormat.MARKDOWN);
                    done.incrementAndGet();
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        return done.get() / (double) seconds;
    }
}
