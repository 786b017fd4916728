package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;

/**
 * The guide's "Be explicit about time zone needs": a remote or hybrid role states time zones or overlap hours, or
 * names a country, region, state or city where candidates must be ("US only", "Remote - EMEA", "UK &amp; Europe").
 * Read from {@link WorkFacts}, the facts {@code work-arrangement} reads too.
 */
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
        WorkFacts f = WorkFacts.of(doc, ctx);
        PhraseMatch mention = f.remote();
        if (mention == null || f.timeZoneStated() || f.placeNamed()) {
            return;
        }
        ctx.report(
                doc.span(mention.start(), mention.end()), "missing", doc.originalText(mention.start(), mention.end()));
    }
}
