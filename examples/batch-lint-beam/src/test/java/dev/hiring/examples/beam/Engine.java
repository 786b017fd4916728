package dev.hiring.examples.beam;

import java.util.List;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The engines the tests run the pipelines on, each configured by the same command-line flags a user passes to
 * {@code BatchLint} or {@code BatchImpact}, so that the tests take the code path of the documented commands.
 */
enum Engine {
    /** Beam's local runner, two worker threads. */
    DIRECT("--runner=DirectRunner", "--targetParallelism=2"),
    /** The Flink runner on an embedded Flink mini-cluster in this JVM, parallelism 2. */
    FLINK("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");

    /** The flags, as on a command line, separated by spaces. */
    private final String flags;

    Engine(String... flags) {
        this.flags = String.join(" ", flags);
    }

    /** The flags, as on a command line. */
    List<String> args() {
        return List.of(flags.split(" "));
    }

    /** Pipeline options parsed from the flags. */
    PipelineOptions options() {
        return PipelineOptionsFactory.fromArgs(args().toArray(String[]::new))
                .withValidation()
                .create();
    }

    /** The simple name of the runner's result class, which names the runner that ran the pipeline. */
    String resultClass() {
        return this == DIRECT ? "DirectPipelineResult" : "FlinkRunnerResult";
    }
}
