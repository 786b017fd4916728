package dev.hiring.jdlint.rules;

import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.internal.DocumentData;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where and how the work happens, read once per document and shared by {@code work-arrangement} and
 * {@code time-zone}, so the two cannot disagree: the first remote or hybrid statement (not negated, not a
 * technical sense such as "remote procedure"), whether any work mode is stated, whether a place (country, region,
 * state or city) names where the role or its candidates are, and whether a time zone or overlap hours are given.
 *
 * @param remote the first remote or hybrid statement, or null
 * @param modeStated whether a remote, hybrid or onsite statement is made
 * @param roleLocated whether the role's own place is stated (a location section or lead-in, the header lines,
 *     or "based in", "located in", "office in" … before a place)
 * @param placeNamed whether any place is named
 * @param timeZoneStated whether a time zone, offset or overlap hours are given
 */
record WorkFacts(
        @Nullable PhraseMatch remote,
        boolean modeStated,
        boolean roleLocated,
        boolean placeNamed,
        boolean timeZoneStated) {
    private static final Object KEY = new Object();
    private static final int HEADER_BLOCKS = 4;
    private static final int CONTEXT_WORDS = 5;
    private static final int HEADER_LINE_WORDS = 12;

    /** The facts of a document, computed on first use. */
    static WorkFacts of(JdDocument doc, RuleContext ctx) {
        return DocumentData.get(doc, KEY, WorkFacts.class, d -> compute(d, ctx));
    }

    private static WorkFacts compute(JdDocument doc, RuleContext ctx) {
        BitSet not = new BitSet();
        for (PhraseMatch m : ctx.lexicon("work-mode-not").findAll(doc)) {
            not.set(m.firstWord(), m.lastWord() + 1);
        }
        Lexicon negators = ctx.lexicon("negators");
        PhraseMatch remote = null;
        for (PhraseMatch m : ctx.lexicon("remote-or-hybrid").findAll(doc)) {
            if (not.get(m.firstWord(), m.lastWord() + 1).isEmpty() && !RuleSupport.negated(doc, m, negators)) {
                remote = m;
                break;
            }
        }
        boolean mode = remote != null;
        if (!mode) {
            for (PhraseMatch m : ctx.lexicon("work-mode").findAll(doc)) {
                if (not.get(m.firstWord(), m.lastWord() + 1).isEmpty()) {
                    mode = true;
                    break;
                }
            }
        }
        if (!mode) {
            for (Section s : doc.sections(SectionKind.LOCATION)) {
                if (!s.leadIn() && s.title().toLowerCase(Locale.ROOT).contains("office")) {
                    mode = true;
                }
            }
        }
        List<PhraseMatch> places = ctx.lexicon("places").findAll(doc);
        boolean located = false;
        if (!places.isEmpty()) {
            List<Block> blocks = doc.blocks();
            int headerEnd = blocks.isEmpty()
                    ? 0
                    : blocks.get(Math.min(HEADER_BLOCKS, blocks.size()) - 1).end();
            BitSet context = new BitSet();
            for (PhraseMatch m : ctx.lexicon("location-context").findAll(doc)) {
                context.set(m.lastWord() + 1, Math.min(doc.wordCount(), m.lastWord() + 1 + CONTEXT_WORDS));
            }
            for (PhraseMatch p : places) {
                if ((p.start() < headerEnd && shortBlock(doc, p.start()))
                        || context.get(p.firstWord())
                        || RuleSupport.sectionKind(doc, p.start()) == SectionKind.LOCATION) {
                    located = true;
                    break;
                }
            }
        }
        boolean tz = ctx.lexicon("time-zone").occursIn(doc, 0, doc.text().length());
        return new WorkFacts(remote, mode, located, !places.isEmpty(), tz);
    }

    /** Whether the block at a normalized offset is a short header line ("San Francisco, CA", "Remote - USA"). */
    private static boolean shortBlock(JdDocument doc, int offset) {
        return doc.blockAt(offset)
                .map(b -> RuleSupport.words(doc, b.start(), b.end()) <= HEADER_LINE_WORDS)
                .orElse(false);
    }
}
