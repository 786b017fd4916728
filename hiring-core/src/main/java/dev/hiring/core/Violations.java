package dev.hiring.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Collects structural violations of one value and throws them together, so a caller sees every problem at
 * once. Used from {@code @Value.Check} methods; messages name the field and, for non-free-text fields, the
 * value.
 *
 * <p>Public so that the SDK's other modules check their value types the same way; not meant for application code.
 */
public final class Violations {
    /** Lower-case kebab-case: {@code system-design}, {@code a1}. Only applied to short ids (bounded length). */
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Longest id accepted; keeps ids usable as keys and bounds every regex run on them. */
    public static final int MAX_ID_LENGTH = 64;

    private final String type;
    private final List<Violation> found = new ArrayList<>();

    private Violations(String type) {
        this.type = type;
    }

    /** Starts collecting violations for one value of the named type. */
    public static Violations of(String type) {
        return new Violations(type);
    }

    /** Records a violation at {@code path} unless {@code ok}. */
    public Violations require(boolean ok, String path, String message, Object... args) {
        if (!ok) {
            found.add(new Violation(path, args.length == 0 ? message : String.format(Locale.ROOT, message, args)));
        }
        return this;
    }

    /** Requires a non-blank text; never echoes the text. */
    public Violations notBlank(String value, String path) {
        return require(!value.isBlank(), path, "must not be blank");
    }

    /** Requires a kebab-case id of at most {@value #MAX_ID_LENGTH} characters. */
    public Violations id(String value, String path) {
        if (value.length() > MAX_ID_LENGTH) {
            return require(false, path, "must be at most %d characters, was %d", MAX_ID_LENGTH, value.length());
        }
        return require(
                KEBAB.matcher(value).matches(), path, "must be a kebab-case id like 'system-design', was '%s'", value);
    }

    /** Requires that a list of texts has no blank element. */
    public Violations noBlankElements(List<String> values, String path) {
        for (int i = 0; i < values.size(); i++) {
            notBlank(values.get(i), path + "[" + i + "]");
        }
        return this;
    }

    /** The violations recorded so far, in order; for a caller that merges them with its own. */
    public List<Violation> found() {
        return List.copyOf(found);
    }

    /** Throws {@link InvalidHiringDataException} listing every violation recorded, if any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidHiringDataException(type, found);
        }
    }
}
