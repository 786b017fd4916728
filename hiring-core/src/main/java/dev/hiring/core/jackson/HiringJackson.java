package dev.hiring.core.jackson;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringParseException;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.internal.JsonConfig;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson side of the SDK's JSON, shared by its modules: the configured mapper and the translation of
 * Jackson's errors into the SDK's typed errors. Not part of the public API: the module exports this package to
 * the other SDK modules only, because public signatures name no Jackson type ({@code docs/conventions.md});
 * applications use {@link dev.hiring.core.json.HiringJson}.
 *
 * <p>This class is thread-safe.
 */
public final class HiringJackson {
    private static final ObjectMapper MAPPER = JsonConfig.newObjectMapper();

    private HiringJackson() {}

    /**
     * Returns a new mapper with the SDK's configuration; change it freely, it is yours. Every SDK module uses
     * the same configuration.
     */
    public static ObjectMapper newObjectMapper() {
        return JsonConfig.newObjectMapper();
    }

    /** The shared, preconfigured mapper. Do not reconfigure it; use {@link #newObjectMapper()} for that. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Turns a Jackson error into the SDK's typed error: the invalid-data exception of a failed check (with the
     * JSON path prefixed), or a parse error with line, column and path. Never quotes the input.
     */
    public static HiringException translate(JsonProcessingException e, String type) {
        return translate(e, type, null);
    }

    /**
     * As {@link #translate(JsonProcessingException, String)}, with the parser's location for errors (such as size
     * limits) that carry none.
     */
    public static HiringException translate(JsonProcessingException e, String type, @Nullable JsonLocation fallback) {
        String path = e instanceof JsonMappingException jme ? path(jme.getPath()) : "$";
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof InvalidHiringDataException ide) {
                return ide.under(type, path);
            }
            if (c instanceof HiringException he) {
                return new InvalidHiringDataException(
                        type,
                        List.of(new dev.hiring.core.Violation(
                                path, he.getMessage() == null ? "is invalid" : he.getMessage())));
            }
            if (c instanceof IllegalStateException
                    && String.valueOf(c.getMessage()).contains("strict")) {
                return new HiringParseException("duplicate field", path, line(e, fallback), column(e, fallback));
            }
        }
        String message;
        if (e instanceof StreamConstraintsException) {
            message = "JSON exceeds a size limit (nesting, number or string length)";
        } else if (e instanceof UnrecognizedPropertyException upe) {
            message = "unknown field '" + clip(upe.getPropertyName()) + "'" + knownFields(upe);
        } else if (e instanceof InvalidTypeIdException tie) {
            Class<?> base = tie.getBaseType() == null ? null : tie.getBaseType().getRawClass();
            JsonTypeInfo info = base == null ? null : base.getAnnotation(JsonTypeInfo.class);
            String property = info == null || info.property().isEmpty() ? "type" : info.property();
            path = path + "." + property;
            String id = tie.getTypeId();
            message = (id == null ? "missing " + property : "unknown " + property + " '" + clip(id) + "'")
                    + validTypeIds(base);
        } else if (e instanceof InvalidFormatException ife && ife.getTargetType() == String.class) {
            message = "expected a JSON string"; // a number or boolean is not read as its text
        } else if (e instanceof InvalidFormatException ife) {
            message = "invalid value for " + publicName(ife.getTargetType(), type) + validValues(ife.getTargetType());
        } else if (e instanceof MismatchedInputException mie) {
            Class<?> target = mie.getTargetType();
            message = target == null
                    ? "unexpected JSON shape"
                    : "expected a value of type " + publicName(target, type) + validValues(target);
            if (String.valueOf(mie.getOriginalMessage()).startsWith("Trailing token")) {
                message = "unexpected content after the JSON value";
            }
        } else if (e instanceof JsonMappingException) {
            message = "cannot map JSON to " + type;
        } else if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
            message = "duplicate field";
        } else {
            message = "malformed JSON";
        }
        return new HiringParseException(message, path, line(e, fallback), column(e, fallback));
    }

    /** At most 64 characters of a name from the input (a field name, a type id), never more. */
    private static String clip(String name) {
        return name.length() <= 64 ? name : name.substring(0, 64) + "…";
    }

    /** " (expected one of a, b, c)" for an enum type, as its values are written in JSON; empty otherwise. */
    private static String validValues(@Nullable Class<?> target) {
        if (target == null || !target.isEnum()) {
            return "";
        }
        Object[] constants = target.getEnumConstants();
        List<String> names = new java.util.ArrayList<>(constants.length);
        for (Object c : constants) {
            String written;
            try {
                written = MAPPER.writeValueAsString(c);
            } catch (JsonProcessingException x) {
                written = ((Enum<?>) c).name();
            }
            names.add(
                    written.startsWith("\"") && written.endsWith("\"") && written.length() >= 2
                            ? written.substring(1, written.length() - 1)
                            : written);
        }
        return oneOf(names);
    }

    /** " (expected one of a, b)" from the subtype names of a polymorphic base type; empty if it declares none. */
    private static String validTypeIds(@Nullable Class<?> base) {
        JsonSubTypes subtypes = base == null ? null : base.getAnnotation(JsonSubTypes.class);
        if (subtypes == null) {
            return "";
        }
        List<String> names = new java.util.ArrayList<>();
        for (JsonSubTypes.Type t : subtypes.value()) {
            if (!t.name().isEmpty()) {
                names.add(t.name());
            }
        }
        return oneOf(names);
    }

    /** " (expected one of a, b)" from the fields the reader knows; empty if Jackson does not say. */
    private static String knownFields(UnrecognizedPropertyException e) {
        java.util.Collection<Object> known = e.getKnownPropertyIds();
        if (known == null || known.isEmpty()) {
            return "";
        }
        List<String> names = new java.util.ArrayList<>();
        for (Object o : known) {
            names.add(String.valueOf(o));
        }
        java.util.Collections.sort(names);
        return oneOf(names);
    }

    private static String oneOf(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        int shown = Math.min(names.size(), 40);
        String list = String.join(", ", names.subList(0, shown));
        return " (expected one of " + list + (shown < names.size() ? ", …" : "") + ")";
    }

    /** The name of a target type as users know it: the public type, not a generated Immutables class. */
    public static String publicName(@Nullable Class<?> target, String type) {
        if (target == null) {
            return type;
        }
        Class<?> c = target;
        if (c.getEnclosingClass() != null
                && (c.getSimpleName().equals("Json") || c.getSimpleName().equals("Dto"))) {
            c = c.getEnclosingClass();
        }
        String name = c.getSimpleName();
        return name.startsWith("Immutable") && name.length() > "Immutable".length()
                ? name.substring("Immutable".length())
                : name;
    }

    private static int line(JsonProcessingException e, @Nullable JsonLocation fallback) {
        JsonLocation loc = location(e, fallback);
        return loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    }

    private static int column(JsonProcessingException e, @Nullable JsonLocation fallback) {
        JsonLocation loc = location(e, fallback);
        return loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
    }

    private static @Nullable JsonLocation location(JsonProcessingException e, @Nullable JsonLocation fallback) {
        JsonLocation loc = e.getLocation();
        if ((loc == null || loc.getLineNr() <= 0) && fallback != null && fallback.getLineNr() > 0) {
            return fallback;
        }
        return loc;
    }

    /** Formats a Jackson reference path as {@code $.a[0].b}. */
    public static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                String f = r.getFieldName();
                sb.append('.').append(f.length() <= 64 ? f : f.substring(0, 64) + "…");
            }
        }
        return sb.toString();
    }
}
