package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.JdDocument;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;

/** The guide's "Be explicit about time zone needs": a remote or hybrid role states time zones or overlap hours. */
@RuleMeta(
        id = "time-zone",
        summary = "State the time zones or overlap hours of a remote or hybrid role",
        reason = "Remote candidates need to know which hours they must be available before they apply",
        severity = Severity.WARNING,
        category = Category.LOGISTICS,
        guideRef = "logistics",
        messages = {@Message(id = "missing", text = "The role is {0} but states no time zone or overlap hours")})
public final class TimeZoneRule implements JdRule {
    /** Creates the rule. */
    public TimeZoneRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Lexicon remote = ctx.lexicon("remote-or-hybrid");
        Lexicon negators = ctx.lexicon("negators");
        PhraseMatch mention = null;
        for (PhraseMatch m : remote.findAll(doc)) {
            if (!RuleSupport.negated(doc, m, negators)) {
                mention = m;
                break;
            }
        }
        if (mention == null
                || ctx.lexicon("time-zone").occursIn(doc, 0, doc.text().length())) {
            return;
        }
        ctx.report(
                doc.span(mention.start(), mention.end()), "missing", doc.originalText(mention.start(), mention.end()));
    }
}
