package dev.hiring.core.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
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
            String name = upe.getPropertyName();
            message = "unknown field '" + (name.length() <= 64 ? name : name.substring(0, 64) + "…") + "'";
        } else if (e instanceof InvalidFormatException ife) {
            message = "invalid value for " + publicName(ife.getTargetType(), type);
        } else if (e instanceof MismatchedInputException mie) {
            Class<?> target = mie.getTargetType();
            message = target == null ? "unexpected JSON shape" : "expected a value of type " + publicName(target, type);
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

    /** The name of a target type as users know it: the public type, not a generated Immutables class. */
    private static String publicName(@Nullable Class<?> target, String type) {
        if (target == null) {
            return type;
        }
        Class<?> c = target;
        if (c.getEnclosingClass() != null && c.getSimpleName().equals("Json")) {
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
