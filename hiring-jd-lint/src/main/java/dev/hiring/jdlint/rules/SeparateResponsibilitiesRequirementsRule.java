package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.BlockKind;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionBasis;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.internal.ItemKinds;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The guide's "Write responsibilities and requirements separately": a list whose items mix duties ("Design…",
 * "Own…") and qualifications ("Experience with…", "5+ years…", "Strong…"), the smaller kind being a quarter of the
 * list or more. The reader finds such lists (it gives their smaller kind a section of basis
 * {@link SectionBasis#MIXED_LIST}); items are read in their list: "Be an advocate for quality" is a duty in a list
 * of duties and a qualification in a list of requirements; lists of benefits, pay, process, place or optional skills
 * are not mixed lists.
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
        Map<Integer, Section> owner = new HashMap<>();
        List<Section> mixed = new ArrayList<>();
        for (Section s : doc.sections()) {
            if (s.basis() == SectionBasis.MIXED_LIST) {
                if (!s.items().isEmpty()) {
                    mixed.add(s);
                }
                continue;
            }
            for (Block b : s.items()) {
                owner.put(b.start(), s);
            }
        }
        for (Section part : mixed) {
            int listId = part.items().get(0).listId();
            List<Block> all = new ArrayList<>();
            for (Block b : doc.blocks()) {
                if (b.kind() == BlockKind.ITEM && b.listId() == listId) {
                    all.add(b);
                }
            }
            List<Block> items = topLevel(all);
            SectionKind in = SectionKind.OTHER;
            for (Block b : items) {
                Section s = owner.get(b.start());
                if (s != null) {
                    in = s.kind();
                    break;
                }
            }
            ItemKinds.Mix mix = ItemKinds.mix(doc, items, in);
            Block first = items.get(0);
            ctx.report(doc.span(first.start(), first.end()), "mixed", mix.duties(), mix.qualifications());
        }
    }

    /** The top-level items of a list (sub-items belong to their parent item). */
    private static List<Block> topLevel(List<Block> items) {
        int min = Integer.MAX_VALUE;
        for (Block b : items) {
            min = Math.min(min, b.level());
        }
        List<Block> out = new ArrayList<>();
        for (Block b : items) {
            if (b.level() == min) {
                out.add(b);
            }
        }
        return out;
    }
}
