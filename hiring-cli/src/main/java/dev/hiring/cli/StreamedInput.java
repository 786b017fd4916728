package dev.hiring.cli;

import dev.hiring.core.HiringException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens analytics inputs as streamed, strict UTF-8 readers (no size limit: the analytics readers stream), and
 * prefixes SDK errors with the file name.
 */
final class StreamedInput {
    private StreamedInput() {}

    /** Reads a streamed input with {@code parser}. */
    @FunctionalInterface
    interface Parser<T> {
        /** Parses the whole input. */
        T parse(Reader reader) throws IOException;
    }

    /**
     * Opens {@code file} (or standard input for {@code -}), parses it and closes it; every failure becomes one SDK
     * error naming the file.
     */
    static <T> T read(String file, Parser<T> parser) {
        try (Reader reader = open(file)) {
            return parser.parse(reader);
        } catch (HiringException e) {
            throw named(file, e);
        } catch (UncheckedIOException e) {
            throw named(file, e);
        } catch (IOException e) {
            throw named(file, e);
        }
    }

    /** Opens a file, or standard input for {@code -}, as a strict UTF-8 reader. */
    private static Reader open(String name) {
        InputStream in;
        if ("-".equals(name)) {
            in = System.in;
        } else {
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                throw new HiringException(name + ": is a directory");
            }
            if (!Files.isRegularFile(p)) {
                throw new HiringException(name + ": no such file");
            }
            try {
                in = Files.newInputStream(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** An SDK error with the file name in front, keeping the original as the cause. */
    static HiringException named(String file, HiringException e) {
        return new HiringException(CliInput.display(file) + ": " + e.getMessage(), e);
    }

    /** An I/O error (including malformed UTF-8) as an SDK error naming the file. */
    static HiringException named(String file, IOException e) {
        String what = e instanceof java.nio.charset.CharacterCodingException ? "not valid UTF-8 text" : e.toString();
        return new HiringException(CliInput.display(file) + ": " + what, e);
    }

    /** An unchecked I/O error as an SDK error naming the file. */
    static HiringException named(String file, UncheckedIOException e) {
        IOException cause = e.getCause();
        return cause == null ? new HiringException(CliInput.display(file) + ": cannot read", e) : named(file, cause);
    }
}
