package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.util.Set;

/** The guide's "Mention measurable outcomes (scale, traffic, latency targets)": a number with a unit. */
@RuleMeta(
        id = "measurable-outcomes",
        summary = "Mention measurable outcomes such as scale, traffic or latency targets",
        reason = "Numbers show the scale of the work and what success looks like; adjectives do not",
        severity = Severity.WARNING,
        category = Category.CONTENT,
        guideRef = "outcomes-and-team",
        messages = {
            @Message(
                    id = "missing",
                    text = "No measurable outcome: state scale, traffic or a latency target with a number and unit")
        })
public final class MeasurableOutcomesRule implements JdRule {
    private static final Set<String> SUFFIXES =
            Set.of("ms", "k", "m", "b", "tb", "gb", "pb", "rps", "qps", "tps", "x", "mm", "bn", "s");

    /** Creates the rule. */
    public MeasurableOutcomesRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        for (PhraseMatch m : ctx.lexicon("metric-words").findAll(doc)) {
            if (aboutTheWork(doc, m.start())) {
                return;
            }
        }
        Lexicon notAfter = ctx.lexicon("metric-not-after");
        Lexicon units = ctx.lexicon("metric-units");
        Lexicon years = ctx.lexicon("years-words");
        Lexicon currency = ctx.lexicon("currency-codes");
        int n = doc.wordCount();
        for (int k = 0; k < n; k++) {
            int t = doc.wordToken(k);
            if (!doc.isNumber(t)) {
                continue;
            }
            String tok = doc.token(t);
            if (!aboutTheWork(doc, doc.tokenStart(t)) || tok.equals("401k") || tok.length() > 12) {
                continue;
            }
            if (t > 0
                    && !doc.isWord(t - 1)
                    && ctx.lexicon("currency-symbols").phrases().contains(doc.token(t - 1))) {
                continue;
            }
            int i = 0;
            while (i < tok.length()
                    && (Character.isDigit(tok.charAt(i)) || tok.charAt(i) == ',' || tok.charAt(i) == '.')) {
                i++;
            }
            String suffix = tok.substring(i).replace("+", "");
            if (!suffix.isEmpty() && SUFFIXES.contains(suffix)) {
                // "24x7" on-call and "3.0.x" versions are not multipliers
                boolean x = suffix.equals("x");
                boolean next = t + 1 < doc.tokenCount() && doc.tokenStart(t + 1) == doc.tokenEnd(t);
                if (!(x && (next || tok.indexOf('.') >= 0))) {
                    return;
                }
            }
            if (t + 1 < doc.tokenCount() && doc.token(t + 1).equals("%")) {
                if (k + 1 >= n || notAfter.lengthAt(doc, k + 1) == 0) {
                    return;
                }
                continue;
            }
            for (int j = k + 1; j <= k + 2 && j < n; j++) {
                int tj = doc.wordToken(j);
                if (doc.sentence(tj) != doc.sentence(t)) {
                    break;
                }
                if (years.lengthAt(doc, j) > 0 || currency.lengthAt(doc, j) > 0) {
                    break;
                }
                if (units.lengthAt(doc, j) > 0) {
                    return;
                }
            }
        }
        ctx.reportDocument(doc, "missing");
    }

    /** Whether an offset lies outside the benefits, pay and process sections. */
    private static boolean aboutTheWork(JdDocument doc, int offset) {
        SectionKind kind = RuleSupport.sectionKind(doc, offset);
        return switch (kind) {
            case BENEFITS, COMPENSATION, PROCESS -> false;
            default -> true;
        };
    }
}
