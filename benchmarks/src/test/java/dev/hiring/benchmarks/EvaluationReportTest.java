package dev.hiring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.jackson.HiringJackson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scoring judged labels: per-rule rows, ALL without word-level and list: rows, disagreements, text and JSON. */
class EvaluationReportTest {
    private static final Path SOURCE = Path.of("labels.tsv");
    private final List<Judgement> judged = new ArrayList<>();

    private void add(String file, String rule, String label, boolean predicted, String... evidence) {
        Label l =
                new Label(SOURCE, judged.size() + 2, file, Path.of("corpus", file), rule, label, 0, "because " + label);
        judged.add(new Judgement(l, predicted, List.of(evidence)));
    }

    private EvaluationReport sample() {
        add("a.md", "compensation-band", "violates", true, "line 1: vague pay");
        add("b.md", "compensation-band", "ok", true, "line 3: vague pay");
        add("c.md", "compensation-band", "ok", false);
        add("a.md", "team-structure", "violates", false);
        add("b.md", "team-structure", "arguable", true, "line 1: no team");
        add("a.md", "no-buzzwords", "violates", false);
        add("b.md", "gender-coded-language", "ok", true, "line 2: coded");
        add("a.md", "list:requirements", "present", true, "line 5: section \"Requirements\" with 2 items");
        add("b.md", "list:requirements", "present", false);
        add("c.md", "list:responsibilities", "absent", false);
        return EvaluationReport.of(judged);
    }

    @Test
    void scoresEachRuleThatHasLabels() {
        EvaluationReport r = sample();
        assertThat(r.rules())
                .extracting(RuleScore::rule)
                .containsExactly(
                        "compensation-band",
                        "gender-coded-language",
                        "no-buzzwords",
                        "team-structure",
                        "list:responsibilities",
                        "list:requirements");
        assertThat(r.rule("compensation-band")).contains(new RuleScore("compensation-band", 1, 1, 0, 1, 0));
        assertThat(r.rule("team-structure")).contains(new RuleScore("team-structure", 0, 0, 1, 0, 1));
        assertThat(r.rule("list:requirements")).contains(new RuleScore("list:requirements", 1, 0, 1, 0, 0));
        assertThat(r.rule("job-title")).isEmpty();
    }

    @Test
    void allLeavesOutWordLevelRulesAndListRows() {
        EvaluationReport r = sample();
        assertThat(r.all()).isEqualTo(new RuleScore(RuleScore.ALL, 1, 1, 1, 1, 1));
        assertThat(r.lists()).isEqualTo(new RuleScore(RuleScore.ALL_LIST, 1, 0, 1, 1, 0));
    }

    @Test
    void listsEveryNonArguableDisagreementInLabelOrder() {
        EvaluationReport r = sample();
        assertThat(r.disagreements())
                .extracting(j -> j.label().file() + " " + j.label().rule() + " " + j.predictedLabel())
                .containsExactly(
                        "b.md compensation-band violates",
                        "a.md team-structure ok",
                        "a.md no-buzzwords ok",
                        "b.md gender-coded-language violates",
                        "b.md list:requirements absent");
    }

    @Test
    void textHasTheTableTheSummedRowsAndTheDisagreementLines() {
        String text = sample().toText();
        assertThat(text.lines().findFirst().orElseThrow())
                .containsSubsequence("rule", "TP", "FP", "FN", "TN", "precision", "recall", "accuracy", "arguable");
        assertThat(text).containsPattern("(?m)^compensation-band +1 +1 +0 +1 +0\\.500 +1\\.000 +0\\.667 +0$");
        assertThat(text).containsPattern("(?m)^team-structure +0 +0 +1 +0 +- +0\\.000 +0\\.000 +1$");
        assertThat(text).containsPattern("(?m)^ALL +1 +1 +1 +1 +0\\.500 +0\\.500 +0\\.500 +1$");
        assertThat(text).containsPattern("(?m)^ALL-list +1 +0 +1 +1 +1\\.000 +0\\.500 +0\\.667 +0$");
        assertThat(text).contains("disagreements: 5\n");
        assertThat(text).contains("b.md\tcompensation-band\tok\tviolates\tbecause ok\tline 3: vague pay\n");
        assertThat(text).contains("a.md\tteam-structure\tviolates\tok\tbecause violates\n");
    }

    @Test
    void jsonCarriesTheSameNumbersAndNullForUndefinedRatios() throws Exception {
        JsonNode root = HiringJackson.mapper().readTree(sample().toJson());
        JsonNode team = root.get("rules").get(3);
        assertThat(team.get("rule").asText()).isEqualTo("team-structure");
        assertThat(team.get("fn").asInt()).isEqualTo(1);
        assertThat(team.get("arguable").asInt()).isEqualTo(1);
        assertThat(team.has("precision")).isTrue();
        assertThat(team.get("precision").isNull()).isTrue();
        assertThat(team.get("accuracy").asDouble()).isEqualTo(0.0);
        assertThat(root.get("all").get("tp").asInt()).isEqualTo(1);
        assertThat(root.get("lists").get("rule").asText()).isEqualTo("ALL-list");
        assertThat(root.get("disagreements")).hasSize(5);
        JsonNode first = root.get("disagreements").get(0);
        assertThat(first.get("file").asText()).isEqualTo("b.md");
        assertThat(first.get("predicted").asText()).isEqualTo("violates");
        assertThat(first.get("evidence").get(0).asText()).isEqualTo("line 3: vague pay");
    }
}
