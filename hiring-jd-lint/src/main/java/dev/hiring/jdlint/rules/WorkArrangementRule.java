package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.JdDocument;
import dev.hiring.jdlint.Section;
import dev.hiring.jdlint.SectionKind;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.util.BitSet;
import java.util.Locale;

/**
 * The guide's "Be explicit about remote/onsite expectations": a remote, hybrid or onsite statement (a
 * {@code work-mode} phrase that is not part of a technical phrase such as "hybrid cloud", or an "Office" section).
 * A bare city as the location does not count.
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
        for (Section s : doc.sections(SectionKind.LOCATION)) {
            if (!s.leadIn() && s.title().toLowerCase(Locale.ROOT).contains("office")) {
                return true;
            }
        }
        BitSet not = new BitSet();
        for (PhraseMatch m : ctx.lexicon("work-mode-not").findAll(doc)) {
            not.set(m.firstWord(), m.lastWord() + 1);
        }
        Lexicon modes = ctx.lexicon("work-mode");
        for (PhraseMatch m : modes.findAll(doc)) {
            if (not.get(m.firstWord(), m.lastWord() + 1).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
