package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.PhraseMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SDK's {@link Lexicon}, and the matching engine behind it: phrases matched as whole word tokens of the normalized text, within one sentence, longest first
 * and without overlap. Each phrase may carry attributes (a suggestion, a category). Matching is a table lookup
 * per word, so it is linear in the text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PhraseLexicon implements Lexicon {
    private final String name;
    private final List<String> phrases;
    private final List<Map<String, String>> attributes;
    private final String[][] tokens;
    private final WordTable<int[]> byFirst;

    private PhraseLexicon(String name, List<String> phrases, List<Map<String, String>> attributes) {
        this.name = name;
        this.phrases = List.copyOf(phrases);
        this.attributes = List.copyOf(attributes);
        this.tokens = new String[phrases.size()][];
        Map<String, List<Integer>> first = new HashMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            tokens[i] = PhraseTokens.of(phrases.get(i));
            if (tokens[i].length > 0) {
                first.computeIfAbsent(tokens[i][0], k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> m = new HashMap<>();
        for (Map.Entry<String, List<Integer>> e : first.entrySet()) {
            List<Integer> l = new ArrayList<>(e.getValue());
            l.sort(Comparator.comparingInt((Integer i) -> -tokens[i].length).thenComparingInt(i -> i));
            m.put(e.getKey(), l.stream().mapToInt(Integer::intValue).toArray());
        }
        this.byFirst = WordTable.of(m);
    }

    /** A lexicon of phrases without attributes. */
    public static PhraseLexicon of(String name, List<String> phrases) {
        List<Map<String, String>> attrs = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            attrs.add(Map.of());
        }
        return new PhraseLexicon(name, phrases, attrs);
    }

    /** A lexicon of phrases, each with its attributes (same order and size). */
    public static PhraseLexicon of(String name, List<String> phrases, List<Map<String, String>> attributes) {
        if (phrases.size() != attributes.size()) {
            throw new IllegalArgumentException("phrases and attributes differ in size");
        }
        return new PhraseLexicon(name, phrases, attributes);
    }

    /** The lexicon's name. */
    @Override
    public String name() {
        return name;
    }

    /** The phrases, in order. */
    @Override
    public List<String> phrases() {
        return phrases;
    }

    /** The phrase of an entry. */
    @Override
    public String phrase(int entry) {
        return phrases.get(entry);
    }

    /** An attribute of an entry, or {@code ""} when absent. */
    @Override
    public String attribute(int entry, String key) {
        return attributes.get(entry).getOrDefault(key, "");
    }

    /** The attributes of an entry. */
    @Override
    public Map<String, String> attributes(int entry) {
        return attributes.get(entry);
    }

    /** Returns a copy with phrases added (with the given attributes) and removed. */
    public PhraseLexicon with(List<String> add, List<String> remove, Map<String, String> addedAttributes) {
        List<String> p = new ArrayList<>();
        List<Map<String, String>> a = new ArrayList<>();
        java.util.Set<String> rm = new java.util.HashSet<>();
        for (String r : remove) {
            rm.add(String.join(" ", PhraseTokens.of(r)));
        }
        for (int i = 0; i < phrases.size(); i++) {
            if (!rm.contains(String.join(" ", tokens[i]))) {
                p.add(phrases.get(i));
                a.add(attributes.get(i));
            }
        }
        for (String s : add) {
            p.add(s);
            a.add(addedAttributes);
        }
        return new PhraseLexicon(name, p, a);
    }

    /** Every match in the whole document. */
    @Override
    public List<PhraseMatch> findAll(JdDocument doc) {
        return findAll(doc, 0, doc.text().length());
    }

    /** Every match lying in the normalized range {@code [from, to)}. */
    @Override
    public List<PhraseMatch> findAll(JdDocument doc, int from, int to) {
        Index idx = index(doc);
        List<PhraseMatch> out = new ArrayList<>();
        int n = doc.wordCount();
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
        Last l = last;
        if (l != null && l.doc.get() == doc) {
            return l.index;
        }
        Index idx = DocumentData.get(doc, this, Index.class, d -> scan(d));
        last = new Last(new java.lang.ref.WeakReference<>(doc), idx);
        return idx;
    }

    /** The index of the document looked up last, so per-word calls skip the document's cache. */
    private record Last(java.lang.ref.WeakReference<JdDocument> doc, Index index) {}

    private volatile @org.jspecify.annotations.Nullable Last last;

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

        /** Word position to slot + 1 (0: none), up to the last position; built on the first lookup. */
        private volatile int @org.jspecify.annotations.Nullable [] dense;

        /** The slot of word {@code k}, or -1. */
        int slot(int k) {
            if (count == 0 || k < positions[0] || k > positions[count - 1]) {
                return -1;
            }
            int[] d = dense;
            if (d == null) {
                d = new int[positions[count - 1] + 1];
                for (int i = 0; i < count; i++) {
                    d[positions[i]] = i + 1;
                }
                dense = d;
            }
            return d[k] - 1;
        }
    }

    private Index scan(JdDocument doc) {
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

    /** The phrase tokens of an entry (for {@link LexiconSet}). */
    String[] tokens(int entry) {
        return tokens[entry];
    }

    /** The number of entries. */
    int size() {
        return tokens.length;
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
        Index idx = index(doc);
        int i = idx.slot(k);
        return i >= 0 ? idx.entry[i] : -1;
    }

    /** The number of words of the longest phrase starting at word {@code k}, or 0. */
    @Override
    public int lengthAt(JdDocument doc, int k) {
        Index idx = index(doc);
        int i = idx.slot(k);
        return i >= 0 ? idx.len[i] : 0;
    }

    /** The longest match at word {@code k}: entry in the high 32 bits, word count in the low ones; 0 if none. */
    private long matchAt(JdDocument doc, int k, int to) {
        int t = doc.wordToken(k);
        int[] cands = byFirst.get(doc.token(t));
        if (cands == null) {
            return 0;
        }
        int n = doc.wordCount();
        int sentence = doc.sentence(t);
        for (int e : cands) {
            String[] p = tokens[e];
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
            if (ok && doc.tokenEnd(doc.wordToken(k + p.length - 1)) <= to) {
                return ((long) e << 32) | p.length;
            }
        }
        return 0;
    }
}
