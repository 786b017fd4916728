package dev.hiring.core;

/**
 * Input that could not be read at all: malformed JSON, an unknown field, a value of the wrong type. Carries the
 * 1-based line and column of the problem (0 when unknown) and the JSON path where known. The message never
 * quotes the input itself.
 */
public class HiringParseException extends HiringException {
    private static final long serialVersionUID = 1L;

    /** The 1-based line of the problem, or 0 if unknown. */
    private final int line;

    /** The 1-based column of the problem, or 0 if unknown. */
    private final int column;

    /** The JSON path of the problem, or {@code $} if unknown. */
    private final String path;

    /** Creates a parse error at a position. */
    public HiringParseException(String message, String path, int line, int column, Throwable cause) {
        super(format(message, path, line, column), cause);
        this.line = line;
        this.column = column;
        this.path = path;
    }

    /** Creates a parse error at a position, without a cause. */
    public HiringParseException(String message, String path, int line, int column) {
        super(format(message, path, line, column));
        this.line = line;
        this.column = column;
        this.path = path;
    }

    /** The 1-based line of the problem, or 0 if unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 if unknown. */
    public int column() {
        return column;
    }

    /** The JSON path of the problem ({@code $.stages[1].kind}), or {@code $} if unknown. */
    public String path() {
        return path;
    }

    private static String format(String message, String path, int line, int column) {
        StringBuilder sb = new StringBuilder(message);
        if (line > 0) {
            sb.append(" at line ").append(line).append(", column ").append(column);
        }
        if (!path.isEmpty() && !"$".equals(path)) {
            sb.append(" (").append(path).append(')');
        }
        return sb.toString();
    }
}
