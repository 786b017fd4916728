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
    private final Object[] values;
    private final int mask;

    private WordTable(Map<String, V> map) {
        int cap = Integer.highestOneBit(Math.max(4, map.size() * 4) - 1) << 1;
        keys = new String[cap];
        values = new Object[cap];
        mask = cap - 1;
        for (Map.Entry<String, V> e : map.entrySet()) {
            int i = hash(e.getKey()) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = e.getKey();
            values[i] = e.getValue();
        }
    }

    /** A table with the entries of {@code map}. */
    public static <V> WordTable<V> of(Map<String, V> map) {
        return new WordTable<>(map);
    }

    private static int hash(String s) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        int h = n * 0x9E3779B1 + s.charAt(0) * 31 + s.charAt(n - 1) * 961 + s.charAt(n >>> 1) * 29791;
        return h ^ (h >>> 15);
    }

    /** The value of {@code word}, or {@code null}. */
    @SuppressWarnings("unchecked")
    public @org.jspecify.annotations.Nullable V get(String word) {
        int i = hash(word) & mask;
        for (String k = keys[i]; k != null; k = keys[i]) {
            if (k.equals(word)) {
                return (V) values[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }
}
