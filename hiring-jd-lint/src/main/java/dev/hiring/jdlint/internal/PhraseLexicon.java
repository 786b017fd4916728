package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.LexiconEntry;
import dev.hiring.jdlint.spi.LexiconFormatException;
import dev.hiring.jdlint.spi.PhraseMatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SDK's {@link Lexicon}, and the matching engine behind it. A word list: entries (literal phrases or patterns, see {@link LexiconEntry}) matched as whole word tokens of the
 * normalized text, within one sentence, longest first and without overlap. Each entry may carry attributes (a
 * suggestion, a category) and contexts that cancel its matches ({@code notIf}). Patterns are expanded to plain word
 * sequences when the lexicon is built, so matching is a table lookup per word and linear in the text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PhraseLexicon implements Lexicon {
    private final String name;
    private final List<LexiconEntry> entries;
    private final List<String> phrases;
    /** Per variant: its words, the punctuation required before each word (or null), and its entry. */
    private final String[][] vwords;

    private final @org.jspecify.annotations.Nullable String[][] vgaps;
    private final int[] ventry;
    /** Per entry: its {@code notIf} contexts as a tree of words, or null. */
    private final @org.jspecify.annotations.Nullable GuardTree[] guards;

    private final WordTable<int[]> byFirst;

    private PhraseLexicon(String name, List<LexiconEntry> entries) {
        this(name, entries, compileAll(name, entries));
    }

    /**
     * A lexicon of entries whose word sequences are already compiled ({@link #compile(String, int, LexiconEntry)}
     * for each entry, in order): the built-in lists are compiled when the SDK is built, not at every start.
     */
    private PhraseLexicon(String name, List<LexiconEntry> entries, List<Compiled> compiled) {
        if (compiled.size() != entries.size()) {
            throw new IllegalArgumentException("entries and compiled entries differ in size");
        }
        this.name = name;
        this.entries = List.copyOf(entries);
        List<String> ph = new ArrayList<>();
        List<String[]> w = new ArrayList<>();
        List<String @org.jspecify.annotations.Nullable []> g = new ArrayList<>();
        List<Integer> en = new ArrayList<>();
        GuardTree[] gw = new GuardTree[entries.size()];
        this.guards = gw;
        for (int i = 0; i < entries.size(); i++) {
            LexiconEntry e = entries.get(i);
            ph.add(e.text());
            Compiled c = compiled.get(i);
            for (LexiconPatterns.Variant v : c.variants()) {
                w.add(v.words());
                g.add(v.hasGaps() ? v.gaps() : null);
                en.add(i);
            }
            List<LexiconPatterns.Variant> gs = c.guards();
            if (gs != null) {
                gw[i] = GuardTree.of(gs);
            }
        }
        this.phrases = List.copyOf(ph);
        this.vwords = w.toArray(new String[0][]);
        @SuppressWarnings("NullAway")
        String[][] gaps = g.toArray(new String[0][]);
        this.vgaps = gaps;
        this.ventry = en.stream().mapToInt(Integer::intValue).toArray();
        Map<String, List<Integer>> first = new HashMap<>();
        for (int v = 0; v < vwords.length; v++) {
            first.computeIfAbsent(vwords[v][0], k -> new ArrayList<>()).add(v);
        }
        Map<String, int[]> m = new HashMap<>();
        for (Map.Entry<String, List<Integer>> e : first.entrySet()) {
            List<Integer> l = new ArrayList<>(e.getValue());
            l.sort((a, b) -> vwords[a].length != vwords[b].length
                    ? Integer.compare(vwords[b].length, vwords[a].length)
                    : Integer.compare(a, b));
            m.put(e.getKey(), l.stream().mapToInt(Integer::intValue).toArray());
        }
        this.byFirst = WordTable.of(m);
    }

    /**
     * The compiled form of one entry: the word sequences it matches, and those of its {@code notIf} contexts
     * ({@code null} when it has none).
     */
    record Compiled(
            List<LexiconPatterns.Variant> variants,
            @org.jspecify.annotations.Nullable List<LexiconPatterns.Variant> guards) {}

    /**
     * Compiles entry {@code index} (0-based) of the list {@code list}.
     *
     * @throws LexiconFormatException if its pattern or a {@code notIf} pattern is malformed
     */
    static Compiled compile(String list, int index, LexiconEntry e) {
        List<LexiconPatterns.Variant> vs = compile(list, index, e.text(), e.pattern());
        if (e.notIf().isEmpty()) {
            return new Compiled(vs, null);
        }
        List<LexiconPatterns.Variant> gs = new ArrayList<>();
        for (String n : e.notIf()) {
            gs.addAll(compile(list, index, n, true));
        }
        return new Compiled(vs, gs);
    }

    private static List<Compiled> compileAll(String list, List<LexiconEntry> entries) {
        List<Compiled> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            out.add(compile(list, i, entries.get(i)));
        }
        return out;
    }

    /** A lexicon of entries already compiled, one {@link Compiled} per entry in order; for the built-in lists. */
    static PhraseLexicon ofCompiled(String name, List<LexiconEntry> entries, List<Compiled> compiled) {
        return new PhraseLexicon(name, entries, compiled);
    }

    private static List<LexiconPatterns.Variant> compile(String list, int entry, String text, boolean pattern) {
        try {
            return pattern ? LexiconPatterns.compile(text) : LexiconPatterns.literal(text);
        } catch (LexiconPatterns.BadPatternException ex) {
            throw new LexiconFormatException(
                    "word list '" + list + "', entry " + (entry + 1) + " \"" + text + "\": " + ex.getMessage());
        }
    }

    /** A lexicon of phrases without attributes. */
    public static PhraseLexicon of(String name, List<String> phrases) {
        List<LexiconEntry> e = new ArrayList<>();
        for (String p : phrases) {
            e.add(LexiconEntry.phrase(p, Map.of()));
        }
        return new PhraseLexicon(name, e);
    }

    /** A lexicon of phrases, each with its attributes (same order and size). */
    public static PhraseLexicon of(String name, List<String> phrases, List<Map<String, String>> attributes) {
        if (phrases.size() != attributes.size()) {
            throw new IllegalArgumentException("phrases and attributes differ in size");
        }
        List<LexiconEntry> e = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            e.add(LexiconEntry.phrase(phrases.get(i), attributes.get(i)));
        }
        return new PhraseLexicon(name, e);
    }

    /**
     * A lexicon of entries (phrases or patterns).
     *
     * @throws LexiconFormatException if a pattern or a {@code notIf} pattern is malformed (the message names the
     *     list, the entry and the problem)
     */
    public static PhraseLexicon ofEntries(String name, List<LexiconEntry> entries) {
        return new PhraseLexicon(name, entries);
    }

    /** The lexicon's name. */
    @Override
    public String name() {
        return name;
    }

    /** The phrases (or patterns) of the entries, in order. */
    @Override
    public List<String> phrases() {
        return phrases;
    }

    /** The entries, in order. */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /** The phrase (or pattern) of an entry. */
    @Override
    public String phrase(int entry) {
        return phrases.get(entry);
    }

    /** An attribute of an entry, or {@code ""} when absent. */
    @Override
    public String attribute(int entry, String key) {
        return entries.get(entry).attributes().getOrDefault(key, "");
    }

    /** The attributes of an entry. */
    @Override
    public Map<String, String> attributes(int entry) {
        return entries.get(entry).attributes();
    }

    /**
     * Returns a copy with phrases added (with the given attributes) and removed: a removed phrase drops every entry
     * that matches exactly that phrase (for a pattern, one of the phrases it stands for).
     */
    public PhraseLexicon with(List<String> add, List<String> remove, Map<String, String> addedAttributes) {
        java.util.Set<String> rm = new java.util.HashSet<>();
        for (String r : remove) {
            rm.add(String.join(" ", PhraseTokens.of(r)));
        }
        boolean[] drop = new boolean[entries.size()];
        for (int v = 0; v < vwords.length; v++) {
            if (rm.contains(String.join(" ", vwords[v]))) {
                drop[ventry[v]] = true;
            }
        }
        List<LexiconEntry> e = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!drop[i]) {
                e.add(entries.get(i));
            }
        }
        for (String s : add) {
            e.add(LexiconEntry.phrase(s, addedAttributes));
        }
        return new PhraseLexicon(name, e);
    }

    /** Every match in the whole document. */
    @Override
    public List<PhraseMatch> findAll(JdDocument doc) {
        return findAll(doc, 0, doc.text().length());
    }

    /** Every match lying in the normalized range {@code [from, to)}. */
    @Override
    public List<PhraseMatch> findAll(JdDocument doc, int from, int to) {
        return findAll(doc, index(doc), from, to);
    }

    private List<PhraseMatch> findAll(JdDocument doc, Index idx, int from, int to) {
        List<PhraseMatch> out = new ArrayList<>();
        int k = doc.firstWordAtOrAfter(from);
        int p = java.util.Arrays.binarySearch(idx.positions, 0, idx.count, k);
        p = p < 0 ? -p - 1 : p;
        while (p < idx.count) {
            k = idx.positions[p];
            int t = doc.wordToken(k);
            if (doc.tokenStart(t) >= to) {
                break;
            }
            int len = idx.len[p];
            int e = idx.entry[p];
            if (doc.tokenEnd(doc.wordToken(k + len - 1)) > to) {
                long m = matchAt(doc, k, to);
                len = (int) m;
                e = (int) (m >>> 32);
            }
            if (len > 0) {
                int last = doc.wordToken(k + len - 1);
                out.add(new PhraseMatch(e, k, k + len - 1, doc.tokenStart(t), doc.tokenEnd(last)));
                int next = k + len;
                while (p < idx.count && idx.positions[p] < next) {
                    p++;
                }
            } else {
                p++;
            }
        }
        return out;
    }

    /** The longest-match table of this lexicon over a document, computed once per document. */
    Index index(JdDocument doc) {
        // no "last document" field on the lexicon: written by every thread that lints, it would bounce between
        // cores; the thread's own slot answers repeated questions about one document
        return DocumentData.get(doc, slot, this, Index.class, scanner);
    }

    private final int slot = DocumentData.newSlot();

    private final java.util.function.Function<JdDocument, Index> scanner = this::scan;

    /**
     * Where the lexicon's phrases start in a document, sparse: the word positions with a match, in order, and the
     * longest entry and its length at each.
     */
    static final class Index {
        /** The index of a lexicon with no match in the document. */
        static final Index EMPTY = new Index(new int[0], new int[0], new int[0], 0);

        final int[] positions;
        final int[] len;
        final int[] entry;
        final int count;

        Index(int[] positions, int[] len, int[] entry, int count) {
            this.positions = positions;
            this.len = len;
            this.entry = entry;
            this.count = count;
        }

        /**
         * The positions as bits (word position k is bit k), with the number of set bits before each 64-bit word
         * ({@code ranks}), so that the slot of a position is a rank: two array reads and a bit count, in 1/32 of the
         * memory of a position-to-slot table. Built on the first lookup.
         */
        private volatile @org.jspecify.annotations.Nullable Ranks ranks;

        private static final class Ranks {
            final long[] bits;
            final int[] before;

            Ranks(int[] positions, int count) {
                int words = (positions[count - 1] >>> 6) + 1;
                bits = new long[words];
                before = new int[words];
                for (int i = 0; i < count; i++) {
                    bits[positions[i] >>> 6] |= 1L << positions[i];
                }
                int sum = 0;
                for (int w = 0; w < words; w++) {
                    before[w] = sum;
                    sum += Long.bitCount(bits[w]);
                }
            }
        }

        /** The slot of word {@code k}, or -1. */
        /** The entry of the longest phrase starting at word {@code k}, or -1. */
        int entryAt(int k) {
            int i = slot(k);
            return i >= 0 ? entry[i] : -1;
        }

        /** The number of words of the longest phrase starting at word {@code k}, or 0. */
        int lengthAt(int k) {
            int i = slot(k);
            return i >= 0 ? len[i] : 0;
        }

        int slot(int k) {
            if (count == 0 || k < positions[0] || k > positions[count - 1]) {
                return -1;
            }
            Ranks r = ranks;
            if (r == null) {
                r = new Ranks(positions, count);
                ranks = r;
            }
            long word = r.bits[k >>> 6];
            long bit = 1L << k;
            if ((word & bit) == 0) {
                return -1;
            }
            return r.before[k >>> 6] + Long.bitCount(word & (bit - 1));
        }
    }

    /** The index of this lexicon alone over a document, without the document cache (tests compare it with a set's). */
    Index scan(JdDocument doc) {
        int n = doc.wordCount();
        int[] pos = new int[8];
        int[] len = new int[8];
        int[] entry = new int[8];
        int count = 0;
        for (int k = 0; k < n; k++) {
            long m = matchAt(doc, k, Integer.MAX_VALUE);
            if ((int) m > 0) {
                if (count == pos.length) {
                    pos = java.util.Arrays.copyOf(pos, count * 2);
                    len = java.util.Arrays.copyOf(len, count * 2);
                    entry = java.util.Arrays.copyOf(entry, count * 2);
                }
                pos[count] = k;
                len[count] = (int) m;
                entry[count] = (int) (m >>> 32);
                count++;
            }
        }
        return count == 0 ? Index.EMPTY : new Index(pos, len, entry, count);
    }

    /** The words of a variant (for {@link LexiconSet}). */
    String[] variantWords(int v) {
        return vwords[v];
    }

    /** The entry of a variant. */
    int variantEntry(int v) {
        return ventry[v];
    }

    /** Whether variant {@code v} needs punctuation between its words or its entry has {@code notIf} contexts. */
    boolean needsChecks(int v) {
        return vgaps[v] != null || guards[ventry[v]] != null;
    }

    /** The number of variants (word sequences) of all entries. */
    int variantCount() {
        return vwords.length;
    }

    /**
     * Whether variant {@code v}, whose words were found at word {@code k}, has its required punctuation between the
     * words.
     */
    boolean gapsHold(JdDocument doc, int v, int k) {
        String[] g = vgaps[v];
        return g == null || gapsBetween(doc, g, k);
    }

    /**
     * Whether the words from word {@code k} on have the punctuation {@code gaps} requires before each of them
     * ({@code gaps[j]}, null where none is).
     */
    static boolean gapsBetween(JdDocument doc, @org.jspecify.annotations.Nullable String[] gaps, int k) {
        for (int j = 1; j < gaps.length; j++) {
            String g = gaps[j];
            if (g != null && !between(doc, k + j - 1, g)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the punctuation tokens after word {@code k} (up to the next word) contain {@code punct}. */
    private static boolean between(JdDocument doc, int k, String punct) {
        int from = doc.wordToken(k) + 1;
        int to = k + 1 < doc.wordCount() ? doc.wordToken(k + 1) : doc.tokenCount();
        if (punct.length() == 1) {
            // punctuation tokens are one character each (or one surrogate pair, which is no ASCII mark)
            char c = punct.charAt(0);
            String text = doc.text();
            for (int t = from; t < to; t++) {
                if (doc.tokenEnd(t) - doc.tokenStart(t) == 1 && text.charAt(doc.tokenStart(t)) == c) {
                    return true;
                }
            }
            return false;
        }
        StringBuilder s = new StringBuilder();
        for (int t = from; t < to; t++) {
            s.append(doc.token(t));
        }
        return s.indexOf(punct) >= 0;
    }

    /**
     * Whether a {@code notIf} context of the entry matches words overlapping the words {@code [first, last]}; one walk
     * of its context tree per start position near the match, asked only for matches.
     */
    boolean cancelled(JdDocument doc, int entry, int first, int last) {
        GuardTree g = guards[entry];
        return g != null && g.covers(doc, first, last);
    }

    /**
     * Every match lying in the normalized range, by scanning it directly instead of building the document's
     * index; for small ranges such as a heading.
     */
    @Override
    public List<PhraseMatch> findAllInRange(JdDocument doc, int from, int to) {
        List<PhraseMatch> out = new ArrayList<>();
        int n = doc.wordCount();
        int k = doc.firstWordAtOrAfter(from);
        while (k < n) {
            int t = doc.wordToken(k);
            if (doc.tokenStart(t) >= to) {
                break;
            }
            long m = matchAt(doc, k, to);
            int len = (int) m;
            if (len > 0) {
                int e = (int) (m >>> 32);
                int last = doc.wordToken(k + len - 1);
                out.add(new PhraseMatch(e, k, k + len - 1, doc.tokenStart(t), doc.tokenEnd(last)));
                k += len;
            } else {
                k++;
            }
        }
        return out;
    }

    /** Whether any phrase occurs in the normalized range. */
    @Override
    public boolean occursIn(JdDocument doc, int from, int to) {
        return !findAll(doc, from, to).isEmpty();
    }

    /** The entry of the longest phrase starting at word {@code k}, or -1. */
    @Override
    public int entryAt(JdDocument doc, int k) {
        return index(doc).entryAt(k);
    }

    /** The number of words of the longest phrase starting at word {@code k}, or 0. */
    @Override
    public int lengthAt(JdDocument doc, int k) {
        return index(doc).lengthAt(k);
    }

    /**
     * This lexicon with its match index over {@code doc} at hand: the same answers, but questions about {@code doc}
     * (a rule asks thousands per document) go to the index without the per-thread lookup of the document's data.
     * Questions about another document are answered as this lexicon answers them.
     */
    public Lexicon boundTo(JdDocument doc) {
        return new Bound(this, doc, index(doc));
    }

    /** The lexicon itself when {@code l} is one bound to a document by {@link #boundTo}; otherwise {@code l}. */
    public static Lexicon unbound(Lexicon l) {
        return l instanceof Bound b ? b.lex : l;
    }

    /** A lexicon bound to one document's index; see {@link #boundTo}. */
    private static final class Bound implements Lexicon {
        private final PhraseLexicon lex;
        private final JdDocument doc;
        private final Index idx;

        Bound(PhraseLexicon lex, JdDocument doc, Index idx) {
            this.lex = lex;
            this.doc = doc;
            this.idx = idx;
        }

        @Override
        public String name() {
            return lex.name();
        }

        @Override
        public List<String> phrases() {
            return lex.phrases();
        }

        @Override
        public String phrase(int entry) {
            return lex.phrase(entry);
        }

        @Override
        public String attribute(int entry, String key) {
            return lex.attribute(entry, key);
        }

        @Override
        public Map<String, String> attributes(int entry) {
            return lex.attributes(entry);
        }

        @Override
        public List<PhraseMatch> findAll(JdDocument d) {
            return findAll(d, 0, d.text().length());
        }

        // Identity on purpose: the bound index is of this very document object.
        @SuppressWarnings("ReferenceEquality")
        @Override
        public List<PhraseMatch> findAll(JdDocument d, int from, int to) {
            return d == doc ? lex.findAll(d, idx, from, to) : lex.findAll(d, from, to);
        }

        @Override
        public List<PhraseMatch> findAllInRange(JdDocument d, int from, int to) {
            return lex.findAllInRange(d, from, to);
        }

        @Override
        public boolean occursIn(JdDocument d, int from, int to) {
            return !findAll(d, from, to).isEmpty();
        }

        @SuppressWarnings("ReferenceEquality")
        @Override
        public int entryAt(JdDocument d, int k) {
            return d == doc ? idx.entryAt(k) : lex.entryAt(d, k);
        }

        @SuppressWarnings("ReferenceEquality")
        @Override
        public int lengthAt(JdDocument d, int k) {
            return d == doc ? idx.lengthAt(k) : lex.lengthAt(d, k);
        }

        @Override
        public String toString() {
            return "word list '" + lex.name() + "'";
        }
    }

    /** The longest match at word {@code k}: entry in the high 32 bits, word count in the low ones; 0 if none. */
    private long matchAt(JdDocument doc, int k, int to) {
        int t = doc.wordToken(k);
        int[] cands = byFirst.get(doc.text(), doc.tokenStart(t), doc.tokenEnd(t));
        if (cands == null) {
            return 0;
        }
        int n = doc.wordCount();
        int sentence = doc.sentence(t);
        for (int v : cands) {
            String[] p = vwords[v];
            if (k + p.length > n) {
                continue;
            }
            boolean ok = true;
            for (int j = 1; j < p.length; j++) {
                int t2 = doc.wordToken(k + j);
                if (doc.sentence(t2) != sentence
                        || doc.tokenEnd(t2) > to
                        || !doc.token(t2).equals(p[j])) {
                    ok = false;
                    break;
                }
            }
            if (ok
                    && doc.tokenEnd(doc.wordToken(k + p.length - 1)) <= to
                    && gapsHold(doc, v, k)
                    && !cancelled(doc, ventry[v], k, k + p.length - 1)) {
                return ((long) ventry[v] << 32) | p.length;
            }
        }
        return 0;
    }
}
