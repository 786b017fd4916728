package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.JdDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several lexicons matched together: one table lookup per word of a document fills the match index of every
 * lexicon at once, so rules that each use their own word lists do not each scan the document. Every word of
 * every phrase gets a number; a document's words are looked up once, and phrases are then followed as numbers
 * down one tree of all phrases.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LexiconSet {
    private final PhraseLexicon[] lexicons;
    /**
     * The number of each phrase word, as an open-addressing table of (hash, word number) pairs in one array, with
     * the words' characters in one pool: a word of a document that is in no phrase (a third of them) costs one read
     * of the table, and one that is costs the table, the pool and no object.
     */
    private final int[] vocabSlots;

    private final int vocabMask;
    /** The characters of the phrase words, by word number: word {@code i} is {@code [wordStart[i], wordStart[i + 1])}. */
    private final char[] pool;

    private final int[] wordStart;
    /**
     * The phrases as a tree of word numbers: per word number, the node of phrases starting with it, or -1. A
     * document's words are followed down the tree, so a position costs one step per word that still matches some
     * phrase instead of one comparison per phrase that starts with its word.
     */
    private final int[] firstNode;
    /** The children of the nodes: an open-addressing table from (node, word number) to the child node. */
    private final long[] childKeys;

    private final int[] childNodes;
    private final int childMask;
    /**
     * The (lexicon, variant) pairs of the phrases that end at each node, ordered by lexicon then variant, flat: those
     * of node {@code i} are {@code [endFrom[i], endFrom[i + 1])}.
     */
    private final long[] ends;

    private final int[] endFrom;
    /** Per pair: the variant's entry. */
    private final int[] endEntry;
    /** Per pair: whether the phrase needs punctuation between its words or has {@code notIf} contexts to rule out. */
    private final boolean[] endChecks;
    /** Per node: whether any phrase goes on past it (most nodes end a one-word phrase and have no children). */
    private final boolean[] inner;
    /** The most words of any phrase. */
    private final int maxWords;

    private LexiconSet(List<PhraseLexicon> lexicons) {
        this.lexicons = lexicons.toArray(new PhraseLexicon[0]);
        Map<String, Integer> vocab = new HashMap<>();
        Map<Integer, Integer> first = new HashMap<>();
        Map<Long, Integer> children = new HashMap<>();
        List<List<Long>> endsAt = new ArrayList<>();
        int longest = 0;
        for (int l = 0; l < this.lexicons.length; l++) {
            PhraseLexicon lex = this.lexicons[l];
            for (int e = 0; e < lex.variantCount(); e++) {
                String[] t = lex.variantWords(e);
                if (t.length == 0) {
                    continue;
                }
                longest = Math.max(longest, t.length);
                int node = -1;
                for (int j = 0; j < t.length; j++) {
                    Integer id = vocab.get(t[j]);
                    if (id == null) {
                        id = vocab.size();
                        vocab.put(t[j], id);
                    }
                    Integer next = node < 0 ? first.get(id) : children.get(key(node, id));
                    if (next == null) {
                        next = endsAt.size();
                        endsAt.add(new ArrayList<>());
                        if (node < 0) {
                            first.put(id, next);
                        } else {
                            children.put(key(node, id), next);
                        }
                    }
                    node = next;
                }
                endsAt.get(node).add(((long) l << 32) | e);
            }
        }
        this.maxWords = longest;
        this.firstNode = new int[vocab.size()];
        java.util.Arrays.fill(firstNode, -1);
        for (Map.Entry<Integer, Integer> f : first.entrySet()) {
            firstNode[f.getKey()] = f.getValue();
        }
        int cap = Integer.highestOneBit(Math.max(4, children.size() * 2) - 1) << 1;
        this.childKeys = new long[cap];
        this.childNodes = new int[cap];
        this.childMask = cap - 1;
        java.util.Arrays.fill(childKeys, -1L);
        for (Map.Entry<Long, Integer> c : children.entrySet()) {
            int i = slot(c.getKey());
            while (childKeys[i] != -1L) {
                i = (i + 1) & childMask;
            }
            childKeys[i] = c.getKey();
            childNodes[i] = c.getValue();
        }
        this.inner = new boolean[endsAt.size()];
        for (long key : children.keySet()) {
            inner[(int) (key >>> 32)] = true;
        }
        this.endFrom = new int[endsAt.size() + 1];
        int pairs = 0;
        for (List<Long> l : endsAt) {
            pairs += l.size();
        }
        this.ends = new long[pairs];
        this.endEntry = new int[pairs];
        this.endChecks = new boolean[pairs];
        int at = 0;
        for (int i = 0; i < endsAt.size(); i++) {
            endFrom[i] = at;
            for (long c :
                    endsAt.get(i).stream().mapToLong(Long::longValue).sorted().toArray()) {
                PhraseLexicon lex = this.lexicons[(int) (c >>> 32)];
                int v = (int) c;
                ends[at] = c;
                endEntry[at] = lex.variantEntry(v);
                endChecks[at] = lex.needsChecks(v);
                at++;
            }
        }
        endFrom[endsAt.size()] = at;
        String[] words = new String[vocab.size()];
        for (Map.Entry<String, Integer> w : vocab.entrySet()) {
            words[w.getValue()] = w.getKey();
        }
        this.wordStart = new int[words.length + 1];
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            wordStart[i] = chars.length();
            chars.append(words[i]);
        }
        wordStart[words.length] = chars.length();
        this.pool = chars.toString().toCharArray();
        int vcap = Integer.highestOneBit(Math.max(4, words.length * 4) - 1) << 1;
        this.vocabSlots = new int[2 * vcap];
        this.vocabMask = vcap - 1;
        for (int i = 0; i < vcap; i++) {
            vocabSlots[2 * i + 1] = -1;
        }
        for (int id = 0; id < words.length; id++) {
            String w = words[id];
            int h = WordTable.hash(w, 0, w.length());
            int i = h & vocabMask;
            while (vocabSlots[2 * i + 1] >= 0) {
                i = (i + 1) & vocabMask;
            }
            vocabSlots[2 * i] = h;
            vocabSlots[2 * i + 1] = id;
        }
    }

    /** The number of the phrase word {@code s[from, to)}, or -1. */
    private int wordNumber(String s, int from, int to) {
        int n = to - from;
        int h = WordTable.hash(s, from, to);
        int i = h & vocabMask;
        for (int id = vocabSlots[2 * i + 1]; id >= 0; id = vocabSlots[2 * i + 1]) {
            if (vocabSlots[2 * i] == h
                    && wordStart[id + 1] - wordStart[id] == n
                    && samePool(s, from, wordStart[id], n)) {
                return id;
            }
            i = (i + 1) & vocabMask;
        }
        return -1;
    }

    private boolean samePool(String s, int from, int at, int n) {
        for (int j = 0; j < n; j++) {
            if (s.charAt(from + j) != pool[at + j]) {
                return false;
            }
        }
        return true;
    }

    private static long key(int node, int word) {
        return ((long) node << 32) | (word & 0xFFFFFFFFL);
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & childMask;
    }

    /** The child of {@code node} by word number {@code word}, or -1. */
    private int child(int node, int word) {
        long key = key(node, word);
        int i = slot(key);
        for (long k = childKeys[i]; k != -1L; k = childKeys[i]) {
            if (k == key) {
                return childNodes[i];
            }
            i = (i + 1) & childMask;
        }
        return -1;
    }

    /** A set of lexicons. */
    public static LexiconSet of(List<PhraseLexicon> lexicons) {
        return new LexiconSet(List.copyOf(lexicons));
    }

    /**
     * Computes the match index of every lexicon of the set over the document in one pass: at each word, the
     * longest phrase of each lexicon that starts there, lies in one sentence, has its punctuation and is not
     * cancelled by a {@code notIf} context (the same answers as each lexicon's own scan).
     */
    public void index(JdDocument doc) {
        int n = doc.wordCount();
        int[] word = new int[n];
        String text = doc.text();
        for (int k = 0; k < n; k++) {
            int t = doc.wordToken(k);
            word[k] = wordNumber(text, doc.tokenStart(t), doc.tokenEnd(t));
        }
        int[][] pos = new int[lexicons.length][];
        int[][] len = new int[lexicons.length][];
        int[][] entry = new int[lexicons.length][];
        int[] count = new int[lexicons.length];
        int[] doneAt = new int[lexicons.length];
        int[] path = new int[Math.max(1, maxWords)];
        for (int k = 0; k < n; k++) {
            int node = word[k] < 0 ? -1 : firstNode[word[k]];
            if (node < 0) {
                continue;
            }
            int sentence = doc.sentence(doc.wordToken(k));
            int depth = 0;
            path[depth++] = node;
            while (inner[node] && k + depth < n && depth < path.length) {
                int w = word[k + depth];
                if (w < 0 || doc.sentence(doc.wordToken(k + depth)) != sentence) {
                    break;
                }
                node = child(node, w);
                if (node < 0) {
                    break;
                }
                path[depth++] = node;
            }
            // longest first; within a length, by lexicon then variant: each lexicon takes its first that holds
            for (int d = depth - 1; d >= 0; d--) {
                for (int x = endFrom[path[d]], to = endFrom[path[d] + 1]; x < to; x++) {
                    long c = ends[x];
                    int l = (int) (c >>> 32);
                    if (doneAt[l] == k + 1) {
                        continue;
                    }
                    if (endChecks[x]) {
                        PhraseLexicon lex = lexicons[l];
                        if (!lex.gapsHold(doc, (int) c, k) || lex.cancelled(doc, endEntry[x], k, k + d)) {
                            continue;
                        }
                    }
                    doneAt[l] = k + 1;
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
                    len[l][count[l]] = d + 1;
                    entry[l][count[l]] = endEntry[x];
                    count[l]++;
                }
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
