package dev.hiring.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Data that is well-formed but not valid: a band whose minimum exceeds its maximum, a role with two
 * responsibilities, an id that is not kebab-case. Lists every violation with its path.
 */
public class InvalidHiringDataException extends HiringException {
    private static final long serialVersionUID = 1L;

    /** Not serialized: a {@code List} of records; the message keeps the text. */
    private final transient List<Violation> violations;

    /**
     * Creates an exception for a value of {@code type} with the given violations.
     *
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public InvalidHiringDataException(String type, List<Violation> violations) {
        super(message(type, violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("violations must not be empty");
        }
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates an exception with a single message and no path; used by generated builders for missing or null
     * attributes (their messages name the attribute).
     */
    public InvalidHiringDataException(String message) {
        super(message);
        this.violations = List.of(new Violation("", message));
    }

    /** Every violation found, in the order found; never empty. */
    public List<Violation> violations() {
        return violations == null ? List.of() : violations;
    }

    /** Returns a copy whose violation paths are prefixed with {@code prefix} (a JSON path). */
    public InvalidHiringDataException under(String type, String prefix) {
        return new InvalidHiringDataException(
                type, violations().stream().map(v -> v.under(prefix)).collect(Collectors.toList()));
    }

    private static String message(String type, List<Violation> violations) {
        return "Invalid " + type + ": "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
