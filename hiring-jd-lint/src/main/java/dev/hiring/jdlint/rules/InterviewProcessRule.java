package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.util.HashSet;
import java.util.Set;

/** The guide's "Be explicit about the interview process": the steps are described. */
@RuleMeta(
        id = "interview-process",
        summary = "Describe the interview process and its steps",
        reason = "Knowing the steps lets candidates prepare and plan; an unknown process costs you the busy ones",
        severity = Severity.WARNING,
        category = Category.LOGISTICS,
        guideRef = "logistics",
        messages = {@Message(id = "missing", text = "The interview process is not described: list its steps")})
public final class InterviewProcessRule implements JdRule {
    /** Creates the rule. */
    public InterviewProcessRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Lexicon stages = ctx.lexicon("process-stages");
        for (Section s : doc.sections(SectionKind.PROCESS)) {
            if (s.items().size() >= 2 || stages.occursIn(doc, s.start(), s.end())) {
                return;
            }
        }
        Set<String> distinct = new HashSet<>();
        for (PhraseMatch m : stages.findAll(doc)) {
            // "take part in interviews" among the duties is the job, not the candidate's process
            SectionKind kind = RuleSupport.sectionKind(doc, m.start());
            if (kind != SectionKind.RESPONSIBILITIES && kind != SectionKind.REQUIREMENTS) {
                distinct.add(stages.phrase(m.entry()));
            }
        }
        if (distinct.size() < 2) {
            ctx.reportDocument(doc, "missing");
        }
    }
}
