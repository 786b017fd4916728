package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.jackson.HiringJackson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementCommandTest {
    /** Wikipedia, "Krippendorff's alpha": 3 coders × 15 units; nominal 0.691, interval 0.811. */
    static final String WIKIPEDIA_ALPHA = """
            unit,A,B,C
            1,,1,
            2,,,
            3,,2,2
            4,,1,1
            5,,3,3
            6,3,3,4
            7,4,4,4
            8,1,3,
            9,2,,2
            10,1,,1
            11,1,,1
            12,3,,3
            13,3,,3
            14,,,
            15,3,,4
            """;

    @TempDir
    Path dir;

    private JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return HiringJackson.mapper().readTree(run.out());
    }

    @Test
    void krippendorffNominalAndInterval() throws Exception {
        Path f = Files.writeString(dir.resolve("r.csv"), WIKIPEDIA_ALPHA);
        JsonNode nominal = json(CliRun.of("agreement", "--metric", "krippendorff", "--level", "nominal", f.toString()));
        assertThat(nominal.get("metric").asText()).isEqualTo("krippendorff");
        assertThat(nominal.get("level").asText()).isEqualTo("nominal");
        assertThat(nominal.get("value").asDouble()).isCloseTo(0.691, within(0.0005));
        assertThat(nominal.get("units").asInt()).isEqualTo(15);
        assertThat(nominal.get("raters").asInt()).isEqualTo(3);
        JsonNode interval =
                json(CliRun.of("agreement", "--metric", "krippendorff", "--level", "interval", f.toString()));
        assertThat(interval.get("value").asDouble()).isCloseTo(0.811, within(0.0005));
        // Full double precision, not a rounded display value.
        assertThat(interval.get("value").asText()).hasSizeGreaterThan(10);
    }

    @Test
    void krippendorffWithoutLevelIsAUsageError() throws Exception {
        Path f = Files.writeString(dir.resolve("r.csv"), WIKIPEDIA_ALPHA);
        CliRun run = CliRun.of("agreement", "--metric", "krippendorff", f.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--level is required");
    }

    @Test
    void cohenWithDeclaredCategoriesAndWeights() throws Exception {
        StringBuilder csv = new StringBuilder("unit,a,b\n");
        int u = 0;
        int[][] cells = {{0, 0, 20}, {0, 1, 5}, {1, 0, 10}, {1, 1, 15}};
        String[] labels = {"yes", "no"};
        for (int[] c : cells) {
            for (int i = 0; i < c[2]; i++) {
                csv.append(++u)
                        .append(',')
                        .append(labels[c[0]])
                        .append(',')
                        .append(labels[c[1]])
                        .append('\n');
            }
        }
        Path f = Files.writeString(dir.resolve("c.csv"), csv);
        JsonNode r = json(CliRun.of("agreement", "--metric", "cohen", "--categories", "yes,no", f.toString()));
        assertThat(r.get("value").asDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(r.get("weights").asText()).isEqualTo("none");
        assertThat(r.get("table").get(0).get(0).asInt()).isEqualTo(20);
        JsonNode q = json(CliRun.of(
                "agreement", "--metric", "cohen", "--weights", "quadratic", "--categories", "yes,no", f.toString()));
        // With two categories every weighting gives the same kappa.
        assertThat(q.get("value").asDouble()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void fleissWithPerCategoryKappas() throws Exception {
        Path f = Files.writeString(dir.resolve("f.csv"), "unit,r1,r2,r3\n1,a,a,a\n2,a,b,b\n3,b,b,b\n4,a,a,b\n");
        JsonNode r = json(CliRun.of("agreement", "--metric", "fleiss", f.toString()));
        assertThat(r.get("metric").asText()).isEqualTo("fleiss");
        assertThat(r.get("categories")).hasSize(2);
        assertThat(r.get("categories").get(0).get("category").asText()).isEqualTo("a");
    }

    @Test
    void iccOnShroutFleissData() throws Exception {
        Path f = Files.writeString(
                dir.resolve("i.csv"),
                "unit,j1,j2,j3,j4\n1,9,2,5,8\n2,6,1,3,2\n3,8,4,6,8\n4,7,1,2,6\n5,10,5,6,9\n6,6,2,4,7\n");
        JsonNode r =
                json(CliRun.of("agreement", "--metric", "icc", "--model", "icc3", "--unit", "average", f.toString()));
        assertThat(r.get("value").asDouble()).isCloseTo(0.91, within(0.005));
        assertThat(r.get("model").asText()).isEqualTo("icc3");
        assertThat(r.get("icc11").asDouble()).isCloseTo(0.17, within(0.005));
    }

    @Test
    void badCsvsGetOneLineErrorsNamingRowAndColumn() throws Exception {
        Path ragged = Files.writeString(dir.resolve("ragged.csv"), "unit,a,b\n1,1,2\n2,1\n");
        CliRun r1 = CliRun.of("agreement", "--metric", "fleiss", ragged.toString());
        assertThat(r1.exitCode()).isEqualTo(2);
        assertThat(r1.err())
                .startsWith("hiring agreement: ")
                .contains("ragged.csv")
                .contains("row 2");
        assertThat(r1.err().strip()).doesNotContain("\n");

        Path text = Files.writeString(dir.resolve("text.csv"), "unit,a,b\n1,1,2\n2,1,high\n");
        CliRun r2 = CliRun.of("agreement", "--metric", "krippendorff", "--level", "interval", text.toString());
        assertThat(r2.exitCode()).isEqualTo(2);
        assertThat(r2.err()).contains("unit row 2, rater column 'b'").contains("number");

        Path single = Files.writeString(dir.resolve("single.csv"), "unit,a\n1,1\n");
        CliRun r3 = CliRun.of("agreement", "--metric", "fleiss", single.toString());
        assertThat(r3.exitCode()).isEqualTo(2);
        assertThat(r3.err()).contains("at least 2 rater");

        Path dup = Files.writeString(dir.resolve("dup.csv"), "unit,a,a\n1,1,1\n");
        CliRun r4 = CliRun.of("agreement", "--metric", "fleiss", dup.toString());
        assertThat(r4.exitCode()).isEqualTo(2);
        assertThat(r4.err()).contains("repeats the name 'a'");

        CliRun r5 = CliRun.of(
                "agreement", "--metric", "fleiss", dir.resolve("missing.csv").toString());
        assertThat(r5.exitCode()).isEqualTo(2);
        assertThat(r5.err()).contains("no such file");
    }
}
