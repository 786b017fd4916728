package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;

/** The guide's "Don't be ambiguous about the interview timeline": how long it takes or when candidates hear back. */
@RuleMeta(
        id = "interview-timeline",
        summary = "Say how long the process takes and when candidates hear back",
        reason = "Candidates juggle several processes; a stated timeline keeps the good ones from accepting elsewhere",
        severity = Severity.ERROR,
        category = Category.LOGISTICS,
        guideRef = "logistics",
        messages = {
            @Message(
                    id = "missing",
                    text = "No interview timeline: say how long the process takes or when candidates hear back")
        })
public final class InterviewTimelineRule implements JdRule {
    /** Creates the rule. */
    public InterviewTimelineRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        if (ctx.lexicon("timeline-phrases").occursIn(doc, 0, doc.text().length())) {
            return;
        }
        Lexicon units = ctx.lexicon("time-units");
        Lexicon numbers = ctx.lexicon("number-words");
        Lexicon context = ctx.lexicon("timeline-context");
        int n = doc.wordCount();
        for (int k = 0; k + 1 < n; k++) {
            int t = doc.wordToken(k);
            int len = doc.isNumber(t) ? 1 : numbers.lengthAt(doc, k);
            if (len == 0 || k + len >= n) {
                continue;
            }
            int u = k + len;
            if (doc.sentence(doc.wordToken(u)) == doc.sentence(t)
                    && units.lengthAt(doc, u) > 0
                    && RuleSupport.sentenceHas(doc, k, context)) {
                return;
            }
        }
        ctx.reportDocument(doc, "missing");
    }
}
