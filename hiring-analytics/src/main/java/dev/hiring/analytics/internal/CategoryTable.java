package dev.hiring.analytics.internal;

import java.util.Arrays;

/**
 * The distinct values of one CSV column, each numbered in first-seen order, looked up straight from the parser's
 * characters: a value already seen costs a hash over its characters and one comparison, no string; a new value
 * is copied once. A few values are compared one by one; more through a hash table (open addressing over a
 * power of two, at most half full).
 *
 * <p>Not thread-safe.
 */
public final class CategoryTable {
    /** Up to this many values are found by comparing with each; beyond, through the hash table. */
    private static final int LINEAR = 8;

    private String[] names = new String[8];
    private char[][] keys = new char[8][];
    private int[] hashes = new int[8];
    /** Slot to id + 1; 0 is an empty slot. */
    private int[] slots = new int[16];

    private int size;

    /** The number of distinct values seen. */
    public int size() {
        return size;
    }

    /** The value numbered {@code id}. */
    public String name(int id) {
        return names[id];
    }

    /** The number of {@code value}, adding it if it is new. */
    int id(String value) {
        char[] c = value.toCharArray();
        return id(c, 0, c.length);
    }

    /** The number of the value {@code buf[offset, offset + len)}, adding it if it is new. */
    int id(char[] buf, int offset, int len) {
        if (size <= LINEAR) {
            // a few values (the usual category column): compare lengths, then characters, no hash
            for (int id = 0; id < size; id++) {
                char[] k = keys[id];
                if (k.length == len && Arrays.equals(k, 0, len, buf, offset, offset + len)) {
                    return id;
                }
            }
        }
        int h = 0;
        for (int i = offset; i < offset + len; i++) {
            h = 31 * h + buf[i];
        }
        if (size > LINEAR) {
            int mask = slots.length - 1;
            int s = mix(h) & mask;
            while (true) {
                int e = slots[s];
                if (e == 0) {
                    break;
                }
                int id = e - 1;
                char[] k = keys[id];
                if (hashes[id] == h && k.length == len && Arrays.equals(k, 0, len, buf, offset, offset + len)) {
                    return id;
                }
                s = (s + 1) & mask;
            }
        }
        return add(Arrays.copyOfRange(buf, offset, offset + len), h);
    }

    private int add(char[] key, int h) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        names[size] = new String(key);
        keys[size] = key;
        hashes[size] = h;
        size++;
        if (2 * size > slots.length) {
            slots = new int[slots.length * 2];
            for (int id = 0; id < size; id++) {
                place(id);
            }
        } else {
            place(size - 1);
        }
        return size - 1;
    }

    private void place(int id) {
        int mask = slots.length - 1;
        int s = mix(hashes[id]) & mask;
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = id + 1;
    }

    /** Spreads the string hash's low bits (short values differ mostly in their last characters). */
    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
