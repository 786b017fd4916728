package dev.hiring.core.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringParseException;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.MalformedTextException;
import dev.hiring.core.internal.JsonConfig;
import dev.hiring.core.text.Utf8Text;
import dev.hiring.core.validation.HiringValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's one JSON configuration, used by every module and the CLI.
 *
 * <p>Reading is strict and hardened: unknown fields, duplicate keys, trailing tokens and nulls for primitives are
 * errors; nesting is limited to {@value #MAX_NESTING_DEPTH} levels, numbers to {@value #MAX_NUMBER_LENGTH} digits,
 * strings to {@value #MAX_STRING_LENGTH} characters and documents to {@value #MAX_DOCUMENT_LENGTH} characters.
 * Malformed JSON gives a {@link HiringParseException} with line, column and JSON path; well-formed but invalid data
 * gives an {@link InvalidHiringDataException} listing every violation with its JSON path. Messages never quote
 * the input.
 *
 * <p>Writing is deterministic: pretty-printed, properties in declaration order, absent optionals omitted, times
 * in ISO-8601, independent of the default locale and time zone.
 *
 * <p>This class is thread-safe.
 */
public final class HiringJson {
    /** The deepest nesting accepted. */
    public static final int MAX_NESTING_DEPTH = JsonConfig.MAX_NESTING_DEPTH;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = JsonConfig.MAX_NUMBER_LENGTH;
    /** The longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = JsonConfig.MAX_STRING_LENGTH;
    /** The longest document accepted, in characters. */
    public static final long MAX_DOCUMENT_LENGTH = JsonConfig.MAX_DOCUMENT_LENGTH;

    private static final ObjectMapper MAPPER = newObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();

    private HiringJson() {}

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
     * Reads a value from JSON text and checks it: structure on construction, then the Jakarta constraints.
     *
     * @throws HiringParseException if the text is not JSON of the expected shape
     * @throws InvalidHiringDataException if the value breaks a rule, with every violation and its path
     */
    public static <T> T read(String json, Class<T> type) {
        T value = readUnvalidated(json, type);
        try {
            return HiringValidator.validate(value);
        } catch (InvalidHiringDataException e) {
            // the validator's paths are relative to the value; in JSON they are rooted at the document
            throw e.under(type.getSimpleName(), "$");
        }
    }

    /**
     * Reads a value from UTF-8 JSON bytes and checks it; see {@link #read(String, Class)}. The bytes must be valid
     * UTF-8 (a leading byte order mark is skipped): malformed bytes give a {@link HiringParseException} with their
     * line and column rather than being replaced silently. The stream is not closed.
     */
    public static <T> T read(InputStream json, Class<T> type) {
        byte[] bytes;
        try {
            // UTF-8 needs at most 3 bytes per char of the document limit; one more byte shows it is exceeded
            bytes = json.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, 3 * MAX_DOCUMENT_LENGTH + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > 3 * MAX_DOCUMENT_LENGTH) {
            throw new HiringParseException(
                    "JSON document is longer than " + MAX_DOCUMENT_LENGTH + " characters", "$", 0, 0);
        }
        return read(decodeUtf8(bytes), type);
    }

    /**
     * Decodes strict UTF-8, skipping a leading byte order mark ({@link Utf8Text}); a malformed byte is a parse error
     * at its line and column.
     */
    private static String decodeUtf8(byte[] bytes) {
        try {
            return Utf8Text.decode(bytes, "$");
        } catch (MalformedTextException e) {
            // the bytes before the first bad one are valid UTF-8
            String before = Utf8Text.decode(java.util.Arrays.copyOf(bytes, (int) e.byteOffset()), "$");
            int[] at = lineAndColumn(before, before.length());
            throw new HiringParseException("invalid UTF-8 byte sequence", "$", at[0], at[1]);
        }
    }

    /**
     * Reads a value from JSON text, checking its structure only (not the Jakarta policy constraints); for drafts.
     *
     * @throws HiringParseException if the text is not JSON of the expected shape
     * @throws InvalidHiringDataException if the value breaks a structural invariant
     */
    public static <T> T readUnvalidated(String json, Class<T> type) {
        return readUnvalidated(json, MAPPER.constructType(type));
    }

    /** Reads a value of a generic type, such as a list of roles; see {@link #readUnvalidated(String, Class)}. */
    // T is only in the result, as in Jackson's own readValue(JavaType): a JavaType carries no static type. Replacing
    // the Jackson type in this signature is part of the public API conventions (no dependency types in it).
    @SuppressWarnings("TypeParameterUnusedInFormals")
    public static <T> T readUnvalidated(String json, JavaType type) {
        String typeName = publicName(type.getRawClass(), type.getRawClass().getSimpleName());
        if (json.length() > MAX_DOCUMENT_LENGTH) {
            throw new HiringParseException(
                    "JSON document is longer than " + MAX_DOCUMENT_LENGTH + " characters", "$", 0, 0);
        }
        if (json.isBlank()) {
            int[] end = lineAndColumn(json, json.length());
            throw new HiringParseException("JSON input is empty", "$", end[0], end[1]);
        }
        JsonParser parser;
        try {
            parser = MAPPER.createParser(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (parser) {
            T value = MAPPER.readerFor(type).readValue(parser);
            if (value == null) {
                int[] at = lineAndColumn(json, firstNonWhitespace(json));
                throw new HiringParseException(
                        "expected a value of type " + typeName + ", found null", "$", at[0], at[1]);
            }
            if (parser.nextToken() != null) {
                JsonLocation loc = parser.currentTokenLocation();
                throw new HiringParseException(
                        "unexpected content after the JSON value",
                        "$",
                        Math.max(loc.getLineNr(), 1),
                        Math.max(loc.getColumnNr(), 1));
            }
            return value;
        } catch (JsonProcessingException e) {
            // Size limits are reported without a location; the parser knows where it stopped.
            throw translate(e, typeName, parser.currentLocation());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int firstNonWhitespace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The 1-based line and column of {@code index} in {@code s} (JSON line breaks: LF, CR, CRLF). */
    private static int[] lineAndColumn(String s, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** Writes a value as pretty-printed, deterministic JSON. */
    public static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new HiringException("could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Turns a Jackson error into the SDK's typed error: the invalid-data exception of a failed check (with the
     * JSON path prefixed), or a parse error with line, column and path. Never quotes the input.
     */
    public static HiringException translate(JsonProcessingException e, String type) {
        return translate(e, type, null);
    }

    private static HiringException translate(JsonProcessingException e, String type, @Nullable JsonLocation fallback) {
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
    private static String publicName(@Nullable Class<?> target, String type) {
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
    static String path(List<JsonMappingException.Reference> refs) {
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

    /** Whether a parser feature is on in the shared configuration; for tests of the hardening. */
    static boolean isEnabled(JsonParser.Feature feature) {
        return MAPPER.getFactory().isEnabled(feature);
    }
}
