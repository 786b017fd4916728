package dev.hiring.server;

import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem the API answers with: a status, a stable type, a title, a detail that never quotes candidate
 * text, and the request field at fault when there is one.
 */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problem types, each with its status and title. */
    enum Type {
        INVALID_INPUT(400, "Invalid input"),
        UNAUTHORIZED(401, "API key required"),
        NOT_FOUND(404, "Not found"),
        METHOD_NOT_ALLOWED(405, "Method not allowed"),
        PAYLOAD_TOO_LARGE(413, "Payload too large"),
        UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
        INTERNAL(500, "Internal error"),
        UNAVAILABLE(503, "Service unavailable");

        final int status;
        final String title;

        Type(int status, String title) {
            this.status = status;
            this.title = title;
        }

        /** The type URI: a URN, stable across hosts. */
        String uri() {
            return "urn:hiring:problem:"
                    + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Type type;
    private final @Nullable String field;

    Problem(Type type, String detail, @Nullable String field) {
        super(detail, null, false, false);
        this.type = type;
        this.field = field;
    }

    Problem(Type type, String detail) {
        this(type, detail, null);
    }

    Type type() {
        return type;
    }

    @Nullable
    String field() {
        return field;
    }

    String detail() {
        String m = getMessage();
        return m == null ? type.title : m;
    }
}
