package dev.hiring.examples.beam;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hiring.analytics.impact.GroupCounts;
import dev.hiring.jdlint.FileResult;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.LintReport;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.format.JsonFormat;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Measures both pipelines at scale on each engine; a command to run by hand (see the README), not a test.
 *
 * <p>It writes {@code --postings} posting files (the shared corpora {@code ../shared/corpus/jd} and {@code jd-more}
 * repeated) and a decisions CSV of {@code --rows} generated rows under {@code --work}, computes the expected results
 * in-process with the library (per-rule finding counts from jd-lint, the impact report from hiring-analytics on the
 * generated counts), and then runs each pipeline on each engine in a JVM of its own, so that each run's peak memory
 * is its own. Each run reports its wall time (from building the pipeline to the end of {@code waitUntilFinish}, so
 * an embedded Flink cluster's start is included), throughput, the peak resident set size of its JVM ({@code VmHWM},
 * the figure {@code /usr/bin/time -v} calls "Maximum resident set size"), the load average around it, and whether its
 * output equals the library's. The report is printed as a Markdown table and written to {@code <work>/report.md}.
 *
 * <p>Flags (all optional): {@code --postings=2000 --rows=1000000 --engines=direct,flink-1,flink-2
 * --pipelines=lint,impact --work=target/scaling --timeout=300 --xmx=4g}. The defaults are the sizes whose every run
 * finishes within the five-minute {@code --timeout} on a shared 2-core machine (see the README); {@code
 * --postings=100000 --rows=10000000} asks for the full sizes. A run that exceeds {@code --timeout} seconds is stopped
 * and reported as such.
 */
public final class ScalingReport {
    private ScalingReport() {}

    /** The engine configurations measured: the runner flags a user would pass. */
    enum Setup {
        /** Beam's local runner with two worker threads, as in the tests. */
        DIRECT("direct", "--runner=DirectRunner --targetParallelism=2"),
        /** An embedded Flink mini-cluster, one task slot in use. */
        FLINK_1("flink-1", "--runner=FlinkRunner --flinkMaster=[local] --parallelism=1"),
        /** An embedded Flink mini-cluster, parallelism 2 (this machine has 2 cores). */
        FLINK_2("flink-2", "--runner=FlinkRunner --flinkMaster=[local] --parallelism=2");

        private final String label;
        private final String flags;

        Setup(String label, String flags) {
            this.label = label;
            this.flags = flags;
        }

        String label() {
            return label;
        }

        String[] flags() {
            return flags.split(" ");
        }

