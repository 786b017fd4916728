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
import java.util.ArrayList;
import java.util.List;

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
        List<Block> items = primary(doc.sections());
        if (items.isEmpty()) {
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
        int count = duties(doc, items);
        Block first = items.get(0);
        if (count < o.min()) {
            ctx.report(doc.span(first.start(), first.end()), "too-few", count, o.min(), o.max());
        } else if (count > o.max()) {
            ctx.report(doc.span(first.start(), first.end()), "too-many", count, o.min(), o.max());
        }
    }

    /**
     * The responsibilities list a reader would count: the items of the first responsibilities section whose heading
     * (or label) says it holds duties; when that heading has no list of its own, the lists of the sub-sections it
     * groups ("What you'll do" over "Improve the platform" and "Grow the team"); else the items of the first list
     * that reads as duties.
     */
    private static List<Block> primary(List<Section> all) {
        List<Block> byContent = List.of();
        for (int i = 0; i < all.size(); i++) {
            Section s = all.get(i);
            if (s.kind() != SectionKind.RESPONSIBILITIES) {
                continue;
            }
            if (s.basis() == SectionBasis.CONTENT) {
                if (byContent.isEmpty()) {
                    byContent = s.items();
                }
                continue;
            }
            if (!s.items().isEmpty()) {
                return s.items();
            }
            List<Block> items = new ArrayList<>();
            int end = s.end();
            for (int j = i + 1; j < all.size(); j++) {
                Section sub = all.get(j);
                boolean nested = sub.start() < end;
                boolean group = sub.basis() == SectionBasis.PARENT_HEADING;
                if (!nested && !group) {
                    break;
                }
                if (sub.kind() == SectionKind.RESPONSIBILITIES) {
                    items.addAll(sub.items());
                    end = Math.max(end, sub.end());
                } else if (group) {
                    break;
                }
            }
            if (!items.isEmpty()) {
                return items;
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
