package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.JdDocument;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;

/** The guide's "Mention team structure": team size, composition or reporting line. */
@RuleMeta(
        id = "team-structure",
        summary = "Mention the team structure: size, composition or reporting line",
        reason = "Candidates decide on the people they will work with and for; the team is part of the job",
        severity = Severity.WARNING,
        category = Category.CONTENT,
        guideRef = "outcomes-and-team",
        messages = {
            @Message(id = "missing", text = "No team structure: state the team's size, composition or reporting line")
        })
public final class TeamStructureRule implements JdRule {
    /** Creates the rule. */
    public TeamStructureRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        if (ctx.lexicon("team-phrases").occursIn(doc, 0, doc.text().length())) {
            return;
        }
        Lexicon nouns = ctx.lexicon("team-size-nouns");
        Lexicon numberWords = ctx.lexicon("number-words");
        int n = doc.wordCount();
        for (int k = 0; k + 1 < n; k++) {
            int t = doc.wordToken(k);
            boolean number = doc.isNumber(t)
                    || (numberWords.lengthAt(doc, k) > 0 && !doc.token(t).startsWith("a"));
            if (!number) {
                continue;
            }
            for (int j = k + 1; j <= k + 3 && j < n; j++) {
                if (doc.sentence(doc.wordToken(j)) != doc.sentence(t)) {
                    break;
                }
                if (nouns.lengthAt(doc, j) > 0) {
                    return;
                }
            }
        }
        ctx.reportDocument(doc, "missing");
    }
}
