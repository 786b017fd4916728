package dev.hiring.rubric.internal;

import org.jspecify.annotations.Nullable;

/**
 * Immutable values remembered by a small non-negative key, such as a rule's result that depends only on a count or
 * on a value rounded to hundredths: each is made once, on first use, and then shared. Keys outside {@code [0,
 * size)} are not remembered.
 *
 * <p>Thread-safe for values whose fields are all final (records, {@link String}): two threads may both make the
 * value of one key, and either is kept; final fields make a value read by another thread always whole.
 *
 * @param <T> the type of the values; immutable, with final fields only
 */
public final class Memo<T> {
    private final @Nullable Object[] values;

    /** A memo for the keys {@code 0} to {@code size - 1}. */
    public Memo(int size) {
        values = new Object[Math.max(0, size)];
    }

    /** The value remembered for {@code key}, or null if none is yet (or the key is out of range). */
    @SuppressWarnings("unchecked")
    public @Nullable T get(int key) {
        return key >= 0 && key < values.length ? (T) values[key] : null;
    }

    /** Remembers {@code value} for {@code key} (if in range) and returns it. */
    public T put(int key, T value) {
        if (key >= 0 && key < values.length) {
            values[key] = value;
        }
        return value;
    }
}
