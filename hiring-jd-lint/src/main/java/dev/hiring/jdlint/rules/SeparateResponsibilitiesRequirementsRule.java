package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.BlockKind;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guide's "Write responsibilities and requirements separately": a list whose items mix duties ("Design…",
 * "Own…") and qualifications ("Experience with…", "5+ years…", "Strong…") in similar measure.
 */
@RuleMeta(
        id = "separate-responsibilities-requirements",
        summary = "Keep responsibilities and requirements in separate lists",
        reason = "Mixed lists make candidates guess which lines are the job and which are the bar",
        severity = Severity.WARNING,
        category = Category.STRUCTURE,
        guideRef = "structure",
        messages = {
            @Message(
                    id = "mixed",
                    text =
                            "This list mixes {0} duties and {1} qualifications: split responsibilities from requirements")
        })
public final class SeparateResponsibilitiesRequirementsRule implements JdRule {
    /** Creates the rule. */
    public SeparateResponsibilitiesRequirementsRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Lexicon duties = ctx.lexicon("duty-starters");
        Lexicon quals = ctx.lexicon("qualification-starters");
        Map<Integer, List<Block>> lists = new LinkedHashMap<>();
        for (Block b : doc.blocks()) {
            if (b.kind() == BlockKind.ITEM) {
                lists.computeIfAbsent(b.listId(), k -> new ArrayList<>()).add(b);
            }
        }
        for (List<Block> items : lists.values()) {
            if (items.size() < 3) {
                continue;
            }
            int d = 0;
            int q = 0;
            for (Block b : items) {
                int k = doc.firstWordAtOrAfter(b.start());
                if (k >= doc.wordCount() || doc.tokenStart(doc.wordToken(k)) >= b.end()) {
                    continue;
                }
                if (quals.lengthAt(doc, k) > 0) {
                    q++;
                } else if (duties.lengthAt(doc, k) > 0) {
                    d++;
                }
            }
            if (d > 0 && q > 0 && Math.min(d, q) * 4 >= items.size()) {
                Block first = items.get(0);
                ctx.report(doc.span(first.start(), first.end()), "mixed", d, q);
            }
        }
    }
}
