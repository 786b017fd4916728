package dev.hiring.cli;

import dev.hiring.core.HiringException;
import dev.hiring.core.text.Utf8Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** Reads command inputs: a file, or standard input for {@code -}, as UTF-8 text with a size limit. */
final class CliInput {
    /** The largest input file read, in bytes (16 MiB). */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private CliInput() {}

    /**
     * Reads a whole file (or standard input for {@code -}) as strict UTF-8.
     *
     * @throws HiringException if the file is missing, too large, a directory, or not UTF-8
     */
    static String readText(String name) {
        return Utf8Text.decode(readBytes(name, MAX_BYTES), display(name));
    }

    /**
     * Reads a JSON file (or standard input) into a checked value; errors name the file.
     *
     * @throws HiringException if the file cannot be read or holds invalid data
     */
    static <T> T readJson(String name, Class<T> type) {
        return read(name, text -> dev.hiring.core.json.HiringJson.read(text, type));
    }

    /**
     * Reads a file (or standard input) as text and parses it; the parser's errors get the file's name in front.
     *
     * @throws HiringException if the file cannot be read or the parser refuses its text
     */
    static <T> T read(String name, Function<String, T> parser) {
        String text = readText(name);
        try {
            return parser.apply(text);
        } catch (HiringException e) {
            throw new HiringException(display(name) + ": " + e.getMessage(), e);
        }
    }

    /** Reads at most {@code limit} bytes of a file (or standard input for {@code -}). */
    static byte[] readBytes(String name, int limit) {
        if ("-".equals(name)) {
            return readLimited(System.in, name, limit);
        }
        Path p = Path.of(name);
        if (Files.isDirectory(p)) {
            throw new HiringException(name + ": is a directory");
        }
        if (!Files.isRegularFile(p)) {
            throw new HiringException(name + ": no such file");
        }
        try (InputStream in = Files.newInputStream(p)) {
            return readLimited(in, name, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readLimited(InputStream in, String name, int limit) {
        return Utf8Text.readBytes(in, limit, display(name));
    }

    static String display(String name) {
        return "-".equals(name) ? "<stdin>" : name;
    }
}
