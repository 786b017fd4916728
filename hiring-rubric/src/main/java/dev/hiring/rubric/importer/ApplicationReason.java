package dev.hiring.rubric.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * An application's rejection reason as the vendor gives it.
 *
 * @param path its JSON path
 * @param name its name or text (a missing node when none)
 * @param id its id (a missing node when none)
 * @param freeText whether the name may be free text (Workable's): it is matched against the mapping but never shown
 */
record ApplicationReason(String path, JsonNode name, JsonNode id, boolean freeText) {
    /** No node. */
    static final JsonNode MISSING = MissingNode.getInstance();

    /** No reason, at this path. */
    static ApplicationReason none(String path) {
        return new ApplicationReason(path, MISSING, MISSING, false);
    }
}
