package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionBasis;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The guide's "List 3–5 core responsibilities": a responsibilities list with 3 to 5 top-level items. */
@RuleMeta(
        id = "responsibilities-count",
        summary = "List 3 to 5 core responsibilities",
        reason = "A short list of ownership areas tells candidates what the job is; a long one reads as a wishlist",
        severity = Severity.WARNING,
        category = Category.CONTENT,
        guideRef = "responsibilities",
        messages = {
            @Message(id = "missing", text = "No responsibilities list: list {0} to {1} core responsibilities"),
            @Message(id = "too-few", text = "Only {0} responsibilities listed: list {1} to {2} core ones"),
            @Message(id = "too-many", text = "{0} responsibilities listed: keep the {1} to {2} core ones")
        })
public final class ResponsibilitiesCountRule implements JdRule {
    /**
     * Options.
     *
     * @param min the fewest responsibilities
     * @param max the most responsibilities
     */
    public record Options(int min, int max) {
        /** The defaults: 3 to 5. */
        public static final Options DEFAULTS = new Options(3, 5);
    }

    /** Creates the rule. */
    public ResponsibilitiesCountRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Options o = ctx.options(Options.class, Options.DEFAULTS);
        List<Section> secs = doc.sections(SectionKind.RESPONSIBILITIES);
        Section withItems = primary(secs);
        if (withItems == null) {
            if (secs.isEmpty()) {
                ctx.reportDocument(doc, "missing", o.min(), o.max());
            } else {
                Section s = secs.get(0);
                ctx.report(
                        doc.span(
                                s.start(),
                                s.start()
                                        + Math.min(
                                                s.end() - s.start(), s.title().length() + 1)),
                        "missing",
                        o.min(),
                        o.max());
            }
            return;
        }
        int count = duties(doc, withItems.items());
        Block first = withItems.items().get(0);
        if (count < o.min()) {
            ctx.report(doc.span(first.start(), first.end()), "too-few", count, o.min(), o.max());
        } else if (count > o.max()) {
            ctx.report(doc.span(first.start(), first.end()), "too-many", count, o.min(), o.max());
        }
    }

    /**
     * The responsibilities list a reader would count: the first section with items whose heading (or label) says
     * it holds duties, else the first whose items read as duties.
     */
    private static @Nullable Section primary(List<Section> secs) {
        Section byContent = null;
        for (Section s : secs) {
            if (s.items().isEmpty()) {
                continue;
            }
            if (s.basis() != SectionBasis.CONTENT) {
                return s;
            }
            if (byContent == null) {
                byContent = s;
            }
        }
        return byContent;
    }

    /**
     * The number of duties in a list: its top-level items, not counting group labels (an item ending in a colon
     * with nested items under it); a list made only of group labels counts its groups.
     */
    static int duties(JdDocument doc, List<Block> items) {
        int minLevel = Integer.MAX_VALUE;
        for (Block b : items) {
            minLevel = Math.min(minLevel, b.level());
        }
        int top = 0;
        int labels = 0;
        for (int i = 0; i < items.size(); i++) {
            Block b = items.get(i);
            if (b.level() != minLevel) {
                continue;
            }
            top++;
            boolean nested = i + 1 < items.size() && items.get(i + 1).level() > minLevel;
            if (nested && doc.text().charAt(b.end() - 1) == ':') {
                labels++;
            }
        }
        return labels == top ? top : top - labels;
    }
}
