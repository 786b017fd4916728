package dev.hiring.examples.beam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.analytics.impact.GroupCounts;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs the impact pipeline over a generated decisions CSV and checks it against hiring-analytics on the counts. */
class BatchImpactTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aggregatesALargeCsvToTheSameReportAsTheLibrary(Engine engine) throws Exception {
        // 80,500 decisions: A 40,000 (50% selected), B 25,000 (36%), C 15,000 (30%), 500 of unknown group,
        // and 3 malformed rows.
        Path csv = dir.resolve("decisions.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("candidate,group,selected\n");
            int id = 0;
            id = rows(w, id, "Group A", 40_000, 20_000);
            id = rows(w, id, "Group B", 25_000, 9_000);
            id = rows(w, id, "\"Group C, night shift\"", 15_000, 4_500);
            rows(w, id, "", 500, 100);
            w.write("c-x,Group A\n");
            w.write("c-y,Group B,maybe\n");
            w.write("c-z,Group C,1,extra\n");
        }

        Pipeline pipeline = Pipeline.create(engine.options());
        BatchImpact.build(pipeline, csv.toString(), dir.resolve("out-").toString());
        PipelineResult result = pipeline.run();
        result.waitUntilFinish();
        assertThat(result.getState()).isEqualTo(PipelineResult.State.DONE);
        assertThat(result.getClass().getSimpleName()).isEqualTo(engine.resultClass());

        String expected = BatchImpact.toJson(BatchImpact.analyze(
                List.of(
                        new GroupCounts("Group B", 25_000, 9_000),
                        new GroupCounts("Group A", 40_000, 20_000),
                        new GroupCounts("Group C, night shift", 15_000, 4_500)),
                500));
        String actual = Files.readString(dir.resolve("out-impact.json"));
        assertThat(actual.strip()).isEqualTo(expected.strip());
        assertThat(actual).contains("\"reference\" : \"Group A\"").contains("\"fourFifthsViolation\" : true");

        long rejected = 0;
        for (MetricResult<Long> c : result.metrics()
                .queryMetrics(MetricsFilter.builder()
                        .addNameFilter(MetricNameFilter.named(BatchImpact.class, "rejected-rows"))
                        .build())
                .getCounters()) {
            rejected += c.getAttempted();
        }
        assertThat(rejected).isEqualTo(3);
    }

    private static int rows(BufferedWriter w, int id, String group, int n, int selected) throws Exception {
        for (int i = 0; i < n; i++) {
            w.write("c-" + (id + i) + "," + group + "," + (i < selected ? "1" : "0") + "\n");
        }
        return id + n;
    }
}
