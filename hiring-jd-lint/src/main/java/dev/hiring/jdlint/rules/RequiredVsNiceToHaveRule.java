package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.internal.ItemKinds;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.util.List;

/**
 * The guide's "Specify required vs. nice-to-have skills": an optional group (a nice-to-have section) or a
 * qualification marked optional ("is a plus", "ideally", "preferred") must be recognisable. A marker counts wherever
 * the posting speaks of the candidate, not among benefits, pay, place or process ("annual bonus"); a weak marker
 * word ("plus", "bonus", "welcome", "helpful") counts only in the requirements where it closes its sentence or
 * item or opens a label ("Go experience a plus", "Bonus: Rust"), not in "a helpful product" or "you are most
 * welcome".
 */
@RuleMeta(
        id = "required-vs-nice-to-have",
        summary = "Split skills into required and nice to have",
        reason = "Without the split every skill reads as required, and qualified candidates who miss one do not apply",
        severity = Severity.WARNING,
        category = Category.CONTENT,
        guideRef = "requirements",
        messages = {
            @Message(id = "no-requirements", text = "No requirements section: list the required skills"),
            @Message(id = "no-nice-to-have", text = "Skills are not split into required and nice to have")
        })
public final class RequiredVsNiceToHaveRule implements JdRule {
    /** Creates the rule. */
    public RequiredVsNiceToHaveRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        if (!doc.sections(SectionKind.NICE_TO_HAVE).isEmpty() || markedOptional(doc, ctx)) {
            return;
        }
        List<Section> req = doc.sections(SectionKind.REQUIREMENTS);
        if (req.isEmpty()) {
            ctx.reportDocument(doc, "no-requirements");
            return;
        }
        Section s = req.get(0);
        ctx.report(
                doc.span(
                        s.start(),
                        Math.min(s.end(), s.start() + Math.max(1, s.title().length()))),
                "no-nice-to-have");
    }

    /** Whether something the posting asks of the candidate is marked optional. */
    private static boolean markedOptional(JdDocument doc, RuleContext ctx) {
        for (PhraseMatch m : ctx.lexicon("nice-markers").findAll(doc)) {
            SectionKind in = RuleSupport.sectionKind(doc, m.start());
            if (in == SectionKind.BENEFITS
                    || in == SectionKind.COMPENSATION
                    || in == SectionKind.LOCATION
                    || in == SectionKind.PROCESS) {
                continue;
            }
            // a weak word marks a requirement only in the requirements ("you are most welcome" elsewhere)
            if (!ItemKinds.weakMarker(doc, m) || (in == SectionKind.REQUIREMENTS && ItemKinds.marksOptional(doc, m))) {
                return true;
            }
        }
        return false;
    }
}
