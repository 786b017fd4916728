package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.BlockKind;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionBasis;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.PhraseMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the sections of a document: from headings (a sub-heading that says nothing known inherits its parent's
 * kind), from lead-ins ("Location: …", "**Salary:** …") and from list structure (a paragraph ending in a colon
 * followed by a list).
 */
public final class SectionBuilder {
    private static final int MAX_LABEL_CHARS = 48;
    private static final int MAX_LABEL_WORDS = 6;

    private SectionBuilder() {}

    private static final class Draft {
        final SectionKind kind;
        final int start;
        final int titleEnd;
        int end;
        final boolean leadIn;
        final int level;
        final SectionBasis basis;

        Draft(SectionKind kind, int start, int titleEnd, int end, boolean leadIn, int level, SectionBasis basis) {
            this.kind = kind;
            this.start = start;
            this.titleEnd = titleEnd;
            this.end = end;
            this.leadIn = leadIn;
            this.level = level;
            this.basis = basis;
        }

        /** Whether the kind came from something other than the section's own words. */
        boolean weak() {
            return basis == SectionBasis.PARENT_HEADING
                    || basis == SectionBasis.UNKNOWN
                    || kind == SectionKind.OTHER
                    || kind == SectionKind.ABOUT;
        }
    }

    /** The kind a label (a heading or lead-in text) names: the longest known phrase in it, or OTHER. */
    public static SectionKind classify(JdDocument doc, int from, int to) {
        Lexicon lex = Lexicons.get("sections");
        PhraseMatch best = null;
        int bestOrder = Integer.MAX_VALUE;
        for (PhraseMatch m : lex.findAllInRange(doc, from, to)) {
            int order = Integer.parseInt(lex.attribute(m.entry(), "order"));
            if (best == null) {
                best = m;
                bestOrder = order;
                continue;
            }
            int len = m.lastWord() - m.firstWord();
            int bestLen = best.lastWord() - best.firstWord();
            if (len > bestLen || (len == bestLen && order < bestOrder)) {
                best = m;
                bestOrder = order;
            }
        }
        return best == null ? SectionKind.OTHER : SectionKind.valueOf(lex.attribute(best.entry(), "kind"));
    }

    /** Whether a range of the text names a known section kind (a heading word or phrase). */
    public static boolean classifyText(JdDocument doc, int from, int to) {
        return classify(doc, from, to) != SectionKind.OTHER;
    }

