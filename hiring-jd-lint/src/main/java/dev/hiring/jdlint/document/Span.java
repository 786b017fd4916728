package dev.hiring.jdlint.document;

/**
 * A range of the original text: offsets (start inclusive, end exclusive, in UTF-16 units) and 1-based lines and
 * columns of its first and last character ({@code endColumn} is exclusive, as in SARIF regions).
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param line 1-based line of {@code start}
 * @param column 1-based column of {@code start}
 * @param endLine 1-based line of {@code end}
 * @param endColumn 1-based column of {@code end} (exclusive)
 */
public record Span(int start, int end, int line, int column, int endLine, int endColumn) {
    /** Checks that the span is well-formed. */
    public Span {
        if (start < 0 || end < start || line < 1 || column < 1 || endLine < line) {
            throw new IllegalArgumentException("invalid span " + start + ".." + end);
        }
    }
}
