package dev.hiring.benchmarks;

import dev.hiring.server.HiringServer;
import dev.hiring.server.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.ObjectName;
import org.jspecify.annotations.Nullable;

/**
 * An open-loop load generator for the server: requests are due at a fixed rate whatever the answers' speed, and each
 * latency is measured from the moment its request was due (so a stalled server shows in the tail instead of slowing
 * the generator). Bounded in count and time; stops by itself. Loopback only.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.hiring.benchmarks.LoadGenerator \
 *     --route lint --rate 200 --seconds 10 [--warmup 2] [--warmup-rate 200] [--max 100000] [--connections 16] [--corpus ../shared/corpus/jd] [--url http://127.0.0.1:8080]
 * </pre>
 *
 * <p>Without {@code --url} it starts a server in the same JVM on a free loopback port. A warm-up comes first and is
 * not reported ({@code --warmup} seconds, default a fifth of {@code --seconds}), at the run's rate or at {@code
 * --warmup-rate}: a server that runs for hours answers nearly all its requests with code the JIT compiled long
 * before, and on 2 cores the one C2 compiler thread only finishes that work when it gets a share of a core, which a
 * warm-up at full rate does not leave it. It prints the
 * report and the CPU time per request: the whole JVM's, and its own threads' share of it; then the JIT compiler
 * threads' CPU per request and the length of the compile queue before and after the run.
 *
 * <p>The generator shares the machine with the server, so it is kept light: a fixed number of kept-alive HTTP/1.1
 * connections ({@code --connections}), each with one thread that blocks on its socket, and requests prepared as bytes
 * once. The JDK's {@code HttpClient} was the first client here; on a 2-core machine its {@code sendAsync} completes
 * each answer on a new thread (the common fork-join pool has one thread there, so {@code CompletableFuture} starts a
 * thread per task), which a profile of a run showed as one thread start per request.
 */
