package dev.hiring.jdlint.internal;

import java.util.Map;

/**
 * An immutable lookup table from words to values for the per-word hot loops: open addressing with a hash of the
 * length and three characters, so a miss (most words of a document) costs a few character reads instead of a full
 * string hash. Answers exactly as {@link Map#get} on the map it was built from.
 *
 * @param <V> the value type
 */
public final class WordTable<V> {
    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;

    private WordTable(Map<String, V> map) {
        int cap = Integer.highestOneBit(Math.max(4, map.size() * 4) - 1) << 1;
        keys = new String[cap];
        hashes = new int[cap];
        values = new Object[cap];
        mask = cap - 1;
        for (Map.Entry<String, V> e : map.entrySet()) {
            int h = hash(e.getKey());
            int i = h & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = e.getKey();
            hashes[i] = h;
            values[i] = e.getValue();
        }
    }

    /** A table with the entries of {@code map}. */
    public static <V> WordTable<V> of(Map<String, V> map) {
        return new WordTable<>(map);
    }

    private static int hash(String s) {
        return hash(s, 0, s.length());
    }

    /**
     * The hash of the word {@code s[from, to)}: of its length and three characters (first, middle, last), spread by
     * the MurmurHash3 32-bit finalizer so that neighbouring keys spread over a table; 0 for an empty word. Shared
     * by the word tables of this package.
     */
    static int hash(String s, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return 0;
        }
        int h = ((s.charAt(from) * 31 + s.charAt(from + (n >>> 1))) * 31 + s.charAt(to - 1)) * 31 + n;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /**
     * The value of the word {@code text[from, to)}, or {@code null}: as {@link #get(String)} on that substring,
     * reading the characters in place.
     */
    @SuppressWarnings("unchecked")
    public @org.jspecify.annotations.Nullable V get(String text, int from, int to) {
        int n = to - from;
        int h = hash(text, from, to);
        int i = h & mask;
        for (String k = keys[i]; k != null; k = keys[i]) {
            if (hashes[i] == h && k.length() == n && text.regionMatches(from, k, 0, n)) {
                return (V) values[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    /** The value of {@code word}, or {@code null}. */
    @SuppressWarnings("unchecked")
    public @org.jspecify.annotations.Nullable V get(String word) {
        int h = hash(word);
        int i = h & mask;
        for (String k = keys[i]; k != null; k = keys[i]) {
            if (hashes[i] == h && k.equals(word)) {
                return (V) values[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }
}
