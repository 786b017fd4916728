package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.internal.GenderCoder;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.util.List;

/**
 * Gender-coded wording after Gaucher, Friesen and Kay (2011): when the document leans masculine or feminine, each
 * coded word on the leaning side is reported. Words are matched as whole known word forms, and technical phrases
 * (connection pool, support ticket, Active Directory, event-driven…) are not counted.
 */
@RuleMeta(
        id = "gender-coded-language",
        summary = "Balance gender-coded wording",
        reason = "Masculine-coded wording makes a job less appealing to women without changing who can do it "
                + "(Gaucher, Friesen & Kay 2011)",
        severity = Severity.SUGGESTION,
        category = Category.INCLUSION,
        guideRef = "beyond-guide/gender-coded-language",
        messages = {
            @Message(id = "masculine", text = "\"{0}\" is masculine-coded; the posting reads {1}"),
            @Message(id = "feminine", text = "\"{0}\" is feminine-coded; the posting reads {1}")
        })
public final class GenderCodedLanguageRule implements JdRule {
    /** Creates the rule. */
    public GenderCodedLanguageRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        List<List<PhraseMatch>> m = GenderCoder.matches(
                doc, ctx.lexicon("gender-masculine"), ctx.lexicon("gender-feminine"), ctx.lexicon("gender-allow"));
        String verdict = GenderCoder.verdict(m.get(0).size(), m.get(1).size());
        boolean masculine = verdict.endsWith("masculine-coded");
        boolean feminine = verdict.endsWith("feminine-coded");
        if (!masculine && !feminine) {
            return;
        }
        for (PhraseMatch p : m.get(masculine ? 0 : 1)) {
            ctx.reportWithSuggestion(
                    doc.span(p.start(), p.end()),
                    masculine ? "masculine" : "feminine",
                    "use neutral wording that describes the task",
                    doc.originalText(p.start(), p.end()),
                    verdict);
        }
    }
}
