package dev.hiring.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.hiring.analytics.agreement.FleissKappa;
import dev.hiring.analytics.agreement.IccModel;
import dev.hiring.analytics.agreement.IccUnit;
import dev.hiring.analytics.agreement.IntraclassCorrelation;
import dev.hiring.analytics.agreement.KrippendorffAlpha;
import dev.hiring.analytics.agreement.MeasurementLevel;
import dev.hiring.analytics.agreement.RatingTable;
import dev.hiring.analytics.calibration.RubricCalibration;
import dev.hiring.core.json.HiringJson;
import dev.hiring.jdlint.FileResult;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.LintReport;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.format.JsonFormat;
import dev.hiring.jdlint.format.SarifFormat;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.Decision;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.NativeFormat;
import dev.hiring.testkit.HiringGens;
import dev.hiring.testkit.JdGens;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@link Linter}, one {@link DecisionPolicy} and one {@link RatingTable} shared by 8 threads give exactly the
 * results of one thread; lint JSON/SARIF and decision JSON are byte-identical across runs and across the default
 * locale and time zone (tr-TR with Asia/Kolkata, ar-SA with America/St_Johns).
 */
class ConcurrencyDeterminismTest {
    private static final int THREADS = 8;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Linter LINTER = Linter.builder().clock(CLOCK).build();
    private static final DecisionPolicy POLICY = HiringPolicies.seniorBackendEngineer();

    private static List<String> postings;
    private static List<CandidateEvaluation> evaluations;

    private Locale savedLocale;
    private TimeZone savedZone;

    @TempDir
    Path dir;

    @BeforeAll
    static void data() {
        List<String> p = new ArrayList<>(Fixtures.sharedPostings());
        p.add(Fixtures.resource("postings/adversarial.md"));
        p.add(Fixtures.resource("postings/plain.txt"));
        p.add(Fixtures.resource("postings/page.html"));
        qt().withFixedSeed(7).withExamples(60).forAll(JdGens.postings()).checkAssert(p::add);
        postings = List.copyOf(p);
        List<CandidateEvaluation> e = new ArrayList<>();
        e.add(NativeFormat.read(Fixtures.resource("payloads/full-loop.json"), POLICY));
        qt().withFixedSeed(11)
                .withExamples(300)
                .forAll(HiringGens.evaluations(POLICY))
                .checkAssert(e::add);
        evaluations = List.copyOf(e);
    }

    @BeforeEach
    void save() {
        savedLocale = Locale.getDefault();
        savedZone = TimeZone.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(savedLocale);
        TimeZone.setDefault(savedZone);
    }

    @Test
    void theCorpusIsNotTrivial() {
        assertThat(postings).hasSizeGreaterThan(60);
        assertThat(evaluations).hasSizeGreaterThan(100);
        assertThat(evaluations.stream().map(e -> POLICY.decide(e).outcome()).distinct())
                .as("generated evaluations reach several outcomes")
                .hasSizeGreaterThan(1);
    }

    @Test
    void oneLinterSharedByEightThreadsLintsLikeOneThread() throws Exception {
        List<String> expected = postings.stream().map(t -> lintJson(t)).toList();

        List<List<String>> perThread =
                inThreads(() -> postings.stream().map(t -> lintJson(t)).toList());

        perThread.forEach(r -> assertThat(r).isEqualTo(expected));
    }

    @Test
    void oneLinterInterleavedAcrossThreadsLintsLikeOneThread() throws Exception {
        List<String> expected = postings.stream().map(t -> lintJson(t)).toList();

        List<String> shuffled = interleaved(postings.size(), ConcurrencyDeterminismTest::lintJson, postings::get);

        assertThat(shuffled).isEqualTo(expected);
    }

    @Test
    void onePolicySharedByEightThreadsDecidesLikeOneThread() throws Exception {
        List<String> expected =
                evaluations.stream().map(e -> POLICY.decide(e).toJson()).toList();

        List<List<String>> perThread = inThreads(
                () -> evaluations.stream().map(e -> POLICY.decide(e).toJson()).toList());
        List<String> shuffled = interleaved(
                evaluations.size(), (CandidateEvaluation e) -> POLICY.decide(e).toJson(), evaluations::get);

        perThread.forEach(r -> assertThat(r).isEqualTo(expected));
        assertThat(shuffled).isEqualTo(expected);
    }

