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
    private static final String NICE = SectionKind.NICE_TO_HAVE.name();
    private static final int MIN_MIXED_ITEMS = 3;

    private SectionBuilder() {}

    private static final class Draft {
        final SectionKind kind;
        final int start;
        final int titleEnd;
        int end;
        final boolean leadIn;
        final int level;
        final SectionBasis basis;
        /** Whether a sub-heading of another kind came under this heading (it no longer lends its kind). */
        boolean split;
        /** The starts of the only items this section holds (the duties of a mixed list), or null: all in range. */
        java.util.@org.jspecify.annotations.Nullable Set<Integer> only;

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

    /**
     * The kind a label (a heading or lead-in text) names: the longest known phrase in it, or OTHER. A nice-to-have
     * phrase qualifies the skills it stands with, so it wins over a requirements phrase ("Desirable skills and
     * experience", "Qualifications we'd love to see").
     */
    public static SectionKind classify(JdDocument doc, int from, int to) {
        Lexicon lex = Lexicons.get("sections");
        PhraseMatch best = null;
        int bestOrder = Integer.MAX_VALUE;
        boolean nice = false;
        for (PhraseMatch m : lex.findAllInRange(doc, from, to)) {
            int order = Integer.parseInt(lex.attribute(m.entry(), "order"));
            nice |= lex.attribute(m.entry(), "kind").equals(NICE);
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
        if (best == null) {
            return SectionKind.OTHER;
        }
        SectionKind kind = SectionKind.valueOf(lex.attribute(best.entry(), "kind"));
        return nice && kind == SectionKind.REQUIREMENTS ? SectionKind.NICE_TO_HAVE : kind;
    }

    /**
     * Whether a range is only a label: its words are all one section phrase ("Minimum qualifications") or one
     * metadata label ("Sector", "Job type"). Such a heading is never the job title.
     */
    public static boolean isLabelOnly(JdDocument doc, int from, int to) {
        int words = doc.firstWordAtOrAfter(to) - doc.firstWordAtOrAfter(from);
        if (words == 0) {
            return false;
        }
        for (String name : new String[] {"sections", "section-metadata"}) {
            for (PhraseMatch m : Lexicons.get(name).findAllInRange(doc, from, to)) {
                if (m.lastWord() - m.firstWord() + 1 == words) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a range of the text names a known section kind (a heading word or phrase). */
    public static boolean classifyText(JdDocument doc, int from, int to) {
        return classify(doc, from, to) != SectionKind.OTHER;
    }

    /**
     * Builds the sections of a document from its blocks and title, found by the reader; the document supplies only
     * the text and its words (its own blocks and sections are not read).
     */
    public static List<Section> build(
            JdDocument doc,
            List<Block> blocks,
            @org.jspecify.annotations.Nullable Block title,
            List<Integer> leadIns,
            List<Boolean> bold) {
        String text = doc.text();
        List<Draft> drafts = new ArrayList<>();
        Draft heading = null;
        // the headings that enclose the current one, outermost first (each of a lower level than the next)
        List<Draft> open = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() != BlockKind.HEADING || b.equals(title)) {
                continue;
            }
            SectionKind kind = classify(doc, b.start(), b.end());
            SectionBasis basis = kind == SectionKind.OTHER ? SectionBasis.UNKNOWN : SectionBasis.HEADING;
            if (heading != null) {
                heading.end = b.start();
            }
            while (!open.isEmpty() && open.get(open.size() - 1).level >= b.level()) {
                open.remove(open.size() - 1);
            }
            Draft parent = open.isEmpty() ? null : open.get(open.size() - 1);
            if (parent != null && kind == SectionKind.OTHER && !parent.split) {
                kind = parent.kind;
                basis = SectionBasis.PARENT_HEADING;
            } else if (parent != null && kind != parent.kind) {
                // a sub-heading of another kind ("Benefits" under "About you"): the levels only number the
                // sections, so later unknown sub-headings do not take the parent's kind
                parent.split = true;
            }
            heading = new Draft(kind, b.start(), b.end(), text.length(), false, b.level(), basis);
            drafts.add(heading);
            open.add(heading);
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
                    || blockAt(blocks, p)
                            .map(h -> h.kind() == BlockKind.HEADING)
                            .orElse(false)) {
                continue;
            }
            accepted.add(p);
            colons.add(colon);
        }
        for (int i = 0; i < accepted.size(); i++) {
            int p = accepted.get(i);
            int colon = colons.get(i);
            Block blk = blockAt(blocks, p).orElse(null);
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
            SectionKind kind = classify(doc, lastSentence(text, b.start(), b.end()), b.end());
            SectionKind enclosing = SectionKind.OTHER;
            for (Draft d : drafts) {
                if (!d.leadIn && d.start <= b.start() && b.start() < d.end) {
                    enclosing = d.kind;
                }
            }
            // the line just before a list says what the list is, also against the heading above it when both
            // speak of duties or qualifications ("About you" … "here is what you will be working on:")
            if (kind != SectionKind.OTHER
                    && kind != enclosing
                    && (enclosing == SectionKind.OTHER
                            || enclosing == SectionKind.ABOUT
                            || (isSkillsOrDuties(kind) && isSkillsOrDuties(enclosing)))) {
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
                // a lead-in holds the items after its colon, not the item it stands in ("- Reports to: the CTO")
                int from = d.leadIn ? d.titleEnd : d.start;
                java.util.Set<Integer> only = d.only;
                if (only != null) {
                    if (only.contains(b.start())) {
                        best = i;
                        break;
                    }
                } else if (b.start() >= from && b.start() < d.end) {
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
            SectionKind listKind = owner == null ? SectionKind.OTHER : owner.kind;
            ItemKinds.ListReading reading = ItemKinds.ofList(doc, top);
            SectionKind content = reading.kind();
            int end = all.get(all.size() - 1).end();
            if (content != SectionKind.OTHER) {
                // a heading's words can mislead ("What you'll bring" says "you'll"): duties against
                // qualifications, the items decide when nearly all of them agree
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
                // an inherited kind that the items confirm stays as it is (the basis says where it came from)
                boolean confirmed =
                        owner != null && owner.basis == SectionBasis.PARENT_HEADING && owner.kind == content;
                if ((weak && !confirmed) || optionalInside) {
                    drafts.add(new Draft(content, first.start(), first.start(), end, false, 97, SectionBasis.CONTENT));
                    listKind = content;
                }
            }
            split(doc, top, listKind, first, end, drafts);
        }
    }

    /**
     * Gives the duties of a list of qualifications (or the qualifications of a list of duties) a section of their
     * own when the list mixes both kinds, so that the duties of "You fit this role if you can: ensure …, optimize
     * …, proficient in …" are found as duties.
     */
    private static void split(
            JdDocument doc, List<Block> top, SectionKind listKind, Block first, int end, List<Draft> drafts) {
        if (top.size() < MIN_MIXED_ITEMS
                || !(listKind == SectionKind.RESPONSIBILITIES
                        || listKind == SectionKind.REQUIREMENTS
                        || listKind == SectionKind.ABOUT
                        || listKind == SectionKind.OTHER)) {
            return;
        }
        ItemKinds.Mix mix = ItemKinds.mix(doc, top, listKind);
        if (!mix.mixed()) {
            return;
        }
        ItemKinds.Kind minority;
        if (listKind == SectionKind.RESPONSIBILITIES) {
            minority = ItemKinds.Kind.QUALIFICATION;
        } else if (listKind == SectionKind.REQUIREMENTS) {
            minority = ItemKinds.Kind.DUTY;
        } else {
            minority = mix.duties() <= mix.qualifications() ? ItemKinds.Kind.DUTY : ItemKinds.Kind.QUALIFICATION;
        }
        java.util.Set<Integer> only = new java.util.HashSet<>();
        for (Block b : top) {
            if (ItemKinds.inList(doc, b, listKind) == minority) {
                only.add(b.start());
            }
        }
        SectionKind kind = minority == ItemKinds.Kind.DUTY ? SectionKind.RESPONSIBILITIES : SectionKind.REQUIREMENTS;
        Draft d = new Draft(kind, first.start(), first.start(), end, false, 96, SectionBasis.MIXED_LIST);
        d.only = only;
        drafts.add(d);
    }

    private static boolean isSkillsOrDuties(SectionKind k) {
        return k == SectionKind.RESPONSIBILITIES || k == SectionKind.REQUIREMENTS || k == SectionKind.NICE_TO_HAVE;
    }

    /**
     * The start of the last sentence of a range: the label of a paragraph that ends in a colon is its last
     * sentence ("We are a small team. We are looking for someone with:").
     */
    private static int lastSentence(String text, int from, int to) {
        for (int i = to - 2; i > from; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
                return i + 1;
            }
        }
        return from;
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

    /** The block of the list (in order of their start) containing a normalized offset, if any. */
    private static java.util.Optional<Block> blockAt(List<Block> blocks, int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Block b = blocks.get(mid);
            if (offset < b.start()) {
                hi = mid - 1;
            } else if (offset >= b.end()) {
                lo = mid + 1;
            } else {
                return java.util.Optional.of(b);
            }
        }
        return java.util.Optional.empty();
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
