package dev.hiring.benchmarks;

import dev.hiring.analytics.agreement.AlphaResult;
import dev.hiring.analytics.agreement.KrippendorffAlpha;
import dev.hiring.analytics.agreement.MeasurementLevel;
import java.util.SplittableRandom;
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
 * Krippendorff's alpha over 1 million units × 4 raters (ratings 1..4, about 10% missing), at each level of
 * measurement. Target: about one second per computation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AgreementBenchmark {
    static final int UNITS = 1_000_000;
    static final int RATERS = 4;

    @Param({"nominal", "ordinal", "interval", "ratio"})
    public String level;

    private double[] values;
    private MeasurementLevel measurementLevel;

    /** Generates the ratings: a per-unit true level plus rater noise, with missing cells. */
    @Setup
    public void setUp() {
        measurementLevel = MeasurementLevel.parse(level);
        SplittableRandom rnd = new SplittableRandom(42);
        values = new double[UNITS * RATERS];
        for (int u = 0; u < UNITS; u++) {
            int truth = 1 + rnd.nextInt(4);
            for (int r = 0; r < RATERS; r++) {
                int v = truth + (rnd.nextInt(10) < 7 ? 0 : rnd.nextInt(3) - 1);
                values[u * RATERS + r] = rnd.nextInt(10) == 0 ? Double.NaN : Math.max(1, Math.min(4, v));
            }
        }
    }

    /** One alpha over the whole table. */
    @Benchmark
    public AlphaResult alpha() {
        return KrippendorffAlpha.compute(values, UNITS, RATERS, measurementLevel);
    }
}
