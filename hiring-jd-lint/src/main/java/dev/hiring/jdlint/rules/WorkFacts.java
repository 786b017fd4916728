package dev.hiring.jdlint.rules;

import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.internal.DocumentData;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import java.util.ArrayList;
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
 * @param remote the first remote statement (not negated, not a technical sense, not "hybrid"), or null
 * @param modeStated whether a remote, hybrid or onsite statement is made
 * @param roleLocated whether the role's own place is stated (a location section or lead-in, the header lines,
 *     or "based in", "located in", "office in" … before a place)
 * @param placeNamed whether a place is named as where the role or its candidates may be: not only in the benefits
 *     ("insurance in the US and the UK") and not only as the office a remote role is the alternative to ("Cyprus or
 *     remote", "remotely or in Lviv"); "US" in capitals is the country
 * @param timeZoneStated whether a time zone, offset or overlap hours are given (not "flexible working hours")
 * @param headerEnd the end of the header blocks, where short lines name the role's place
 * @param placeContext the words just after a location phrase ("based in", "remote in"), where a place is the role's
 */
record WorkFacts(
        @Nullable PhraseMatch remote,
        boolean modeStated,
        boolean roleLocated,
        boolean placeNamed,
        boolean timeZoneStated,
        int headerEnd,
        BitSet placeContext) {
    private static final Object KEY = new Object();
    private static final int HEADER_BLOCKS = 4;
    private static final int CONTEXT_WORDS = 7;
    private static final int HEADER_LINE_WORDS = 12;
    private static final int ALTERNATIVE_WORDS = 6;

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
        boolean mode = false;
        for (PhraseMatch m : ctx.lexicon("remote-or-hybrid").findAll(doc)) {
            if (not.get(m.firstWord(), m.lastWord() + 1).isEmpty() && !RuleSupport.negated(doc, m, negators)) {
                mode = true;
                // a hybrid role works from an office: where, not which time zone, is the question
                if (!doc.token(doc.wordToken(m.lastWord())).equals("hybrid")) {
                    remote = m;
                    break;
                }
            }
        }
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
        BitSet notPlace = new BitSet();
        for (PhraseMatch m : ctx.lexicon("places-not").findAll(doc)) {
            notPlace.set(m.firstWord(), m.lastWord() + 1);
        }
        List<PhraseMatch> places = new ArrayList<>();
        for (PhraseMatch m : ctx.lexicon("places").findAll(doc)) {
            // "the Phoenix framework" is not the city
            if (notPlace.get(m.firstWord(), m.lastWord() + 1).isEmpty()) {
                places.add(m);
            }
        }
        for (PhraseMatch m : ctx.lexicon("places-capitalized").findAll(doc)) {
            String original = doc.originalText(m.start(), m.end());
            if (original.equals(original.toUpperCase(Locale.ROOT))) {
                places.add(m);
            }
        }
        List<Block> blocks = doc.blocks();
        int headerEnd = blocks.isEmpty()
                ? 0
                : blocks.get(Math.min(HEADER_BLOCKS, blocks.size()) - 1).end();
        BitSet context = new BitSet();
        if (!places.isEmpty()) {
            for (PhraseMatch m : ctx.lexicon("location-context").findAll(doc)) {
                context.set(m.lastWord() + 1, Math.min(doc.wordCount(), m.lastWord() + 1 + CONTEXT_WORDS));
            }
        }
        boolean located = false;
        for (PhraseMatch p : places) {
            if (rolePosition(doc, p, headerEnd, context)) {
                located = true;
                break;
            }
        }
        boolean named = false;
        if (!places.isEmpty()) {
            Lexicon remoteWords = ctx.lexicon("remote-words");
            Lexicon alternative = ctx.lexicon("place-alternative");
            for (PhraseMatch p : places) {
                if (RuleSupport.sectionKind(doc, p.start()) != SectionKind.BENEFITS
                        && !alternativeToRemote(doc, p, remoteWords, alternative)) {
                    named = true;
                    break;
                }
            }
        }
        BitSet notZone = new BitSet();
        for (PhraseMatch m : ctx.lexicon("time-zone-not").findAll(doc)) {
            notZone.set(m.firstWord(), m.lastWord() + 1);
        }
        boolean tz = false;
        for (PhraseMatch m : ctx.lexicon("time-zone").findAll(doc)) {
            if (notZone.get(m.firstWord(), m.lastWord() + 1).isEmpty()) {
                tz = true;
                break;
            }
        }
        return new WorkFacts(remote, mode, located, named, tz, headerEnd, context);
    }

    /**
     * Whether place {@code p} is named as the office a remote role is the alternative to: "or" (or "as well as")
     * stands between it and a remote word of its sentence, within a few words ("Cyprus or remote", "remotely or in
     * Lviv"), while "remote in Germany" ties the remote work to the place.
     */
    private static boolean alternativeToRemote(
            JdDocument doc, PhraseMatch p, Lexicon remoteWords, Lexicon alternative) {
        int sentence = doc.sentence(doc.wordToken(p.firstWord()));
        int n = doc.wordCount();
        int from = Math.max(0, p.firstWord() - ALTERNATIVE_WORDS);
        int to = Math.min(n, p.lastWord() + 1 + ALTERNATIVE_WORDS);
        for (int j = from; j < to; j++) {
            if (doc.sentence(doc.wordToken(j)) != sentence || remoteWords.lengthAt(doc, j) == 0) {
                continue;
            }
            int a = j < p.firstWord() ? j + 1 : p.lastWord() + 1;
            int b = j < p.firstWord() ? p.firstWord() : j;
            for (int k = a; k < b; k++) {
                if (alternative.lengthAt(doc, k) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a place stands where a posting states the role's own place: a short header line, a location section,
     * or a few words after "based in", "located in", "remote in" …
     */
    boolean rolePosition(JdDocument doc, PhraseMatch p) {
        return rolePosition(doc, p, headerEnd, placeContext);
    }

    private static boolean rolePosition(JdDocument doc, PhraseMatch p, int headerEnd, BitSet context) {
        return (p.start() < headerEnd && shortBlock(doc, p.start()))
                || context.get(p.firstWord())
                || RuleSupport.sectionKind(doc, p.start()) == SectionKind.LOCATION;
    }

    /** Whether the block at a normalized offset is a short header line ("San Francisco, CA", "Remote - USA"). */
    private static boolean shortBlock(JdDocument doc, int offset) {
        return doc.blockAt(offset)
                .map(b -> RuleSupport.words(doc, b.start(), b.end()) <= HEADER_LINE_WORDS)
                .orElse(false);
    }
}
