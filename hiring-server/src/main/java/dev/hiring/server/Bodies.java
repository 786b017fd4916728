package dev.hiring.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hiring.core.jackson.HiringJackson;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads request bodies: a size limit before and while reading, strict UTF-8, JSON objects with known keys only. */
final class Bodies {
    private Bodies() {}

    /** The media type of the request without parameters, lower case; "" when absent. */
    static String mediaType(Context ctx) {
        String ct = ctx.header("Content-Type");
        if (ct == null) {
            return "";
        }
        int semi = ct.indexOf(';');
        String type = (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        if (semi >= 0) {
            String params = ct.substring(semi + 1).toLowerCase(Locale.ROOT);
            int cs = params.indexOf("charset=");
            if (cs >= 0) {
                String charset = params.substring(cs + 8).strip();
                int end = charset.indexOf(';');
                charset =
                        (end < 0 ? charset : charset.substring(0, end)).strip().replace("\"", "");
                if (!charset.equals("utf-8") && !charset.equals("utf8") && !charset.equals("us-ascii")) {
                    throw new Problem(
                            Problem.Type.UNSUPPORTED_MEDIA_TYPE, "only UTF-8 bodies are accepted", "Content-Type");
                }
            }
        }
        return type;
    }

    /** The whole body as UTF-8 text, at most {@code limit} bytes. */
    static String text(Context ctx, int limit) {
        return utf8(bytes(ctx, limit));
    }

    /**
     * Strict UTF-8: malformed input fails instead of becoming U+FFFD. The JDK's {@code String} constructor decodes
     * fastest but replaces; only text that then holds U+FFFD (malformed input, or a real U+FFFD) is decoded again
     * with a reporting decoder.
     */
    static String utf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Problem(Problem.Type.INVALID_INPUT, "the body is not valid UTF-8 text", "body");
        }
    }

    /** The whole body, at most {@code limit} bytes: a larger Content-Length is refused before reading. */
    static byte[] bytes(Context ctx, int limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared >= 0) {
                // the length is known: read it into its own array, no copy
                byte[] body = in.readNBytes((int) declared);
                if (body.length < declared) {
                    throw new UncheckedIOException(new java.io.EOFException("the body ended early"));
                }
                return body;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            byte[] buf = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > limit) {
                    throw tooLarge(limit);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Problem tooLarge(int limit) {
        return new Problem(
                Problem.Type.PAYLOAD_TOO_LARGE, "the body is larger than " + limit + " bytes for this route", "body");
    }

    /** Parses a JSON object with the SDK's reader limits; syntax errors name line and column, never the text. */
    static ObjectNode object(String json, String what) {
        JsonNode node;
        try {
            node = HiringJackson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new Problem(Problem.Type.INVALID_INPUT, what + " is not valid JSON" + where, "body");
        }
        if (!(node instanceof ObjectNode o)) {
            throw new Problem(Problem.Type.INVALID_INPUT, what + " must be a JSON object", "body");
        }
        return o;
    }

    /** Fails on a key outside {@code known}, naming it (keys are field names, not free text). */
    static void onlyKeys(ObjectNode o, Set<String> known) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new Problem(
                        Problem.Type.INVALID_INPUT,
                        "unknown field (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")",
                        "$." + shorten(k));
            }
        }
    }

    /** The string at {@code key}, or null when absent; any other type fails naming the field. */
    static @Nullable String string(ObjectNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new Problem(Problem.Type.INVALID_INPUT, "must be a string", "$." + key);
        }
        return v.asText();
    }

    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
