package dev.hiring.rubric.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.hiring.core.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

    /**
     * The reason an application keeps as an object in {@code property} (such as {@code {"id", "name"}}): its name and
     * id fields; none when the property is absent or null. Any other value is reported at the property's path, naming
     * the fields expected.
     *
     * @param app the application object
     * @param path the application's JSON path
     * @param property the property holding the reason object
     * @param nameField the object's field with the reason's name or text; null when the vendor gives only an id, and
     *     then the reason's path is that of the id field, else that of the object
     * @param idField the object's field with the reason's id
     * @param problems where a bad shape is recorded
     */
    static ApplicationReason inObject(
            JsonNode app,
            String path,
            String property,
            @Nullable String nameField,
            String idField,
            List<Violation> problems) {
        JsonNode r = app.path(property);
        String objectAt = path + "." + property;
        String at = nameField == null ? objectAt + "." + idField : objectAt;
        if (r.isObject()) {
            return new ApplicationReason(at, nameField == null ? MISSING : r.path(nameField), r.path(idField), false);
        }
        if (!r.isMissingNode() && !r.isNull()) {
            String fields = nameField == null ? idField : nameField + " and " + idField;
            problems.add(new Violation(objectAt, "must be an object with " + fields + ", or null"));
        }
        return none(at);
    }
}
