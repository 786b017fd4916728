package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;

/**
 * Exclusionary wording: age proxies ("digital native", "young team", "recent graduate" for a senior role),
 * national origin ("native English speaker", "Canadian experience"), "culture fit", and physical requirements
 * unrelated to the job.
 */
@RuleMeta(
        id = "exclusionary-language",
        summary = "Avoid wording that excludes candidates for reasons unrelated to the job",
        reason = "Proxies for age, origin, disability or affinity screen out qualified people and can be unlawful",
        severity = Severity.WARNING,
        category = Category.INCLUSION,
        guideRef = "beyond-guide/exclusionary-language",
        messages = {@Message(id = "exclusionary", text = "\"{0}\" is {1}")})
public final class ExclusionaryLanguageRule implements JdRule {
    /** Creates the rule. */
    public ExclusionaryLanguageRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Lexicon lex = ctx.lexicon("exclusionary");
        Lexicon negators = ctx.lexicon("negators");
        boolean senior = doc.titleBlock()
                .map(b -> ctx.lexicon("senior-titles").occursIn(doc, b.start(), b.end()))
                .orElse(false);
        for (PhraseMatch m : lex.findAll(doc)) {
            if (lex.attribute(m.entry(), "seniorOnly").equals("true") && !senior) {
                continue;
            }
            if (RuleSupport.negated(doc, m, negators) || RuleSupport.quoted(doc, m)) {
                continue;
            }
            String reason = lex.attribute(m.entry(), "reason");
            String suggestion = lex.attribute(m.entry(), "suggestion");
            ctx.reportWithSuggestion(
                    doc.span(m.start(), m.end()),
                    "exclusionary",
                    suggestion.isEmpty() ? "remove it" : suggestion,
                    doc.originalText(m.start(), m.end()),
                    reason.isEmpty() ? "exclusionary" : reason);
        }
    }
}
