package dev.hiring.core;

/**
 * Bytes that are not valid UTF-8 text. Carries the offset of the first bad byte; the message never quotes the
 * input.
 */
public final class MalformedTextException extends HiringException {
    private static final long serialVersionUID = 1L;

    /** The 0-based offset of the first byte that is not UTF-8. */
    private final long byteOffset;

    /**
     * Creates the exception.
     *
     * @param what what was being read, for the message ("request body", a file name)
     * @param byteOffset the 0-based offset of the first byte that is not UTF-8
     */
    public MalformedTextException(String what, long byteOffset) {
        super(what + ": not valid UTF-8 text (byte " + byteOffset + ")");
        this.byteOffset = byteOffset;
    }

    /** The 0-based offset of the first byte that is not UTF-8. */
    public long byteOffset() {
        return byteOffset;
    }
}