        static Setup of(String label) {
            for (Setup s : values()) {
                if (s.label.equals(label)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown engine " + label + "; known: direct, flink-1, flink-2");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESULT = "RESULT ";

    /** Runs the report, or (with {@code --child}) one measured run. */
    public static void main(String[] args) throws Exception {
        Map<String, String> flags = parse(args);
        if (flags.containsKey("child")) {
            child(flags);
        } else {
            report(flags);
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            int eq = arg.indexOf('=');
            flags.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return flags;
    }

    private static void report(Map<String, String> flags) throws Exception {
        int postings = Integer.parseInt(flags.getOrDefault("postings", "2000"));
        long rows = Long.parseLong(flags.getOrDefault("rows", "1000000"));
        List<String> engines =
                List.of(flags.getOrDefault("engines", "direct,flink-1,flink-2").split(","));
        List<String> pipelines =
                List.of(flags.getOrDefault("pipelines", "lint,impact").split(","));
        Path work = Path.of(flags.getOrDefault("work", "target/scaling")).toAbsolutePath();
        long timeout = Long.parseLong(flags.getOrDefault("timeout", "300"));
        String xmx = flags.getOrDefault("xmx", "4g");
        engines.forEach(Setup::of);
        Files.createDirectories(work);

        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "Java %s, %d cores, max heap %s per run, load average before: %s%n%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                xmx,
                loadAverage()));
        md.append("| pipeline | engine | input | wall time (s) | throughput | peak RSS (MiB) | load avg (1 min)"
                + " before → after | output equals the library's |\n");
        md.append("|---|---|---|---:|---:|---:|---|---|\n");

        for (String pipeline : pipelines) {
            Path input;
            Path expected;
            long items;
            String unit;
            switch (pipeline) {
                case "lint" -> {
                    input = postings(work, postings);
                    expected = work.resolve("expected-lint-" + postings + ".json");
                    items = postings;
                    unit = "postings/s";
                }
                case "impact" -> {
                    input = decisions(work, rows);
                    expected = work.resolve("expected-impact-" + rows + ".json");
                    items = rows;
                    unit = "rows/s";
                }
                default -> throw new IllegalArgumentException("unknown pipeline " + pipeline);
            }
            for (String engine : engines) {
                Map<String, String> r = runChild(work, pipeline, engine, input, expected, timeout, xmx);
                String row;
                if (r.containsKey("wallMs")) {
                    double seconds = Long.parseLong(r.get("wallMs")) / 1000.0;
                    row = String.format(
                            Locale.ROOT,
                            "| %s | %s | %,d %s | %.1f | %,.0f %s | %,d | %s → %s | %s |",
                            pipeline,
                            engine,
                            items,
                            pipeline.equals("lint") ? "postings" : "rows",
                            seconds,
                            items / seconds,
                            unit,
                            Long.parseLong(r.get("peakRssKiB")) / 1024,
                            r.get("loadBefore"),
                            r.get("loadAfter"),
                            r.get("match"));
                } else {
                    row = String.format(
                            Locale.ROOT,
                            "| %s | %s | %,d | %s | | | | |",
                            pipeline,
                            engine,
                            items,
                            r.getOrDefault("failure", "failed"));
                }
                System.out.println(row);
                md.append(row).append('\n');
            }
        }
        Files.writeString(work.resolve("report.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(md);
    }

    /** Runs one pipeline on one engine in a JVM of its own and returns what it reported. */
    private static Map<String, String> runChild(
            Path work, String pipeline, String engine, Path input, Path expected, long timeout, String xmx)
            throws IOException, InterruptedException {
        Path output = work.resolve("out-" + pipeline + "-" + engine);
        deleteTree(output);
        Files.createDirectories(output);
        Path log = work.resolve("log-" + pipeline + "-" + engine + ".txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                        java,
                        "-Xmx" + xmx,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ScalingReport.class.getName(),
                        "--child=" + pipeline,
                        "--engine=" + engine,
                        "--input=" + input,
                        "--output=" + output + "/",
                        "--expected=" + expected)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        System.err.printf(Locale.ROOT, "running %s on %s (log: %s)%n", pipeline, engine, log);
        Process process = pb.start();
        Map<String, String> result = new TreeMap<>();
        if (!process.waitFor(timeout, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            result.put("failure", "stopped after " + timeout + " s");
            return result;
        }
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith(RESULT)) {
                for (String kv : line.substring(RESULT.length()).split(" ", -1)) {
                    int eq = kv.indexOf('=');
                    result.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
        }
        if (process.exitValue() != 0 || !result.containsKey("wallMs")) {
            result.clear();
            result.put("failure", "exit code " + process.exitValue() + ", see " + log.getFileName());
        }
        return result;
    }

    /** One measured run, in its own JVM: prints a {@code RESULT} line. */
    private static void child(Map<String, String> flags) throws Exception {
        String pipelineName = flags.get("child");
        Setup setup = Setup.of(required(flags, "engine"));
        String input = required(flags, "input");
        String output = required(flags, "output");
        Path expected = Path.of(required(flags, "expected"));
        String loadBefore = loadAverage();

        long start = System.nanoTime();
        PipelineOptions options =
                PipelineOptionsFactory.fromArgs(setup.flags()).withValidation().create();
        Pipeline pipeline = Pipeline.create(options);
        if ("lint".equals(pipelineName)) {
            BatchLint.build(pipeline, input, output);
        } else {
            BatchImpact.build(pipeline, input, output);
        }
        PipelineResult result = pipeline.run();
        PipelineResult.State state = result.waitUntilFinish();
        long wallMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        String loadAfter = loadAverage();

        boolean match = state == PipelineResult.State.DONE
                && ("lint".equals(pipelineName)
                        ? lintMatches(Path.of(output), expected)
                        : Files.readString(Path.of(output).resolve("impact.json"))
                                .strip()
                                .equals(Files.readString(expected).strip()));
        System.out.println(RESULT + "wallMs=" + wallMs + " peakRssKiB=" + peakRssKiB() + " state=" + state
                + " loadBefore=" + loadBefore + " loadAfter=" + loadAfter + " match=" + (match ? "yes" : "NO")
                + " runner=" + result.getClass().getSimpleName());
    }

    private static String required(Map<String, String> flags, String name) {
        String value = flags.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    /** The per-rule counts of the summary equal the expected ones, there is one finding line per finding, no error. */
    private static boolean lintMatches(Path output, Path expected) throws IOException {
        Map<String, Long> want = JSON.readValue(expected.toFile(), new TypeReference<TreeMap<String, Long>>() {});
        Map<String, Long> got = new TreeMap<>();
        long findingLines = 0;
        long errorLines = 0;
        try (Stream<Path> files = Files.list(output)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("summary")) {
                    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                        var node = JSON.readTree(line);
                        got.put(node.get("ruleId").asText(), node.get("count").asLong());
                    }
                } else if (name.startsWith("findings")) {
                    try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
                        findingLines += lines.count();
                    }
                } else if (name.startsWith("errors")) {
                    try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
                        errorLines += lines.count();
                    }
                }
            }
        }
        long total = want.values().stream().mapToLong(Long::longValue).sum();
        return got.equals(want) && findingLines == total && errorLines == 0;
    }

    /**
     * {@code n} posting files, the corpora's postings repeated in order, and the expected per-rule finding counts from
     * jd-lint in-process; reused when already written.
     */
    private static Path postings(Path work, int n) throws IOException {
        Path dir = work.resolve("postings-" + n);
        Path expected = work.resolve("expected-lint-" + n + ".json");
        Path done = work.resolve("postings-" + n + ".done");
        if (Files.exists(done) && Files.exists(expected)) {
            return dir;
        }
        List<Path> corpus = new ArrayList<>();
        Path shared = repositoryRoot().resolve("../shared/corpus").normalize();
        for (String name : List.of("jd", "jd-more")) {
            try (Stream<Path> files = Files.list(shared.resolve(name))) {
                corpus.addAll(
                        files.filter(f -> f.toString().endsWith(".md")).sorted().toList());
            }
        }
        if (corpus.isEmpty()) {
            throw new IllegalStateException("no postings under " + shared);
        }
        Linter linter = Linter.builder().build();
        List<Map<String, Long>> perFile = new ArrayList<>();
        for (Path f : corpus) {
            String path = f.toString();
            LintReport report =
                    linter.lint(Files.readString(f, StandardCharsets.UTF_8), InputFormat.fromFileName(path));
            Map<String, Long> counts = new TreeMap<>();
            for (JsonFormat.FindingJson finding : JsonFormat.toJson(List.of(new FileResult(path, report)))
                    .files()
                    .get(0)
                    .findings()) {
                counts.merge(finding.ruleId(), 1L, Long::sum);
            }
            perFile.add(counts);
        }
        deleteTree(dir);
        Files.createDirectories(dir);
        Map<String, Long> total = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            int k = i % corpus.size();
            Path source = corpus.get(k);
            Files.copy(source, dir.resolve(String.format(Locale.ROOT, "%06d-%s", i, source.getFileName())));
            perFile.get(k).forEach((rule, c) -> total.merge(rule, c, Long::sum));
        }
        JSON.writeValue(expected.toFile(), total);
        Files.writeString(done, "");
        System.err.printf(Locale.ROOT, "wrote %,d postings (%d distinct) to %s%n", n, corpus.size(), dir);
        return dir;
    }

