package dev.hiring.jdlint.spi;

import dev.hiring.core.HiringException;

/** A word-list entry that cannot be compiled: the message names the list, the entry and the problem. */
public final class LexiconFormatException extends HiringException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public LexiconFormatException(String message) {
        super(message);
    }
}
