package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.GenderCoding;
import dev.hiring.jdlint.JdDocument;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.PhraseMatch;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

/** Finds gender-coded words as whole tokens, skipping those inside allow-listed technical phrases. */
public final class GenderCoder {
    private GenderCoder() {}

    /**
     * The coded-word matches: masculine ones first in the result's first list, feminine in the second. Computed
     * once per document and set of word lists (the rule and the document metrics both ask).
     */
    public static List<List<PhraseMatch>> matches(JdDocument doc, Lexicon masculine, Lexicon feminine, Lexicon allow) {
        @SuppressWarnings("unchecked")
        List<List<PhraseMatch>> m = doc.derived(
                new Key(masculine, feminine, allow), List.class, d -> compute(d, masculine, feminine, allow));
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

    /** The document's gender coding. */
    public static GenderCoding code(JdDocument doc, Lexicon masculine, Lexicon feminine, Lexicon allow) {
        List<List<PhraseMatch>> m = matches(doc, masculine, feminine, allow);
        TreeSet<String> mw = new TreeSet<>();
        for (PhraseMatch p : m.get(0)) {
            mw.add(doc.normalized(p.start(), p.end()));
        }
        TreeSet<String> fw = new TreeSet<>();
        for (PhraseMatch p : m.get(1)) {
            fw.add(doc.normalized(p.start(), p.end()));
        }
        int mc = m.get(0).size();
        int fc = m.get(1).size();
        return new GenderCoding(GenderCoding.verdict(mc, fc), List.copyOf(mw), List.copyOf(fw), mc, fc);
    }
}
