package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.PhraseMatch;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Finds gender-coded words as whole tokens, skipping those inside allow-listed technical phrases. */
public final class GenderCoder {
    private GenderCoder() {}

    /**
     * The coded-word matches: masculine ones first in the result's first list, feminine in the second. Computed
     * once per document and set of word lists (the rule and the document metrics both ask).
     */
    public static List<List<PhraseMatch>> matches(JdDocument doc, Lexicon masculine, Lexicon feminine, Lexicon allow) {
        @SuppressWarnings("unchecked")
        List<List<PhraseMatch>> m = DocumentData.get(
                doc, new Key(masculine, feminine, allow), List.class, d -> compute(d, masculine, feminine, allow));
        return m;
    }

    /** The cache key: the three word lists by identity (lexicons do not override equals). */
    private record Key(Lexicon masculine, Lexicon feminine, Lexicon allow) {}

    private static List<List<PhraseMatch>> compute(JdDocument doc, Lexicon masculine, Lexicon feminine, Lexicon allow) {
        BitSet allowed = new BitSet(doc.wordCount());
        for (PhraseMatch m : allow.findAll(doc)) {
            allowed.set(m.firstWord(), m.lastWord() + 1);
        }
        List<PhraseMatch> mas = new ArrayList<>();
        for (PhraseMatch m : masculine.findAll(doc)) {
            if (allowed.get(m.firstWord(), m.lastWord() + 1).isEmpty()) {
                mas.add(m);
            }
        }
        List<PhraseMatch> fem = new ArrayList<>();
        for (PhraseMatch m : feminine.findAll(doc)) {
            if (allowed.get(m.firstWord(), m.lastWord() + 1).isEmpty()) {
                fem.add(m);
            }
        }
        return List.of(List.copyOf(mas), List.copyOf(fem));
    }

    /**
     * The verdict for the given counts of masculine- and feminine-coded words, from feminine minus masculine: 0
     * neutral ({@code empty} when there is no coded word), 1 to 3 feminine-coded, above 3 strongly feminine-coded,
     * and symmetrically for masculine.
     */
    public static String verdict(int masculine, int feminine) {
        if (masculine == 0 && feminine == 0) {
            return "empty";
        }
        int d = feminine - masculine;
        if (d == 0) {
            return "neutral";
        }
        if (d > 3) {
            return "strongly feminine-coded";
        }
        if (d > 0) {
            return "feminine-coded";
        }
        return d < -3 ? "strongly masculine-coded" : "masculine-coded";
    }
}
