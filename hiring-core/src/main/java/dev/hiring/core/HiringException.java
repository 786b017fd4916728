package dev.hiring.core;

/**
 * The root of every exception the SDK throws on purpose. Unchecked, like {@link java.time.DateTimeException}.
 *
 * <p>Messages name the field and the problem, and never echo free text that could hold personal data
 * (candidate notes, names).
 */
public class HiringException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message. */
    public HiringException(String message) {
        super(message);
    }

    /** Creates an exception with a message and a cause. */
    public HiringException(String message, Throwable cause) {
        super(message, cause);
    }
}