    @Test
    void oneRatingTableSharedByEightThreadsGivesTheSameStatistics() throws Exception {
        StringBuilder csv = new StringBuilder("unit,r1,r2,r3,r4\n");
        for (int u = 0; u < 200; u++) {
            csv.append('u').append(u);
            for (int r = 0; r < 4; r++) {
                csv.append(',').append(1 + Math.floorMod(u * 7 + r * (u % 3), 4));
            }
            csv.append('\n');
        }
        RatingTable table = RatingTable.readCsv(new StringReader(csv.toString()));
        List<CandidateEvaluation> distinct = new ArrayList<>();
        for (int i = 0; i < evaluations.size() && distinct.size() < 60; i++) {
            CandidateEvaluation e = evaluations.get(i);
            if (e.scorecards().stream().map(c -> c.interviewer()).distinct().count()
                    != e.scorecards().size()) {
                continue; // calibration needs one rating per interviewer, candidate and criterion
            }
            String id = "cand-" + i;
            distinct.add(CandidateEvaluation.of(
                    id,
                    e.role(),
                    e.scorecards().stream().map(c -> c.withCandidate(id)).toList()));
        }
        assertThat(distinct).hasSizeGreaterThanOrEqualTo(20);
        Supplier<String> stats = () -> HiringJson.write(List.of(
                FleissKappa.compute(table, List.of("1", "2", "3", "4")),
                KrippendorffAlpha.compute(table, MeasurementLevel.ORDINAL),
                KrippendorffAlpha.compute(table, MeasurementLevel.INTERVAL),
                IntraclassCorrelation.compute(table, IccModel.ICC2, IccUnit.SINGLE),
                RubricCalibration.compute(
                        distinct, distinct.stream().map(POLICY::decide).toList(), 5)));
        String expected = stats.get();

        List<String> perThread = inThreads(() -> {
            String last = "";
            for (int i = 0; i < 5; i++) {
                last = stats.get();
            }
            return last;
        });

        perThread.forEach(r -> assertThat(r).isEqualTo(expected));
    }

    @Test
    void outputsAreByteIdenticalAcrossRunsLocalesAndTimeZones() throws Exception {
        String baseline = allOutputs();
        assertThat(allOutputs()).as("second run").isEqualTo(baseline);

        for (String[] setting :
                new String[][] {{"tr-TR", "Asia/Kolkata"}, {"ar-SA", "America/St_Johns"}, {"de-DE", "Pacific/Chatham"}
                }) {
            Locale.setDefault(Locale.forLanguageTag(setting[0]));
            TimeZone.setDefault(TimeZone.getTimeZone(setting[1]));

            assertThat(allOutputs()).as("%s %s", setting[0], setting[1]).isEqualTo(baseline);

            restore();
        }
        assertThat(Locale.getDefault()).isEqualTo(savedLocale);
    }

    @Test
    void cliOutputsAreByteIdenticalUnderTurkishLocaleAndKolkataTime() throws Exception {
        Path posting = Files.writeString(dir.resolve("posting.md"), Fixtures.resource("postings/adversarial.md"));
        Path eval = Files.writeString(dir.resolve("eval.json"), Fixtures.resource("payloads/full-loop.json"));
        Supplier<String> run = () -> Cli.run("lint", "--format", "sarif", posting.toString())
                        .out()
                + Cli.run("lint", "--format", "json", posting.toString()).out()
                + Cli.run("decide", "--format", "json", eval.toString()).out();
        String baseline = run.get();
        assertThat(baseline).contains("\"ruleId\"", "\"outcome\"");

        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));

        assertThat(run.get()).isEqualTo(baseline);
    }

    private static String allOutputs() {
        StringBuilder sb = new StringBuilder();
        List<FileResult> files = new ArrayList<>();
        for (int i = 0; i < postings.size(); i++) {
            files.add(new FileResult("posting-" + i + ".md", LINTER.lint(postings.get(i), InputFormat.MARKDOWN)));
        }
        sb.append(JsonFormat.format(files)).append('\n');
        sb.append(SarifFormat.format(files, LINTER.rules())).append('\n');
        for (CandidateEvaluation e : evaluations) {
            Decision d = POLICY.decide(e);
            sb.append(d.toJson()).append('\n');
        }
        sb.append(POLICY.toCanonicalJson()).append(POLICY.hash());
        return sb.toString();
    }

    private static String lintJson(String text) {
        LintReport report = LINTER.lint(text, InputFormat.MARKDOWN);
        return JsonFormat.format(List.of(new FileResult("p.md", report)));
    }

    /** Runs the task in 8 threads released together and returns each thread's result. */
    private static <T> List<T> inThreads(Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Processes items 0..n-1 spread over 8 threads (item i on thread i mod 8), results in item order. */
    private static <I> List<String> interleaved(int n, Function<I, String> work, java.util.function.IntFunction<I> item)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                I it = item.apply(i);
                futures.add(pool.submit(() -> work.apply(it)));
            }
            List<String> out = new ArrayList<>();
            for (Future<String> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
