package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.JdDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several lexicons matched together: one table lookup per word of a document fills the match index of every
 * lexicon at once, so rules that each use their own word lists do not each scan the document. Every word of
 * every phrase gets a number; a document's words are looked up once, and phrases are then compared as numbers.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LexiconSet {
    private final PhraseLexicon[] lexicons;
    /** The number of each phrase word. */
    private final WordTable<Integer> vocabulary;
    /** Per word number: the candidate (lexicon, entry) pairs of phrases starting with it, or null. */
    private final long[][] byFirst;
    /** Per lexicon and variant: the word numbers of the phrase. */
    private final int[][][] ids;

    private LexiconSet(List<PhraseLexicon> lexicons) {
        this.lexicons = lexicons.toArray(new PhraseLexicon[0]);
        Map<String, Integer> vocab = new HashMap<>();
        this.ids = new int[this.lexicons.length][][];
        Map<String, List<Long>> m = new HashMap<>();
        for (int l = 0; l < this.lexicons.length; l++) {
            PhraseLexicon lex = this.lexicons[l];
            ids[l] = new int[lex.variantCount()][];
            for (int e = 0; e < lex.variantCount(); e++) {
                String[] t = lex.variantWords(e);
                ids[l][e] = new int[t.length];
                for (int j = 0; j < t.length; j++) {
                    Integer id = vocab.get(t[j]);
                    if (id == null) {
                        id = vocab.size();
                        vocab.put(t[j], id);
                    }
                    ids[l][e][j] = id;
                }
                if (t.length > 0) {
                    m.computeIfAbsent(t[0], k -> new ArrayList<>()).add(((long) l << 32) | e);
                }
            }
        }
        this.byFirst = new long[vocab.size()][];
        for (Map.Entry<String, List<Long>> en : m.entrySet()) {
            List<Long> l = en.getValue();
            l.sort((a, b) -> {
                int la = (int) (a >>> 32);
                int lb = (int) (b >>> 32);
                if (la != lb) {
                    return Integer.compare(la, lb);
                }
                int lenA = this.lexicons[la].variantWords((int) (long) a).length;
                int lenB = this.lexicons[lb].variantWords((int) (long) b).length;
                return lenA != lenB ? Integer.compare(lenB, lenA) : Long.compare(a, b);
            });
            long[] c = new long[l.size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = l.get(i);
            }
            byFirst[java.util.Objects.requireNonNull(vocab.get(en.getKey()))] = c;
        }
        this.vocabulary = WordTable.of(vocab);
    }

    /** A set of lexicons. */
    public static LexiconSet of(List<PhraseLexicon> lexicons) {
        return new LexiconSet(List.copyOf(lexicons));
    }

    /** Computes the match index of every lexicon of the set over the document in one pass. */
    public void index(JdDocument doc) {
        int n = doc.wordCount();
        int[] word = new int[n];
        for (int k = 0; k < n; k++) {
            Integer id = vocabulary.get(doc.token(doc.wordToken(k)));
            word[k] = id == null ? -1 : id;
        }
        int[][] pos = new int[lexicons.length][];
        int[][] len = new int[lexicons.length][];
        int[][] entry = new int[lexicons.length][];
        int[] count = new int[lexicons.length];
        for (int k = 0; k < n; k++) {
            if (word[k] < 0) {
                continue;
            }
            long[] cands = byFirst[word[k]];
            if (cands == null) {
                continue;
            }
            int sentence = doc.sentence(doc.wordToken(k));
            int done = -1;
            for (long c : cands) {
                int l = (int) (c >>> 32);
                if (l == done) {
                    continue;
                }
                int v = (int) c;
                int[] p = ids[l][v];
                if (k + p.length > n) {
                    continue;
                }
                boolean ok = true;
                for (int j = 1; j < p.length; j++) {
                    if (word[k + j] != p[j] || doc.sentence(doc.wordToken(k + j)) != sentence) {
                        ok = false;
                        break;
                    }
                }
                PhraseLexicon lex = lexicons[l];
                if (!ok || !lex.gapsHold(doc, v, k) || lex.cancelled(doc, lex.variantEntry(v), k, k + p.length - 1)) {
                    continue;
                }
                done = l;
                if (pos[l] == null) {
                    pos[l] = new int[8];
                    len[l] = new int[8];
                    entry[l] = new int[8];
                } else if (count[l] == pos[l].length) {
                    int cap = count[l] * 2;
                    pos[l] = java.util.Arrays.copyOf(pos[l], cap);
                    len[l] = java.util.Arrays.copyOf(len[l], cap);
                    entry[l] = java.util.Arrays.copyOf(entry[l], cap);
                }
                pos[l][count[l]] = k;
                len[l][count[l]] = p.length;
                entry[l][count[l]] = lex.variantEntry(v);
                count[l]++;
            }
        }
        for (int l = 0; l < lexicons.length; l++) {
            PhraseLexicon.Index idx = pos[l] == null
                    ? PhraseLexicon.Index.EMPTY
                    : new PhraseLexicon.Index(pos[l], len[l], entry[l], count[l]);
            DocumentData.put(doc, lexicons[l], idx);
        }
    }
}
