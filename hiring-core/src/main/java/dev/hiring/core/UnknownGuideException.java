package dev.hiring.core;

import java.util.List;

/**
 * A guide id that a registry does not hold. The message names the id and lists the ids the registry knows, so a
 * typo is found at once; {@link #id()} and {@link #knownIds()} give the same for code.
 */
public class UnknownGuideException extends HiringException {
    private static final long serialVersionUID = 1L;

    private final String id;
    /** Not serialized with the exception's own state beyond the message, which keeps the text. */
    private final transient List<String> knownIds;

    /**
     * Creates the exception for {@code id}, not among {@code knownIds}.
     *
     * @param id the id asked for (shortened to 80 characters in the message)
     * @param knownIds the ids the registry holds, in its order
     */
    public UnknownGuideException(String id, List<String> knownIds) {
        super("no guide with id '" + shorten(id) + "' (known: "
                + (knownIds.isEmpty() ? "none" : String.join(", ", knownIds)) + ")");
        this.id = id;
        this.knownIds = List.copyOf(knownIds);
    }

    /** The id asked for. */
    public String id() {
        return id;
    }

    /** The ids the registry holds, in its order. */
    public List<String> knownIds() {
        return knownIds == null ? List.of() : knownIds;
    }

    static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
