package dev.hiring.core;

import java.util.ArrayList;
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
        this.violations = fromBuilderMessage(message);
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

    /**
     * Turns a generated builder's message into violations whose paths name the attributes: {@code "id"} (a null
     * value), {@code "evidence element"} (a null element), {@code "descriptors value for key: k"} (a null map
     * value) and {@code "Cannot build Skill, some of required attributes are not set [name, category]"}.
     */
    private static List<Violation> fromBuilderMessage(String message) {
        String required = "some of required attributes are not set [";
        int at = message.indexOf(required);
        if (at >= 0 && message.endsWith("]")) {
            List<Violation> out = new ArrayList<>();
            for (String name : message.substring(at + required.length(), message.length() - 1)
                    .split(",", -1)) {
                String attribute = name.strip();
                if (isAttributeName(attribute)) {
                    out.add(new Violation(attribute, "must be set"));
                }
            }
            if (!out.isEmpty()) {
                return List.copyOf(out);
            }
        }
        if (isAttributeName(message)) {
            return List.of(new Violation(message, "must not be null"));
        }
        int space = message.indexOf(' ');
        if (space > 0 && isAttributeName(message.substring(0, space))) {
            String attribute = message.substring(0, space);
            String rest = message.substring(space + 1);
            if (rest.equals("element")) {
                return List.of(new Violation(attribute, "must not contain null"));
            }
            if (rest.startsWith("value for key")) {
                return List.of(new Violation(attribute, "must not map a key to null"));
            }
            if (rest.startsWith("key")) {
                return List.of(new Violation(attribute, "must not contain a null key"));
            }
        }
        return List.of(new Violation("", message));
    }

    private static boolean isAttributeName(String s) {
        if (s.isEmpty() || s.length() > 64 || !Character.isJavaIdentifierStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isJavaIdentifierPart(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String message(String type, List<Violation> violations) {
        return "Invalid " + type + ": "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
