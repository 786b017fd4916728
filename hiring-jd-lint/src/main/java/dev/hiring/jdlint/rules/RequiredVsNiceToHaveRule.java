package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.util.List;

/** The guide's "Specify required vs. nice-to-have skills": both groups must be recognisable. */
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
        List<Section> req = doc.sections(SectionKind.REQUIREMENTS);
        if (req.isEmpty()) {
            ctx.reportDocument(doc, "no-requirements");
            return;
        }
        if (!doc.sections(SectionKind.NICE_TO_HAVE).isEmpty()) {
            return;
        }
        Lexicon markers = ctx.lexicon("nice-markers");
        for (Section s : req) {
            if (markers.occursIn(doc, s.start(), s.end())) {
                return;
            }
        }
        Section s = req.get(0);
        ctx.report(
                doc.span(
                        s.start(),
                        Math.min(s.end(), s.start() + Math.max(1, s.title().length()))),
                "no-nice-to-have");
    }
}