    /** Groups of the generated decisions and their selection rates. */
    private static final String[] GROUPS = {"Group A", "Group B", "\"Group C, night shift\"", "Group D", "Group E", ""};

    private static final double[] SHARE = {0.40, 0.25, 0.15, 0.10, 0.05, 0.05};
    private static final double[] RATE = {0.50, 0.36, 0.30, 0.45, 0.48, 0.20};

    /**
     * {@code n} generated decision rows (fixed seed) and the library's report on their counts; reused when already
     * written.
     */
    private static Path decisions(Path work, long n) throws IOException {
        Path csv = work.resolve("decisions-" + n + ".csv");
        Path expected = work.resolve("expected-impact-" + n + ".json");
        Path done = work.resolve("decisions-" + n + ".done");
        if (Files.exists(done) && Files.exists(expected)) {
            return csv;
        }
        long[] applicants = new long[GROUPS.length];
        long[] selected = new long[GROUPS.length];
        SplittableRandom random = new SplittableRandom(16);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("candidate,group,selected\n");
            for (long i = 0; i < n; i++) {
                double u = random.nextDouble();
                int g = 0;
                double acc = SHARE[0];
                while (u >= acc && g < GROUPS.length - 1) {
                    g++;
                    acc += SHARE[g];
                }
                boolean sel = random.nextDouble() < RATE[g];
                applicants[g]++;
                if (sel) {
                    selected[g]++;
                }
                w.write("c-");
                w.write(Long.toString(i));
                w.write(',');
                w.write(GROUPS[g]);
                w.write(sel ? ",1\n" : ",0\n");
            }
        }
        List<GroupCounts> groups = new ArrayList<>();
        long unknown = 0;
        for (int g = 0; g < GROUPS.length; g++) {
            if (GROUPS[g].isEmpty()) {
                unknown += applicants[g];
            } else {
                groups.add(new GroupCounts(GROUPS[g].replace("\"", ""), applicants[g], selected[g]));
            }
        }
        Files.writeString(expected, BatchImpact.toJson(BatchImpact.analyze(groups, unknown)), StandardCharsets.UTF_8);
        Files.writeString(done, "");
        System.err.printf(Locale.ROOT, "wrote %,d decision rows to %s%n", n, csv);
        return csv;
    }

    /** The peak resident set size of this JVM in KiB ({@code VmHWM}), or -1 where /proc is not there. */
    static long peakRssKiB() {
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(Files.newInputStream(Path.of("/proc/self/status")), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** The directory above the working directory that holds {@code .ci/}: the repository's root. */
    static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(".ci"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("repository root (with .ci/) not found above the working directory");
        }
        return dir;
    }

    /** The one-minute load average, or "?" where /proc is not there. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", -1)[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
