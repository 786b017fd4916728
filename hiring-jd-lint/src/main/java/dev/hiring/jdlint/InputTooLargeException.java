package dev.hiring.jdlint;

import dev.hiring.core.HiringException;

/** A job description is longer than the configured size limit. */
public final class InputTooLargeException extends HiringException {
    private static final long serialVersionUID = 1L;

    /** The size of the rejected input in characters, or -1 when a stream was not read to its end. */
    private final long size;

    /** The limit, in characters. */
    private final long limit;

    /** Creates the exception for an input of {@code size} characters over a limit of {@code limit}. */
    public InputTooLargeException(long size, long limit) {
        super("job description is " + size + " characters long, more than the limit of " + limit
                + " (raise it with the maxInputChars option)");
        this.size = size;
        this.limit = limit;
    }

    /**
     * Creates the exception for a stream that was not read to its end because it already held more than the limit
     * allows; its size is not known ({@link #size()} is -1).
     */
    public InputTooLargeException(long limit) {
        super("job description is longer than the limit of " + limit
                + " characters (raise it with the maxInputChars option)");
        this.size = -1;
        this.limit = limit;
    }

    /** The size of the rejected input, in characters, or -1 when a stream was not read to its end. */
    public long size() {
        return size;
    }

    /** The limit, in characters. */
    public long limit() {
        return limit;
    }
}