    /** Builds the sections of a document. */
    public static List<Section> build(JdDocument doc, List<Integer> leadIns, List<Boolean> bold) {
        String text = doc.text();
        List<Block> blocks = doc.blocks();
        Block title = doc.titleBlock().orElse(null);
        List<Draft> drafts = new ArrayList<>();
        Draft heading = null;
        for (Block b : blocks) {
            if (b.kind() != BlockKind.HEADING || b == title) {
                continue;
            }
            SectionKind kind = classify(doc, b.start(), b.end());
            SectionBasis basis = kind == SectionKind.OTHER ? SectionBasis.UNKNOWN : SectionBasis.HEADING;
            if (heading != null) {
                heading.end = b.start();
                if (kind == SectionKind.OTHER && b.level() > heading.level) {
                    kind = heading.kind;
                    basis = SectionBasis.PARENT_HEADING;
                }
            }
            heading = new Draft(kind, b.start(), b.end(), text.length(), false, b.level(), basis);
            drafts.add(heading);
        }
        List<Integer> accepted = new ArrayList<>();
        List<Integer> colons = new ArrayList<>();
        for (int p : leadIns) {
            if (p >= text.length()) {
                continue;
            }
            int colon = -1;
            int words = 0;
            int limit = Math.min(text.length(), p + MAX_LABEL_CHARS);
            for (int i = p; i < limit; i++) {
                char c = text.charAt(i);
                if (c == ':') {
                    colon = i;
                    break;
                }
                if (c == '\n' || c == '.' || c == '!' || c == '?') {
                    break;
                }
                if (c == ' ') {
                    words++;
                }
            }
            if (colon <= p || words >= MAX_LABEL_WORDS) {
                continue;
            }
            SectionKind kind = classify(doc, p, colon);
            if (kind == SectionKind.OTHER
                    || doc.blockAt(p).map(h -> h.kind() == BlockKind.HEADING).orElse(false)) {
                continue;
            }
            accepted.add(p);
            colons.add(colon);
        }
        for (int i = 0; i < accepted.size(); i++) {
            int p = accepted.get(i);
            int colon = colons.get(i);
            Block blk = doc.blockAt(p).orElse(null);
            if (blk == null) {
                continue;
            }
            int end = blk.end();
            if (i + 1 < accepted.size() && accepted.get(i + 1) < blk.end()) {
                end = accepted.get(i + 1);
            }
            if (colon + 1 >= blk.end()) {
                end = listEnd(blocks, blk, end);
            }
            drafts.add(new Draft(classify(doc, p, colon), p, colon, end, true, 99, SectionBasis.LEAD_IN));
        }
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() != BlockKind.PARAGRAPH
                    || text.charAt(b.end() - 1) != ':'
                    || blocks.get(i + 1).kind() != BlockKind.ITEM
                    || accepted.contains(b.start())) {
                continue;
            }
            SectionKind kind = classify(doc, b.start(), b.end());
            SectionKind enclosing = SectionKind.OTHER;
            for (Draft d : drafts) {
                if (!d.leadIn && d.start <= b.start() && b.start() < d.end) {
                    enclosing = d.kind;
                }
            }
            if (kind != SectionKind.OTHER && (enclosing == SectionKind.OTHER || enclosing == SectionKind.ABOUT)) {
                drafts.add(new Draft(
                        kind, b.start(), b.end(), listEnd(blocks, b, b.end()), false, 98, SectionBasis.LIST_LABEL));
            }
        }
        byContent(doc, blocks, drafts);
        drafts.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> -d.end));
        List<List<Block>> items = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            items.add(new ArrayList<>());
        }
        for (Block b : blocks) {
            if (b.kind() != BlockKind.ITEM) {
                continue;
            }
            int best = -1;
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                if (b.start() >= d.start && b.start() < d.end) {
                    best = i;
                }
            }
            if (best >= 0) {
                items.get(best).add(b);
            }
        }
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String t = doc.originalText(d.start, d.titleEnd);
            t = stripMarkup(t);
            int line = doc.span(d.start, d.start + 1).line();
            out.add(new Section(d.kind, t, d.start, d.end, line, d.leadIn, items.get(i), d.basis));
        }
        return List.copyOf(out);
    }

    /**
     * Gives every list whose section is missing or weak (no heading, an unknown or inherited heading, an "about"
     * heading) the kind its items say, as a section of its own; and a list of optional items inside requirements
     * its own nice-to-have section.
     */
    private static void byContent(JdDocument doc, List<Block> blocks, List<Draft> drafts) {
        Map<Integer, List<Block>> lists = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (b.kind() == BlockKind.ITEM && b.listId() >= 0) {
                lists.computeIfAbsent(b.listId(), k -> new ArrayList<>()).add(b);
            }
        }
        int n = drafts.size();
        for (List<Block> all : lists.values()) {
            int min = Integer.MAX_VALUE;
            for (Block b : all) {
                min = Math.min(min, b.level());
            }
            List<Block> top = new ArrayList<>();
            for (Block b : all) {
                if (b.level() == min) {
                    top.add(b);
                }
            }
            Block first = all.get(0);
            Draft owner = null;
            for (int i = 0; i < n; i++) {
                Draft d = drafts.get(i);
                if (!d.leadIn
                        && first.start() >= d.start
                        && first.start() < d.end
                        && (owner == null || d.start >= owner.start)) {
                    owner = d;
                }
            }
            boolean weak = owner == null || owner.weak();
            if (owner != null && !weak && !isDutiesOrQualifications(owner.kind)) {
                // benefits, pay, process or optional skills by their heading: the items do not change that
                continue;
            }
            ItemKinds.ListReading reading = ItemKinds.ofList(doc, top);
            SectionKind content = reading.kind();
            if (content == SectionKind.OTHER) {
                continue;
            }
            // a heading's words can mislead ("What you'll bring" says "you'll"): duties against qualifications,
            // the items decide when nearly all of them agree
            if (owner != null
                    && !weak
                    && owner.kind != content
                    && isDutiesOrQualifications(owner.kind)
                    && isDutiesOrQualifications(content)
                    && reading.agreeing() * 4 >= top.size() * 3) {
                weak = true;
            }
            boolean optionalInside =
                    owner != null && owner.kind == SectionKind.REQUIREMENTS && content == SectionKind.NICE_TO_HAVE;
            if (weak || optionalInside) {
                int end = all.get(all.size() - 1).end();
                drafts.add(new Draft(content, first.start(), first.start(), end, false, 97, SectionBasis.CONTENT));
            }
        }
    }

    private static boolean isDutiesOrQualifications(SectionKind k) {
        return k == SectionKind.RESPONSIBILITIES || k == SectionKind.REQUIREMENTS;
    }

    private static int listEnd(List<Block> blocks, Block after, int fallback) {
        int idx = indexOf(blocks, after);
        int end = fallback;
        for (int j = idx + 1; j < blocks.size() && blocks.get(j).kind() == BlockKind.ITEM; j++) {
            end = blocks.get(j).end();
        }
        return end;
    }

    /** The index of a block of the document's blocks (which are in order of their start), found by its start. */
    private static int indexOf(List<Block> blocks, Block b) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = blocks.get(mid).start();
            if (s < b.start()) {
                lo = mid + 1;
            } else if (s > b.start()) {
                hi = mid - 1;
            } else {
                return blocks.get(mid).equals(b) ? mid : blocks.indexOf(b);
            }
        }
        return blocks.indexOf(b);
    }

    private static String stripMarkup(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '*' && c != '#' && c != '_') {
                b.append(c);
            }
        }
        String r = b.toString().strip();
        if (r.endsWith(":")) {
            r = r.substring(0, r.length() - 1).strip();
        }
        return r;
    }
}
