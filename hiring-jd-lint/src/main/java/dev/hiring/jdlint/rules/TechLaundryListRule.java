package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.BlockKind;
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
import java.util.Set;
import java.util.TreeSet;

/**
 * The guide's "Don't use an exhaustive laundry list of every possible tech stack": more than {@code maxTotal}
 * distinct technologies in the requirements (the whole text when there is no requirements section), or one block
 * naming more than {@code maxPerItem}.
 */
@RuleMeta(
        id = "tech-laundry-list",
        summary = "Do not list every technology of the stack",
        reason = "A laundry list hides what matters and tells candidates that nobody decided what the job needs",
        severity = Severity.ERROR,
        category = Category.CONTENT,
        guideRef = "responsibilities",
        messages = {
            @Message(
                    id = "too-many-total",
                    text =
                            "{0} distinct technologies in the requirements (more than {1}): keep the ones the job needs"),
            @Message(id = "too-many-in-item", text = "One item names {0} technologies (more than {1})")
        })
public final class TechLaundryListRule implements JdRule {
    /**
     * Options.
     *
     * @param maxTotal the most distinct technologies in the requirements
     * @param maxPerItem the most distinct technologies in one list item or paragraph
     */
    public record Options(int maxTotal, int maxPerItem) {
        /** The defaults: 12 in total, 8 per item. */
        public static final Options DEFAULTS = new Options(12, 8);
    }

    /** Creates the rule. */
    public TechLaundryListRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Options o = ctx.options(Options.class, Options.DEFAULTS);
        Lexicon tech = ctx.lexicon("technologies");
        List<Section> req = new java.util.ArrayList<>(doc.sections(SectionKind.REQUIREMENTS));
        req.addAll(doc.sections(SectionKind.NICE_TO_HAVE));
        Set<String> total = new TreeSet<>();
        int firstStart = -1;
        int firstEnd = -1;
        if (req.isEmpty()) {
            for (PhraseMatch m : tech.findAll(doc)) {
                total.add(tech.attribute(m.entry(), "name"));
            }
        } else {
            for (Section s : req) {
                for (PhraseMatch m : tech.findAll(doc, s.start(), s.end())) {
                    total.add(tech.attribute(m.entry(), "name"));
                }
                if (firstStart < 0) {
                    firstStart = s.start();
                    firstEnd =
                            Math.min(s.end(), s.start() + Math.max(1, s.title().length()));
                }
            }
        }
        boolean itemReported = false;
        for (Block b : doc.blocks()) {
            if (b.kind() == BlockKind.HEADING) {
                continue;
            }
            Set<String> names = new TreeSet<>();
            for (PhraseMatch m : tech.findAll(doc, b.start(), b.end())) {
                names.add(tech.attribute(m.entry(), "name"));
            }
            if (names.size() > o.maxPerItem()) {
                ctx.report(doc.span(b.start(), b.end()), "too-many-in-item", names.size(), o.maxPerItem());
                itemReported = true;
            }
        }
        if (total.size() > o.maxTotal() && !itemReported) {
            if (firstStart >= 0) {
                ctx.report(doc.span(firstStart, firstEnd), "too-many-total", total.size(), o.maxTotal());
            } else {
                ctx.reportDocument(doc, "too-many-total", total.size(), o.maxTotal());
            }
        }
    }
}
