package dev.hiring.benchmarks;

import dev.hiring.core.HiringException;
import java.nio.file.Path;

/**
 * Bad input to the lint evaluation: a label or floors file that cannot be read or has a malformed row, or a
 * posting it names that is missing. The message is {@code FILE:LINE: PROBLEM} ({@code FILE: PROBLEM} when the
 * problem is not on one line).
 */
@org.jspecify.annotations.NullMarked
public final class LabelFileException extends HiringException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param file the label (or floors) file
     * @param line the 1-based line of the problem, or 0 when it concerns the whole file
     * @param problem what is wrong
     */
    public LabelFileException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file.toString();
        this.line = line;
        this.problem = problem;
    }

    /** The label (or floors) file, as given. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }
}
