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

/** Candidate focus: "the ideal/successful candidate" instead of addressing the reader as "you". */
@RuleMeta(
        id = "candidate-focus",
        summary = "Address the reader as you, not as the ideal candidate",
        reason = "Postings that speak to the reader get more and better applications than ones about a third person",
        severity = Severity.SUGGESTION,
        category = Category.LANGUAGE,
        guideRef = "beyond-guide/candidate-focus",
        messages = {
            @Message(id = "third-person", text = "\"{0}\" talks about a third person: address the reader as you")
        })
public final class CandidateFocusRule implements JdRule {
    /** Creates the rule. */
    public CandidateFocusRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Lexicon lex = ctx.lexicon("candidate-focus");
        for (PhraseMatch m : lex.findAll(doc)) {
            if (RuleSupport.quoted(doc, m)) {
                continue;
            }
            ctx.reportWithSuggestion(
                    doc.span(m.start(), m.end()), "third-person", "you", doc.originalText(m.start(), m.end()));
        }
    }
}
