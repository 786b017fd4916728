package dev.hiring.core;

import java.util.Objects;

/**
 * One broken rule of a value: where ({@code path}, e.g. {@code $.rubricCriteria[2].weight} or {@code max})
 * and what ({@code message}, e.g. {@code must be > 0, was -1}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param path the field, as a JSON-path-like string; never null
 * @param message what is wrong with it; never null
 */
public record Violation(String path, String message) {
    /** Validates that both parts are present. */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** Returns this violation with {@code prefix} put before its path ({@code $.role} + {@code title}). */
    public Violation under(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        if (path.isEmpty()) {
            return new Violation(prefix, message);
        }
        return new Violation(path.startsWith("[") ? prefix + path : prefix + "." + path, message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