public final class LoadGenerator {
    /**
     * The outcome of one run. {@code sent} counts the requests due within the run (those never sent count as errors);
     * {@code generatorCpuSeconds} is the CPU time of the generator's own sending threads.
     */
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
            double maxMs,
            double generatorCpuSeconds) {
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

    /** The number of connections (and sending threads) when none is given. */
    public static final int DEFAULT_CONNECTIONS = 16;

    /** How long past the run's end overdue requests are still sent; those left after it count as errors. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** Runs with {@link #DEFAULT_CONNECTIONS} connections; see {@link #run(String, Target, double, int, Duration, int)}. */
    public static Report run(String base, Target target, double rate, int maxRequests, Duration duration) {
        return run(base, target, rate, maxRequests, duration, DEFAULT_CONNECTIONS);
    }

    /**
     * Sends requests to {@code base + target.path()} at {@code rate} per second until {@code maxRequests} were sent or
     * {@code duration} passed, over at most {@code connections} kept-alive HTTP/1.1 connections, one sending thread
     * each. Request {@code i} is due at {@code start + i / rate}; a free thread waits for the due time of the next
     * request, sends it and reads the answer. When every connection is busy the next request leaves late, and its
     * latency still counts from its due time. Requests still unsent 10 s after the end, and answers not in after a
     * further 10 s, count as errors with the latency they had reached.
     */
    public static Report run(
            String base, Target target, double rate, int maxRequests, Duration duration, int connections) {
        if (!base.startsWith("http://127.")
                && !base.startsWith("http://localhost")
                && !base.startsWith("http://[::1]")) {
            throw new IllegalArgumentException("the load generator targets loopback addresses only");
        }
        if (connections < 1 || connections > 1024) {
            throw new IllegalArgumentException("connections: 1 to 1024");
        }
        URI uri = URI.create(base + target.path());
        String host = uri.getHost().replace("[", "").replace("]", "");
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        InetSocketAddress address = new InetSocketAddress(host, port);
        List<byte[]> requests = new ArrayList<>();
        for (String body : target.bodies()) {
            requests.add(Http1Connection.post(
                    uri.getHost(),
                    port,
                    uri.getRawPath(),
                    target.contentType(),
                    body.getBytes(StandardCharsets.UTF_8)));
        }
        long period = (long) (1_000_000_000L / rate);
        long durationNanos = duration.toNanos();
        // the requests due within the run, and not more than asked for
        int due = (int) Math.min(maxRequests, (durationNanos + period - 1) / period);
        // -1 until the answer comes; an answer still out at the end is counted as slow as the wait, never as fast
        AtomicLongArray latencies = new AtomicLongArray(due);
        for (int k = 0; k < due; k++) {
            latencies.set(k, -1);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong generatorCpu = new AtomicLong();
        ThreadMXBean threadsBean = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        // the due time after the last request: the duration, or sooner when the count runs out first
        long end = start + Math.min(durationNanos, due * period);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < Math.min(connections, Math.max(1, due)); c++) {
            Thread t = new Thread(
                    () -> {
                        long cpuBefore = threadsBean.getCurrentThreadCpuTime();
                        try (Http1Connection connection = new Http1Connection(address, 10_000)) {
                            for (int i = next.getAndIncrement(); i < due; i = next.getAndIncrement()) {
                                long at = start + i * period;
                                long now = System.nanoTime();
                                if (now > end + GRACE_NANOS) {
                                    break; // the rest stays unsent and counts as lost
                                }
                                if (at > now) {
                                    LockSupport.parkNanos(at - now);
                                }
                                int status;
                                try {
                                    status = connection.exchange(requests.get(i % requests.size()));
                                } catch (IOException e) {
                                    status = -1;
                                }
                                latencies.set(i, System.nanoTime() - at);
                                if (status == 200) {
                                    ok.incrementAndGet();
                                } else {
                                    errors.incrementAndGet();
                                }
                            }
                        } finally {
                            generatorCpu.addAndGet(threadsBean.getCurrentThreadCpuTime() - cpuBefore);
                        }
                    },
                    "load-connection-" + c);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        long joinUntil = end + 2 * GRACE_NANOS;
        for (Thread t : threads) {
            long left = joinUntil - System.nanoTime();
            try {
                if (left > 0) {
                    t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long stopped = System.nanoTime();
        double seconds = (Math.max(end, lastAnswer(latencies, start, period)) - start) / 1e9;
        long done = ok.get() + errors.get();
        long lost = due - done;
        long[] measured = new long[due];
        for (int k = 0; k < due; k++) {
            long l = latencies.get(k);
            measured[k] = l >= 0 ? l : stopped - (start + k * period);
        }
        Arrays.sort(measured);
        return new Report(
                target.path(),
                rate,
                due,
                ok.get(),
                errors.get() + lost,
                seconds,
                percentile(measured, 0.50),
                percentile(measured, 0.95),
                percentile(measured, 0.99),
                due == 0 ? 0 : measured[due - 1] / 1e6,
                generatorCpu.get() / 1e9);
    }

    /** When the last answer came in, as a {@link System#nanoTime()} value; {@code start} when none did. */
    private static long lastAnswer(AtomicLongArray latencies, long start, long period) {
        long last = start;
        for (int k = 0; k < latencies.length(); k++) {
            long l = latencies.get(k);
            if (l >= 0) {
                last = Math.max(last, start + k * period + l);
            }
        }
        return last;
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
        double warmupRate = -1;
        int max = 100_000;
        int connections = DEFAULT_CONNECTIONS;
        String url = null;
        Path corpus = Path.of("..", "shared", "corpus", "jd");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--route" -> route = args[i + 1];
                case "--rate" -> rate = Double.parseDouble(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--warmup-rate" -> warmupRate = Double.parseDouble(args[i + 1]);
                case "--max" -> max = Integer.parseInt(args[i + 1]);
                case "--connections" -> connections = Integer.parseInt(args[i + 1]);
                case "--url" -> url = args[i + 1];
                case "--corpus" -> corpus = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (warmup < 0) {
            warmup = Math.max(1, seconds / 5);
        }
        if (warmupRate <= 0) {
            warmupRate = rate;
        }
        if (seconds > 120 || warmup > 300 || max > 1_000_000) {
            throw new IllegalArgumentException(
                    "runs are bounded: at most 120 s, a warm-up of at most 300 s and 1,000,000 requests");
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
            // warm-up (default: a fifth of the run's time, at the run's rate), not reported: a server answers most
            // requests long after its code is compiled, and a cold JVM on 2 cores falls behind for its first seconds
            run(base, target, warmupRate, max, Duration.ofSeconds(warmup), connections);
            String before = loadAverage();
            long cpu = processCpuNanos();
            long jit = jitMillis();
            long compilerCpu = compilerThreadsCpuTicks();
            int queuedBefore = compileQueueLength();
            long gc = gcMillis();
            Map<Long, Long> threads = javaThreadCpu();
            Report r = run(base, target, rate, max, Duration.ofSeconds(seconds), connections);
            double answered = Math.max(1, r.ok() + r.errors());
            double processCpuSeconds = (processCpuNanos() - cpu) / 1e9;
            double serverThreadsSeconds = 0;
            for (Map.Entry<Long, Long> e : javaThreadCpu().entrySet()) {
                serverThreadsSeconds += (e.getValue() - threads.getOrDefault(e.getKey(), 0L)) / 1e9;
            }
            double jitSeconds = (jitMillis() - jit) / 1e3;
            long compilerCpuAfter = compilerThreadsCpuTicks();
            int queuedAfter = compileQueueLength();
            double gcSeconds = (gcMillis() - gc) / 1e3;
            System.out.println(r
                    + String.format(
                            Locale.ROOT,
                            " (bodies: %d; connections: %d; load average before: %s, after: %s)",
                            target.bodies().size(),
                            connections,
                            before,
                            loadAverage()));
            System.out.println(String.format(
                    Locale.ROOT,
                    "CPU per request: process %.0f µs (%s); the generator's threads %.0f µs, the other Java threads"
                            + " (%s) %.0f µs; JIT compiling %.0f µs and GC pauses %.0f µs of wall time",
                    processCpuSeconds * 1e6 / answered,
                    server == null ? "the generator's JVM only" : "server, generator, JIT and GC in one JVM",
                    r.generatorCpuSeconds() * 1e6 / answered,
                    server == null ? "main" : "the server's",
                    serverThreadsSeconds * 1e6 / answered,
                    jitSeconds * 1e6 / answered,
                    gcSeconds * 1e6 / answered));
            if (compilerCpu >= 0 && compilerCpuAfter >= 0) {
                // the compilers' own CPU (their threads are not Java threads), and whether compiling has settled:
                // a queue still long at the end means part of the measured code was not yet optimised
                System.out.println(String.format(
                        Locale.ROOT,
                        "JIT compiler threads' CPU %.0f µs per request; methods queued for compiling before the"
                                + " run %d, after it %d",
                        (compilerCpuAfter - compilerCpu) * 10_000.0 / answered,
                        queuedBefore,
                        queuedAfter));
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** The CPU time of each live Java thread but the generator's own sending threads, by thread id. */
    static Map<Long, Long> javaThreadCpu() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Map<Long, Long> out = new HashMap<>();
        for (ThreadInfo info : bean.getThreadInfo(bean.getAllThreadIds())) {
            if (info != null && !info.getThreadName().startsWith("load-connection-")) {
                long t = bean.getThreadCpuTime(info.getThreadId());
                if (t >= 0) {
                    out.put(info.getThreadId(), t);
                }
            }
        }
        return out;
    }

    /** The JIT compilers' total time so far, in milliseconds (0 when the JVM does not say). */
    static long jitMillis() {
        CompilationMXBean c = ManagementFactory.getCompilationMXBean();
        return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() : 0;
    }

    /**
     * The CPU time of this JVM's JIT compiler threads so far, in clock ticks of 10 ms, from {@code /proc/self/task};
     * -1 where there is no such file system. {@link #jitMillis} is the compilations' elapsed time, which on a busy
     * machine also counts the time a compiler thread waited for a core.
     */
    static long compilerThreadsCpuTicks() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return -1;
        }
        long total = 0;
        try (Stream<Path> all = Files.list(tasks)) {
            for (Path t : all.toList()) {
                total += compilerTicks(t.resolve("stat"));
            }
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
        return total;
    }

    /** The user and system ticks of one task when it is a compiler thread ("C1 CompilerThre…", "C2 …"), else 0. */
    private static long compilerTicks(Path stat) {
        String line;
        try {
            line = Files.readString(stat, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return 0; // the thread ended in between
        }
        return compilerTicksOf(line);
    }

    /**
     * The user and system ticks (fields 14 and 15) of a {@code /proc/PID/task/TID/stat} line when its name is a
     * compiler thread's, else 0. The name is between the first '(' and the last ')' and may hold spaces.
     */
    static long compilerTicksOf(String statLine) {
        int open = statLine.indexOf('(');
        int close = statLine.lastIndexOf(')');
        if (open < 0 || close < open) {
            return 0;
        }
        String name = statLine.substring(open + 1, close);
        if (!name.startsWith("C1 Compiler") && !name.startsWith("C2 Compiler")) {
            return 0;
        }
        String[] f = statLine.substring(close + 2).split(" ", -1);
        // f[0] is field 3 (the state), so fields 14 and 15 are f[11] and f[12]
        if (f.length < 13) {
            return 0;
        }
        try {
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * How many methods wait in the JIT compilers' queues now (the lines of {@code jcmd PID Compiler.queue} that name
     * a method), or -1 when the JVM does not offer that command.
     */
    static int compileQueueLength() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "compilerQueue",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            return text instanceof String s ? queuedMethods(s) : -1;
        } catch (JMException | RuntimeException e) {
            return -1;
        }
    }

    /** The queued methods in the text of {@code Compiler.queue}: the lines under a "queue:" heading. */
    static int queuedMethods(String queueText) {
        int n = 0;
        boolean inQueue = false;
        for (String line : queueText.lines().toList()) {
            String l = line.strip();
            if (l.endsWith("queue:")) {
                inQueue = true;
            } else if (l.isEmpty() || l.startsWith("Current compiles")) {
                inQueue = false;
            } else if (inQueue && !l.equals("Empty")) {
                n++;
            }
        }
        return n;
    }

    /** The collectors' total time so far, in milliseconds. */
    static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, g.getCollectionTime());
        }
        return total;
    }

    /** The CPU time this JVM has used, all its threads (GC and JIT too), in nanoseconds; -1 when unknown. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
