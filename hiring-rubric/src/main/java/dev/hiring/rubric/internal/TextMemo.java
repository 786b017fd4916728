package dev.hiring.rubric.internal;

import org.jspecify.annotations.Nullable;

/**
 * Texts remembered by a small non-negative key, such as a rule detail that depends only on a count or on a value
 * rounded to hundredths: each is built once, on first use, and then shared. Keys outside {@code [0, size)} are not
 * remembered. Thread-safe: two threads may both build the same text, and either copy is kept; a {@link String} is
 * immutable, so a text read by another thread is always whole.
 */
public final class TextMemo {
    private final @Nullable String[] texts;

    /** A memo for the keys {@code 0} to {@code size - 1}. */
    public TextMemo(int size) {
        texts = new String[Math.max(0, size)];
    }

    /** The text remembered for {@code key}, or null if none is yet (or the key is out of range). */
    public @Nullable String get(int key) {
        return key >= 0 && key < texts.length ? texts[key] : null;
    }

    /** Remembers {@code text} for {@code key} (if in range) and returns it. */
    public String put(int key, String text) {
        if (key >= 0 && key < texts.length) {
            texts[key] = text;
        }
        return text;
    }
}
