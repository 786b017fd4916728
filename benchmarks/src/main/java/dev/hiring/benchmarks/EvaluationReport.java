package dev.hiring.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.hiring.core.json.HiringJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The result of a lint evaluation: one score per rule with labels, the {@link RuleScore#ALL} row over the
 * document-level rules, the {@link RuleScore#ALL_LIST} row over the {@code list:} rows, and every disagreement.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rules one score per rule that has labels, in the order of {@link Labels#knownRules()}
 * @param all the summed score of every rule except the {@link #WORD_LEVEL} rules and the {@code list:} rows
 * @param lists the summed score of the {@code list:} rows
 * @param disagreements every non-arguable label the prediction differs from, in label-file order
 */
@org.jspecify.annotations.NullMarked
public record EvaluationReport(List<RuleScore> rules, RuleScore all, RuleScore lists, List<Judgement> disagreements) {
    /** The word-level rules, left out of {@link RuleScore#ALL}: they judge words, not the document. */
    public static final Set<String> WORD_LEVEL =
            Set.of("no-buzzwords", "exclusionary-language", "gender-coded-language");

    /** Copies the lists. */
    public EvaluationReport {
        rules = List.copyOf(rules);
        disagreements = List.copyOf(disagreements);
    }

    /** Scores judged labels. */
    public static EvaluationReport of(List<Judgement> judgements) {
        Map<String, RuleScore> byRule = new LinkedHashMap<>();
        for (String id : Labels.knownRules()) {
            byRule.put(id, RuleScore.empty(id));
        }
        List<Judgement> disagreements = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Judgement j : judgements) {
            Label l = j.label();
            seen.add(l.rule());
            byRule.compute(
                    l.rule(),
                    (id, s) ->
                            (s == null ? RuleScore.empty(id) : s).plus(l.isArguable(), l.isPositive(), j.predicted()));
            if (j.isDisagreement()) {
                disagreements.add(j);
            }
        }
        List<RuleScore> rules = new ArrayList<>();
        RuleScore all = RuleScore.empty(RuleScore.ALL);
        RuleScore lists = RuleScore.empty(RuleScore.ALL_LIST);
        for (RuleScore s : byRule.values()) {
            if (!seen.contains(s.rule())) {
                continue;
            }
            rules.add(s);
            if (Labels.isListRule(s.rule())) {
                lists = lists.plus(s, RuleScore.ALL_LIST);
            } else if (!WORD_LEVEL.contains(s.rule())) {
                all = all.plus(s, RuleScore.ALL);
            }
        }
        return new EvaluationReport(rules, all, lists, disagreements);
    }

    /** The score of one rule, if it has labels. */
    public java.util.Optional<RuleScore> rule(String id) {
        return rules.stream().filter(s -> s.rule().equals(id)).findFirst();
    }

    /**
     * The report as text: a table (rule, TP, FP, FN, TN, precision, recall, accuracy, arguable; ratios with three
     * decimals, {@code -} when undefined) with the {@code ALL} and {@code ALL-list} rows below a rule, then a
     * {@code disagreements: N} line and one line per disagreement:
     * {@code file<TAB>rule<TAB>label<TAB>predicted<TAB>reason}, followed by {@code <TAB>evidence; evidence…} when
     * the prediction is positive.
     */
    public String toText() {
        StringBuilder b = new StringBuilder();
        int width = "rule".length();
        for (RuleScore s : rules) {
            width = Math.max(width, s.rule().length());
        }
        String head = String.format(
                Locale.ROOT,
                "%-" + width + "s %5s %5s %5s %5s %9s %7s %8s %8s%n",
                "rule",
                "TP",
                "FP",
                "FN",
                "TN",
                "precision",
                "recall",
                "accuracy",
                "arguable");
        b.append(head);
        for (RuleScore s : rules) {
            row(b, width, s);
        }
        b.append("-".repeat(head.strip().length())).append('\n');
        row(b, width, all);
        row(b, width, lists);
        b.append('\n').append("disagreements: ").append(disagreements.size()).append('\n');
        for (Judgement j : disagreements) {
            Label l = j.label();
            b.append(clean(l.file()))
                    .append('\t')
                    .append(l.rule())
                    .append('\t')
                    .append(l.label())
                    .append('\t')
                    .append(j.predictedLabel())
                    .append('\t')
                    .append(clean(l.reason()));
            if (!j.evidence().isEmpty()) {
                b.append('\t').append(clean(String.join("; ", j.evidence())));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static void row(StringBuilder b, int width, RuleScore s) {
        b.append(String.format(
                Locale.ROOT,
                "%-" + width + "s %5d %5d %5d %5d %9s %7s %8s %8d%n",
                s.rule(),
                s.tp(),
                s.fp(),
                s.fn(),
                s.tn(),
                ratio(s.precision()),
                ratio(s.recall()),
                ratio(s.accuracy()),
                s.arguable()));
    }

    private static String ratio(OptionalDouble d) {
        return d.isPresent() ? String.format(Locale.ROOT, "%.3f", d.getAsDouble()) : "-";
    }

    /** Tabs and line breaks would break the TSV-like lines. */
    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    /**
     * The report as pretty-printed JSON (hiring-core's mapper):
     * {@code {"rules":[score…],"all":score,"lists":score,"disagreements":[{"file","rule","label","predicted",
     * "reason","line","evidence":[…]}]}}, where a score is {@code {"rule","tp","fp","fn","tn","precision",
     * "recall","accuracy","arguable"}} and an undefined ratio is {@code null}; {@code line} is the label's line
     * (0 when it gave none).
     */
    public String toJson() {
        List<ScoreJson> rs = new ArrayList<>();
        for (RuleScore s : rules) {
            rs.add(ScoreJson.of(s));
        }
        List<DisagreementJson> ds = new ArrayList<>();
        for (Judgement j : disagreements) {
            Label l = j.label();
            ds.add(new DisagreementJson(
                    l.file(), l.rule(), l.label(), j.predictedLabel(), l.reason(), l.line(), j.evidence()));
        }
        return HiringJson.write(new ReportJson(rs, ScoreJson.of(all), ScoreJson.of(lists), ds));
    }

    /** The JSON document. */
    @JsonPropertyOrder({"rules", "all", "lists", "disagreements"})
    public record ReportJson(
            List<ScoreJson> rules, ScoreJson all, ScoreJson lists, List<DisagreementJson> disagreements) {}

    /** One score in JSON; ratios are {@code null} when undefined. */
    @JsonPropertyOrder({"rule", "tp", "fp", "fn", "tn", "precision", "recall", "accuracy", "arguable"})
    public record ScoreJson(
            String rule,
            int tp,
            int fp,
            int fn,
            int tn,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            Double precision,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            Double recall,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            Double accuracy,

            int arguable) {
        static ScoreJson of(RuleScore s) {
            return new ScoreJson(
                    s.rule(),
                    s.tp(),
                    s.fp(),
                    s.fn(),
                    s.tn(),
                    box(s.precision()),
                    box(s.recall()),
                    box(s.accuracy()),
                    s.arguable());
        }

        private static @Nullable Double box(OptionalDouble d) {
            return d.isPresent() ? d.getAsDouble() : null;
        }
    }

    /** One disagreement in JSON. */
    @JsonPropertyOrder({"file", "rule", "label", "predicted", "reason", "line", "evidence"})
    public record DisagreementJson(
            String file, String rule, String label, String predicted, String reason, int line, List<String> evidence) {}
}
