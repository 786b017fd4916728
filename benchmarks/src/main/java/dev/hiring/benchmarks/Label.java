package dev.hiring.benchmarks;

import java.nio.file.Path;

/**
 * One row of a label file: what a reader decided about one posting and one rule (or one {@code list:} pseudo-rule).
 *
 * @param source the label file
 * @param row the 1-based line of the row in the label file
 * @param file the posting as written in the label file, such as {@code jd/001-x.md}
 * @param path the posting resolved against the parent of the corpus directory
 * @param rule a jd-lint rule id, or {@code list:responsibilities} / {@code list:requirements}
 * @param label {@code violates}, {@code ok} or {@code arguable} for a rule; {@code present} or {@code absent} for a
 *     {@code list:} row
 * @param line the 1-based line of the evidence in the posting, or 0 when none was given
 * @param reason the reader's one-line reason
 */
@org.jspecify.annotations.NullMarked
public record Label(Path source, int row, String file, Path path, String rule, String label, int line, String reason) {
    /** Whether the label is {@code arguable} (left out of every score). */
    public boolean isArguable() {
        return label.equals(Labels.ARGUABLE);
    }

    /** Whether the label is the positive class: {@code violates} for a rule, {@code present} for a list. */
    public boolean isPositive() {
        return label.equals(Labels.VIOLATES) || label.equals(Labels.PRESENT);
    }
}
