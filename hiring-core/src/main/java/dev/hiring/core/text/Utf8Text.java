package dev.hiring.core.text;

import dev.hiring.core.HiringException;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.MalformedTextException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text input as every module of the SDK reads it: strict UTF-8 (a malformed byte is an error that names its offset,
 * never a silent replacement character) with a leading byte order mark skipped, and a size limit checked while
 * reading, so that an oversized input is refused without being held in memory.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Utf8Text {
    private Utf8Text() {}

    /**
     * Decodes UTF-8 bytes.
     *
     * @param bytes the bytes
     * @param what what is being read, for the error message ("request body", a file name)
     * @throws MalformedTextException if the bytes are not valid UTF-8
     */
    public static String decode(byte[] bytes, String what) {
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new MalformedTextException(what, in.position());
        }
        out.flip();
        return out.toString();
    }

    /**
     * Reads a stream to its end and decodes it as UTF-8; the stream is not closed.
     *
     * @param in the stream
     * @param maxBytes the most bytes accepted
     * @param what what is being read, for the error messages
     * @throws HiringException if the stream holds more than {@code maxBytes} bytes
     * @throws MalformedTextException if the bytes are not valid UTF-8
     * @throws UncheckedIOException if reading fails
     */
    public static String read(InputStream in, int maxBytes, String what) {
        return decode(readBytes(in, maxBytes, what), what);
    }

    /**
     * Reads a stream to its end, at most {@code maxBytes} bytes; the stream is not closed. Reading stops at the
     * first byte over the limit.
     *
     * @throws HiringException if the stream holds more than {@code maxBytes} bytes
     * @throws InvalidHiringDataException if {@code maxBytes} is negative or {@link Integer#MAX_VALUE}
     * @throws UncheckedIOException if reading fails
     */
    public static byte[] readBytes(InputStream in, int maxBytes, String what) {
        if (maxBytes < 0 || maxBytes == Integer.MAX_VALUE) {
            throw new InvalidHiringDataException("maxBytes must be between 0 and " + (Integer.MAX_VALUE - 1));
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw new HiringException(what + ": input is larger than " + maxBytes + " bytes");
        }
        return bytes;
    }

    /**
     * A reader of a stream of strict UTF-8, for inputs read as they stream (CSV rows): decoded with the same rules as
     * {@link #decode(byte[], String)}, a leading byte order mark skipped, a malformed byte reported as a {@link
     * MalformedTextException} (unchecked, thrown by {@code read}) with its offset in the stream. Closing the reader
     * closes the stream.
     *
     * @param in the stream
     * @param what what is being read, for the error messages
     */
    public static Reader reader(InputStream in, String what) {
        return new StrictReader(in, what);
    }

    /** Decodes a stream chunk by chunk, counting the bytes consumed so that an error names its offset. */
    private static final class StrictReader extends Reader {
        private final InputStream in;
        private final String what;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192);
        private final CharBuffer chars = CharBuffer.allocate(8192);
        private long consumed; // the stream offset of the first byte not yet decoded
        private boolean started;
        private boolean eof;
        private boolean flushed;

        StrictReader(InputStream in, String what) {
            this.in = in;
            this.what = what;
            bytes.flip();
            chars.flip();
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (flushed) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(len, chars.remaining());
            chars.get(cbuf, off, n);
            return n;
        }

        private void fill() throws IOException {
            if (!eof) {
                bytes.compact();
                int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (r < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + r);
                }
                bytes.flip();
                if (!started && (bytes.remaining() >= 3 || eof)) {
                    started = true;
                    if (bytes.remaining() >= 3
                            && (bytes.get(0) & 0xFF) == 0xEF
                            && (bytes.get(1) & 0xFF) == 0xBB
                            && (bytes.get(2) & 0xFF) == 0xBF) {
                        bytes.position(3);
                        consumed = 3;
                    }
                }
                if (!started) {
                    return; // fewer than 3 bytes so far: wait for more before judging the byte order mark
                }
            }
            chars.clear();
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, eof);
            if (!result.isError() && eof) {
                result = decoder.flush(chars);
                flushed = !result.isOverflow();
            }
            if (result.isError()) {
                throw new MalformedTextException(what, consumed + (bytes.position() - before));
            }
            consumed += bytes.position() - before;
            chars.flip();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static boolean hasByteOrderMark(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }
}
