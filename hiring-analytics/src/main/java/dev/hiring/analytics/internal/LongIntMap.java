package dev.hiring.analytics.internal;

import java.util.Arrays;

/**
 * A small open-addressing hash map from {@code long} keys to non-negative {@code int} values, without boxing; for
 * the per-row group lookups of streamed CSV. Not thread-safe.
 */
public final class LongIntMap {
    private long[] keys = new long[64];
    private int[] values = new int[64];
    private int size;

    /** Creates an empty map. */
    public LongIntMap() {
        Arrays.fill(values, -1);
    }

    /** The value of {@code key}, or -1. */
    public int get(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (true) {
            int v = values[i];
            if (v < 0) {
                return -1;
            }
            if (keys[i] == key) {
                return v;
            }
            i = (i + 1) & mask;
        }
    }

    /** Maps {@code key} to {@code value} (≥ 0); the key must be absent. */
    public void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(key, value);
        size++;
    }

    /** The number of keys. */
    public int size() {
        return size;
    }

    private void insert(long key, int value) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (values[i] >= 0) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(values, -1);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] >= 0) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
