package dev.hiring.reliability;

import java.nio.charset.StandardCharsets;

/** How the fuzz tests read their bytes: the first picks a reader, the rest is the text; an empty input is empty text. */
final class FuzzBytes {
    private FuzzBytes() {}

    /** The first byte, or 0 for an empty input. */
    static byte first(byte[] input) {
        return input.length == 0 ? 0 : input[0];
    }

    /** The bytes after the first as UTF-8 text; empty for an input of at most one byte. */
    static String rest(byte[] input) {
        return input.length <= 1 ? "" : new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
    }
}
