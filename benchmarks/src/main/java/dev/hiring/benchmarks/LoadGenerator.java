package dev.hiring.benchmarks;

import dev.hiring.server.HiringServer;
import dev.hiring.server.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An open-loop load generator for the server: requests leave at a fixed rate whatever the answers' speed, and each
 * latency is measured from the moment its request was due (so a stalled server shows in the tail instead of slowing
 * the generator). Bounded in count and time; stops by itself. Loopback only.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.hiring.benchmarks.LoadGenerator \
 *     --route lint --rate 200 --seconds 10 [--warmup 2] [--max 100000] [--corpus ../shared/corpus/jd] [--url http://127.0.0.1:8080]
 * </pre>
 *
 * <p>Without {@code --url} it starts a server in the same JVM on a free loopback port. A warm-up at the same rate
 * comes first and is not reported ({@code --warmup} seconds, default a fifth of {@code --seconds}).
 */
public final class LoadGenerator {
    /** The outcome of one run. */
    public record Report(
            String route,
            double rate,
            long sent,
            long ok,
            long errors,
            double seconds,
            double p50Ms,
            double p95Ms,
            double p99Ms,
            double maxMs) {
        /** Completed requests per second over the run. */
        public double throughput() {
            return seconds <= 0 ? 0 : (ok + errors) / seconds;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%s: rate %.0f/s, sent %d, ok %d, errors %d, %.1f s, throughput %.1f/s,"
                            + " p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
                    route,
                    rate,
                    sent,
                    ok,
                    errors,
                    seconds,
                    throughput(),
                    p50Ms,
                    p95Ms,
                    p99Ms,
                    maxMs);
        }
    }

    /** One kind of request: the path, the content type and the bodies to cycle through. */
    public record Target(String path, String contentType, List<String> bodies) {}

    private LoadGenerator() {}

    /**
     * Sends requests to {@code base + target.path()} at {@code rate} per second until {@code maxRequests} were sent or
     * {@code duration} passed, then waits up to 10 s for the answers still out (those count as errors).
     */
    public static Report run(String base, Target target, double rate, int maxRequests, Duration duration) {
        if (!base.startsWith("http://127.")
                && !base.startsWith("http://localhost")
                && !base.startsWith("http://[::1]")) {
            throw new IllegalArgumentException("the load generator targets loopback addresses only");
        }
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        URI uri = URI.create(base + target.path());
        long period = (long) (1_000_000_000L / rate);
        // -1 until the answer comes; an answer still out at the end is counted as slow as the wait, never as fast
        AtomicLongArray latencies = new AtomicLongArray(maxRequests);
        for (int k = 0; k < maxRequests; k++) {
            latencies.set(k, -1);
        }
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<CompletableFuture<?>> out = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        int sent = 0;
        while (sent < maxRequests) {
            long due = start + sent * period;
            if (due >= end) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int i = sent++;
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", target.contentType())
                    .POST(HttpRequest.BodyPublishers.ofString(
                            target.bodies().get(i % target.bodies().size())))
                    .build();
            out.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        latencies.set(i, System.nanoTime() - due);
                        if (e == null && r.statusCode() == 200) {
                            ok.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                        }
                    }));
        }
        try {
            CompletableFuture.allOf(out.toArray(new CompletableFuture<?>[0])).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // answers still out count as errors below
        }
        long stopped = System.nanoTime();
        double seconds = (stopped - start) / 1e9;
        long done = ok.get() + errors.get();
        long lost = sent - done;
        long[] measured = new long[sent];
        for (int k = 0; k < sent; k++) {
            long l = latencies.get(k);
            measured[k] = l >= 0 ? l : stopped - (start + k * period);
        }
        Arrays.sort(measured);
        return new Report(
                target.path(),
                rate,
                sent,
                ok.get(),
                errors.get() + lost,
                seconds,
                percentile(measured, 0.50),
                percentile(measured, 0.95),
                percentile(measured, 0.99),
                sent == 0 ? 0 : measured[sent - 1] / 1e6);
    }

    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int k = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, k))] / 1e6;
    }

    /** The postings of a corpus directory (Markdown files), or one small posting of our own when it is absent. */
    static List<String> postings(@Nullable Path corpus) {
        List<String> out = new ArrayList<>();
        if (corpus != null && Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path p :
                        files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    out.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (out.isEmpty()) {
            out.add("# Backend Engineer\n\n## Responsibilities\n\n- Run the order service at 3,000 requests/s\n"
                    + "- Review designs with the four engineers of the team\n\n## Requirements\n\n"
                    + "- Built and ran a service in production\n\nSalary 90,000-110,000 EUR a year. Remote in the EU."
                    + " Interviews: a 30 minute call, a technical screen, two loop interviews; answers within"
                    + " two weeks.\n");
        }
        return out;
    }

    /** The evaluation sent to {@code /v1/decide}: three interviewers on the built-in senior backend policy. */
    static String evaluation() {
        return "{\"candidate\":\"c-load\",\"role\":\"senior-backend-engineer\",\"scorecards\":["
                + "{\"interviewer\":\"i-1\",\"ratings\":{\"system-design\":\"exceeds\",\"coding-and-apis\":\"meets\","
                + "\"reliability-and-ops\":2},\"recommendation\":\"HIRE\"},"
                + "{\"interviewer\":\"i-2\",\"ratings\":{\"system-design\":\"meets\",\"collaboration-and-leadership\":3,"
                + "\"security-and-data\":\"meets\"},\"recommendation\":\"STRONG_HIRE\"},"
                + "{\"interviewer\":\"i-3\",\"ratings\":{\"collaboration-and-leadership\":\"exceeds\","
                + "\"reliability-and-ops\":\"meets\"},\"recommendation\":\"HIRE\"}]}";
    }

    /** The target for a route name: {@code lint} (corpus postings) or {@code decide}. */
    public static Target target(String route, @Nullable Path corpus) {
        return switch (route) {
            case "lint" -> new Target("/v1/lint", "text/markdown", postings(corpus));
            case "decide" -> new Target("/v1/decide", "application/json", List.of(evaluation()));
            default -> throw new IllegalArgumentException("--route: lint or decide");
        };
    }

    /** Runs from the command line; see the class comment. */
    public static void main(String[] args) {
        String route = "lint";
        double rate = 100;
        int seconds = 10;
        int warmup = -1;
        int max = 100_000;
        String url = null;
        Path corpus = Path.of("..", "shared", "corpus", "jd");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--route" -> route = args[i + 1];
                case "--rate" -> rate = Double.parseDouble(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--max" -> max = Integer.parseInt(args[i + 1]);
                case "--url" -> url = args[i + 1];
                case "--corpus" -> corpus = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (warmup < 0) {
            warmup = Math.max(1, seconds / 5);
        }
        if (seconds > 120 || warmup > 120 || max > 1_000_000) {
            throw new IllegalArgumentException(
                    "runs are bounded: at most 120 s, a warm-up of at most 120 s and 1,000,000 requests");
        }
        Target target = target(route, corpus);
        HiringServer server = null;
        String base = url;
        if (base == null) {
            server = HiringServer.start(
                    ServerConfig.defaults().withAddress("127.0.0.1", 0).withAccessLog(l -> {}));
            base = server.url();
        }
        try {
            // warm-up (default: a fifth of the run's time) at the same rate, not reported: a server answers most
            // requests long after its code is compiled, and a cold JVM on 2 cores falls behind for its first seconds
            run(base, target, rate, max, Duration.ofSeconds(warmup));
            Report r = run(base, target, rate, max, Duration.ofSeconds(seconds));
            System.out.println(r
                    + String.format(
                            Locale.ROOT,
                            " (bodies: %d; load average before: %s)",
                            target.bodies().size(),
                            loadAverage()));
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
