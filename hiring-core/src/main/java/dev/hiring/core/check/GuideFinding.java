package dev.hiring.core.check;

import dev.hiring.core.Severity;
import java.util.Objects;

/**
 * One way a value departs from the guide: which check, how severe, where ({@code stages[2].duration}) and what
 * to do about it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param checkId the kebab-case id of the check, such as {@code touchpoints}
 * @param severity how serious it is
 * @param path the field it is about, or the empty string for the whole value
 * @param message what is wrong and what the guide asks for
 */
public record GuideFinding(String checkId, Severity severity, String path, String message) {
    /** Validates that every part is present. */
    public GuideFinding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
