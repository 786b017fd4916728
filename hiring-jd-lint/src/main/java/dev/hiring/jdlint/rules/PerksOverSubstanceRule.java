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
import java.util.List;
import java.util.TreeSet;

/**
 * The guide's "Don't overemphasize perks over role substance": benefits text outweighs responsibilities and
 * requirements, hollow perks (beer, ping pong, nap pods, unlimited PTO) lead, or many hollow perks are listed.
 */
@RuleMeta(
        id = "perks-over-substance",
        summary = "Do not let perks outweigh the substance of the role",
        reason =
                "Perks attract people to the office, not to the work; the role's substance is what good candidates weigh",
        severity = Severity.ERROR,
        category = Category.CONTENT,
        guideRef = "outcomes-and-team",
        messages = {
            @Message(
                    id = "outweigh",
                    text =
                            "Perks and benefits take {0} words, more than the {1} words of responsibilities and requirements"),
            @Message(
                    id = "hollow-lead",
                    text = "The hollow perk \"{0}\" comes before any responsibility or requirement"),
            @Message(id = "hollow-many", text = "{0} hollow perks listed ({1}): describe the role's substance instead")
        })
public final class PerksOverSubstanceRule implements JdRule {
    /**
     * Options.
     *
     * @param maxHollowPerks the most hollow perks before the rule fires
     */
    public record Options(int maxHollowPerks) {
        /** The defaults: at most 3 hollow perks. */
        public static final Options DEFAULTS = new Options(3);
    }

    /** Creates the rule. */
    public PerksOverSubstanceRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Options o = ctx.options(Options.class, Options.DEFAULTS);
        int perks = RuleSupport.words(doc, SectionKind.BENEFITS);
        int substance = RuleSupport.words(
                doc, SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.NICE_TO_HAVE);
        if (perks > 0 && perks > substance) {
            Section s = doc.sections(SectionKind.BENEFITS).get(0);
            ctx.report(
                    doc.span(
                            s.start(),
                            Math.min(s.end(), s.start() + Math.max(1, s.title().length()))),
                    "outweigh",
                    perks,
                    substance);
        }
        Lexicon hollow = ctx.lexicon("perks");
        List<PhraseMatch> found = hollow.findAll(doc);
        if (found.isEmpty()) {
            return;
        }
        int firstSubstance = Integer.MAX_VALUE;
        for (Section s : doc.sections()) {
            if (s.kind() == SectionKind.RESPONSIBILITIES || s.kind() == SectionKind.REQUIREMENTS) {
                firstSubstance = Math.min(firstSubstance, s.start());
            }
        }
        PhraseMatch first = found.get(0);
        if (first.start() < firstSubstance && firstSubstance != Integer.MAX_VALUE) {
            ctx.report(
                    doc.span(first.start(), first.end()), "hollow-lead", doc.originalText(first.start(), first.end()));
        }
        TreeSet<String> distinct = new TreeSet<>();
        for (PhraseMatch m : found) {
            distinct.add(doc.normalized(m.start(), m.end()));
        }
        if (distinct.size() > o.maxHollowPerks()) {
            ctx.report(
                    doc.span(first.start(), first.end()), "hollow-many", distinct.size(), String.join(", ", distinct));
        }
    }
}
