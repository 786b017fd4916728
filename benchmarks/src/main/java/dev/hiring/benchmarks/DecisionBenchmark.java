package dev.hiring.benchmarks;

import dev.hiring.core.StageKind;
import dev.hiring.rubric.Aggregation;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.Decision;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.Recommendation;
import dev.hiring.rubric.Scorecard;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A candidate with 4 scorecards × 5 criteria → a {@link Decision} with its full trace under the guide's policy
 * (7 rules). Target: 2 million decisions per second per core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecisionBenchmark {
    private DecisionPolicy policy;
    private CandidateEvaluation evaluation;

    /** Builds the policy (hash and lookup tables warmed) and the evaluation. */
    @Setup
    public void setUp() {
        policy = HiringPolicies.seniorBackendEngineer();
        int[][] levels = {{3, 2, 2, 3, 2}, {2, 2, 3, 2, 2}, {3, 3, 2, 2, 2}, {2, 1, 2, 2, 2}};
        Recommendation[] recs = {
            Recommendation.HIRE, Recommendation.STRONG_HIRE, Recommendation.HIRE, Recommendation.NO_HIRE
        };
        List<String> criteria = List.copyOf(policy.weights().keySet());
        Scorecard[] cards = new Scorecard[4];
        for (int i = 0; i < 4; i++) {
            Scorecard.Builder b = Scorecard.builder();
            b.candidate("c-1")
                    .interviewer("i-" + (i + 1))
                    .stage(StageKind.LOOP)
                    .submittedAt(Instant.parse("2026-11-02T10:00:00Z"))
                    .recommendation(recs[i]);
            for (int k = 0; k < 5; k++) {
                b.putRatings(criteria.get(k), levels[i][k]);
            }
            if (recs[i].isNegative()) {
                b.addRejectionReasons("unclear-communication");
            }
            cards[i] = b.build();
        }
        evaluation = CandidateEvaluation.of("c-1", "senior-backend-engineer", List.of(cards));
        if (policy.decide(evaluation).trace().size() != 7) {
            throw new IllegalStateException("expected a 7-rule trace");
        }
    }

    /** The full decision with trace. */
    @Benchmark
    public Decision decide() {
        return policy.decide(evaluation);
    }

    /**
     * A per-core cross-check that does not depend on how busy the machine is: runs {@link #decide()} in rounds of
     * 2 million on this thread and prints decisions per second of this thread's CPU time (JMH reports wall-clock
     * throughput, which other processes on a shared machine depress). Not a JMH benchmark; run with {@code java
     * -cp benchmarks/target/benchmarks.jar dev.hiring.benchmarks.DecisionBenchmark}.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        DecisionBenchmark b = new DecisionBenchmark();
        b.setUp();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        int n = 2_000_000;
        for (int round = 1; round <= 8; round++) {
            long cpu0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink += b.decide().trace().size();
            }
            long cpu = mx.getCurrentThreadCpuTime() - cpu0;
            System.out.printf(
                    java.util.Locale.ROOT,
                    "round %d: %.0f decisions per CPU-second (%.0f ns CPU per decision)%n",
                    round,
                    n * 1e9 / cpu,
                    cpu / (double) n);
        }
        if (sink != 8L * n * 7) {
            throw new IllegalStateException("unexpected trace sizes");
        }
    }

    /** The aggregation alone (statistics and weighted score), for comparison. */
    @Benchmark
    public Aggregation aggregate() {
        return policy.aggregate(evaluation);
    }
}
