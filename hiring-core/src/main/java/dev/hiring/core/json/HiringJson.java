package dev.hiring.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringParseException;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.MalformedTextException;
import dev.hiring.core.internal.JsonConfig;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.core.text.Utf8Text;
import dev.hiring.core.validation.HiringValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
 * <p>Its signatures name no Jackson type ({@code docs/conventions.md}); the SDK's other modules share the mapper
 * and the error translation through {@code dev.hiring.core.jackson}, which the module exports to them only.
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

    private static final ObjectMapper MAPPER = HiringJackson.mapper();
    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();

    private HiringJson() {}

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

    // T is only in the result, as in Jackson's own readValue(JavaType): a JavaType carries no static type.
    @SuppressWarnings("TypeParameterUnusedInFormals")
    static <T> T readUnvalidated(String json, JavaType type) {
        String typeName =
                HiringJackson.publicName(type.getRawClass(), type.getRawClass().getSimpleName());
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
            throw HiringJackson.translate(e, typeName, parser.currentLocation());
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

    /** Whether a parser feature is on in the shared configuration; for tests of the hardening. */
    static boolean isEnabled(JsonParser.Feature feature) {
        return MAPPER.getFactory().isEnabled(feature);
    }
}
