package dev.hiring.jdlint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.jdlint.format.JsonFormat;
import dev.hiring.jdlint.format.SarifFormat;
import dev.hiring.jdlint.format.TextFormat;
import dev.hiring.jdlint.rules.BuiltInRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatTest {
    private static final String TEXT = """
                    <!-- hiring-lint-disable-next-line job-title -->
                    # Rockstar Engineer!

                    We want a ninja.
                    """;
    private final Linter linter = Linter.builder().build();
    private final List<FileResult> files = List.of(new FileResult("jd/a.md", linter.lint(TEXT, InputFormat.MARKDOWN)));

    @Test
    void textHasOneLinePerFindingAndASummary() {
        String out = TextFormat.format(files);
        assertThat(out).contains("jd/a.md:4:11: error no-buzzwords \"ninja\" is a buzzword");
        assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow()).matches("\\d+ problems \\(.*\\) in 1 file.*");
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        String out = JsonFormat.format(files);
        assertThat(JsonFormat.format(files)).isEqualTo(out);
        JsonNode root = HiringJackson.mapper().readTree(out);
        assertThat(fields(root)).containsExactly("tool", "files");
        assertThat(root.at("/tool/name").asText()).isEqualTo("hiring-jd-lint");
        assertThat(root.at("/tool/version").asText()).isNotBlank();
        JsonNode file = root.at("/files/0");
        assertThat(fields(file)).containsExactly("path", "score", "findings", "metrics", "sections");
        assertThat(file.get("score").asInt()).isBetween(0, 100);
        JsonNode f = file.at("/findings/0");
        assertThat(fields(f))
                .containsExactly(
                        "ruleId",
                        "severity",
                        "message",
                        "line",
                        "column",
                        "endLine",
                        "endColumn",
                        "match",
                        "reason",
                        "suggestion",
                        "guideRef");
        for (JsonNode x : file.get("findings")) {
            assertThat(x.get("severity").asText()).isIn("error", "warning", "suggestion");
        }
        assertThat(fields(file.at("/metrics"))).containsExactly("words", "genderCoding");
        assertThat(fields(file.at("/metrics/genderCoding")))
                .containsExactly("verdict", "masculineWords", "feminineWords");
        assertThat(file.at("/metrics/genderCoding/verdict").asText())
                .isIn(
                        "strongly masculine-coded",
                        "masculine-coded",
                        "neutral",
                        "feminine-coded",
                        "strongly feminine-coded",
                        "empty");
    }

    @Test
    void sarifHasRulesResultsFingerprintsAndSuppressions() throws Exception {
        JsonNode root = HiringJackson.mapper().readTree(SarifFormat.format(files, BuiltInRules.all()));
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        JsonNode rules = root.at("/runs/0/tool/driver/rules");
        assertThat(rules).hasSize(21);
        for (JsonNode r : rules) {
            assertThat(r.at("/shortDescription/text").asText()).isNotBlank();
            assertThat(r.at("/fullDescription/text").asText()).isNotBlank();
            assertThat(r.at("/help/text").asText()).isNotBlank();
        }
        JsonNode results = root.at("/runs/0/results");
        assertThat(results.size()).isGreaterThan(0);
        boolean suppressed = false;
        for (JsonNode r : results) {
            assertThat(r.get("ruleId").asText()).isNotBlank();
            assertThat(r.get("level").asText()).isIn("error", "warning", "note");
            assertThat(r.at("/message/text").asText()).isNotBlank();
            assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt())
                    .isPositive();
            assertThat(r.at("/partialFingerprints/hiringLint~1v1").asText()).hasSize(24);
            if (r.has("suppressions")) {
                suppressed = true;
                assertThat(r.get("ruleId").asText()).isEqualTo("job-title");
            }
        }
        assertThat(suppressed).isTrue();
    }

    private static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
