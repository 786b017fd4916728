package dev.hiring.rubric;

import dev.hiring.core.HiringException;
import java.util.List;

/**
 * A policy id that a {@link PolicyRegistry} does not hold. The message names the id and lists the ids the registry
 * knows; {@link #id()} and {@link #knownIds()} give the same for code.
 */
public class UnknownPolicyException extends HiringException {
    private static final long serialVersionUID = 1L;

    private final String id;
    /** Not serialized; the message keeps the text. */
    private final transient List<String> knownIds;

    /**
     * Creates the exception for {@code id}, not among {@code knownIds}.
     *
     * @param id the id asked for (shortened to 80 characters in the message)
     * @param knownIds the ids the registry holds, in its order
     */
    public UnknownPolicyException(String id, List<String> knownIds) {
        super("no policy with id '" + (id.length() <= 80 ? id : id.substring(0, 80) + "…") + "' (known: "
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
}
