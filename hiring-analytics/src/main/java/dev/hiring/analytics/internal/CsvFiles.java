package dev.hiring.analytics.internal;

import dev.hiring.core.text.Utf8Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** Reads a UTF-8 CSV file for the {@code Path} overloads of the analytics readers, closing it on every path. */
public final class CsvFiles {
    private CsvFiles() {}

    /**
     * The value {@code read} makes of the file's text, read as strict UTF-8; the file is closed whether {@code read}
     * returns or throws.
     *
     * @throws UncheckedIOException if the file cannot be opened or read; the message starts with the file's name
     */
    public static <T> T read(Path file, Function<Reader, T> read) {
        String name = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return read.apply(Utf8Text.reader(in, name));
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }
}
