package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;

/**
 * The guide's "Be explicit about remote/onsite expectations": a remote, hybrid or onsite statement (a
 * {@code work-mode} phrase that is not part of a technical phrase such as "hybrid cloud", or an "Office" section),
 * or the role's own place (a location section or lead-in, the header lines, or "based in" / "located in" before a
 * country, region, state or city), which a reader takes as onsite there. Read from {@link WorkFacts}, the facts
 * {@code time-zone} reads too.
 */
@RuleMeta(
        id = "work-arrangement",
        summary = "State whether the role is remote, hybrid or onsite",
        reason = "A bare city does not tell candidates whether they must move or commute; many filter on this first",
        severity = Severity.WARNING,
        category = Category.LOGISTICS,
        guideRef = "logistics",
        messages = {
            @Message(id = "missing", text = "No remote, hybrid or onsite statement: say where and how the work happens")
        })
public final class WorkArrangementRule implements JdRule {
    /** Creates the rule. */
    public WorkArrangementRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        if (stated(doc, ctx)) {
            return;
        }
        ctx.reportDocument(doc, "missing");
    }

    static boolean stated(JdDocument doc, RuleContext ctx) {
        WorkFacts f = WorkFacts.of(doc, ctx);
        return f.modeStated() || f.roleLocated();
    }
}
