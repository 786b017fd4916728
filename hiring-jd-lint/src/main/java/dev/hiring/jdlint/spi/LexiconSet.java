package dev.hiring.jdlint.spi;

import dev.hiring.jdlint.JdDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several lexicons matched together: one table lookup per word of a document fills the match index of every
 * lexicon at once, so rules that each use their own word lists do not each scan the document.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LexiconSet {
    private final Lexicon[] lexicons;
    private final dev.hiring.jdlint.internal.WordTable<long[]> byFirst;

    private LexiconSet(List<Lexicon> lexicons) {
        this.lexicons = lexicons.toArray(new Lexicon[0]);
        Map<String, List<Long>> m = new HashMap<>();
        for (int l = 0; l < this.lexicons.length; l++) {
            Lexicon lex = this.lexicons[l];
            for (int e = 0; e < lex.size(); e++) {
                String[] t = lex.tokens(e);
                if (t.length > 0) {
                    m.computeIfAbsent(t[0], k -> new ArrayList<>()).add(((long) l << 32) | e);
                }
            }
        }
        Map<String, long[]> out = new HashMap<>();
        for (Map.Entry<String, List<Long>> en : m.entrySet()) {
            List<Long> l = en.getValue();
            l.sort((a, b) -> {
                int la = (int) (a >>> 32);
                int lb = (int) (b >>> 32);
                if (la != lb) {
                    return Integer.compare(la, lb);
                }
                int lenA = this.lexicons[la].tokens((int) (long) a).length;
                int lenB = this.lexicons[lb].tokens((int) (long) b).length;
                return lenA != lenB ? Integer.compare(lenB, lenA) : Long.compare(a, b);
            });
            out.put(en.getKey(), l.stream().mapToLong(Long::longValue).toArray());
        }
        this.byFirst = dev.hiring.jdlint.internal.WordTable.of(out);
    }

    /** A set of lexicons. */
    public static LexiconSet of(List<Lexicon> lexicons) {
        return new LexiconSet(List.copyOf(lexicons));
    }

    /** Computes the match index of every lexicon of the set over the document in one pass. */
    public void index(JdDocument doc) {
        int n = doc.wordCount();
        int[][] pos = new int[lexicons.length][];
        int[][] len = new int[lexicons.length][];
        int[][] entry = new int[lexicons.length][];
        int[] count = new int[lexicons.length];
        for (int k = 0; k < n; k++) {
            int t = doc.wordToken(k);
            long[] cands = byFirst.get(doc.token(t));
            if (cands == null) {
                continue;
            }
            int sentence = doc.sentence(t);
            int done = -1;
            for (long c : cands) {
                int l = (int) (c >>> 32);
                if (l == done) {
                    continue;
                }
                int e = (int) c;
                String[] p = lexicons[l].tokens(e);
                if (k + p.length > n) {
                    continue;
                }
                boolean ok = true;
                for (int j = 1; j < p.length; j++) {
                    int t2 = doc.wordToken(k + j);
                    if (doc.sentence(t2) != sentence || !doc.token(t2).equals(p[j])) {
                        ok = false;
                        break;
                    }
                }
                if (!ok) {
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
                entry[l][count[l]] = e;
                count[l]++;
            }
        }
        for (int l = 0; l < lexicons.length; l++) {
            Lexicon.Index idx =
                    pos[l] == null ? Lexicon.Index.EMPTY : new Lexicon.Index(pos[l], len[l], entry[l], count[l]);
            doc.putDerived(lexicons[l], idx);
        }
    }
}
