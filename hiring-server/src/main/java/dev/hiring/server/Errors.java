package dev.hiring.server;

import dev.hiring.core.HiringException;
import dev.hiring.core.HiringParseException;
import dev.hiring.core.InvalidHiringDataException;
import org.jspecify.annotations.Nullable;

/** Turns the SDK's typed errors into problems: the SDK's messages already name the field and never quote text. */
final class Errors {
    private Errors() {}

    /** A 400 problem for an SDK error about the request part {@code where} (a JSON path, "body" or a parameter). */
    static Problem invalid(HiringException e, String where) {
        String field = where;
        if (e instanceof InvalidHiringDataException d && !d.violations().isEmpty()) {
            field = join(where, d.violations().get(0).path());
        } else if (e instanceof HiringParseException p) {
            field = join(where, p.path());
        }
        return new Problem(Problem.Type.INVALID_INPUT, oneLine(e.getMessage()), field);
    }

    private static String join(String where, String path) {
        if (path.isEmpty() || path.equals("$")) {
            return where;
        }
        if (where.startsWith("$") && path.startsWith("$")) {
            return where + path.substring(1);
        }
        return path;
    }

    /** The first line of a message. */
    static String oneLine(@Nullable String message) {
        if (message == null) {
            return "invalid input";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
