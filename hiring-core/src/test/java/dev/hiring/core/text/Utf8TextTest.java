package dev.hiring.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.HiringException;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.MalformedTextException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextTest {
    @Test
    void decodesUtf8AndSkipsAByteOrderMark() {
        assertThat(Utf8Text.decode("naïve – 😀".getBytes(StandardCharsets.UTF_8), "x"))
                .isEqualTo("naïve – 😀");
        assertThat(Utf8Text.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'}, "x"))
                .isEqualTo("hi");
        assertThat(Utf8Text.decode(new byte[0], "x")).isEmpty();
    }

    @Test
    void aMalformedOrTruncatedSequenceNamesItsOffsetAndNotTheText() {
        assertThatThrownBy(() -> Utf8Text.decode(new byte[] {'s', 'e', 'c', 'r', 'e', 't', (byte) 0xFF}, "notes.txt"))
                .isInstanceOfSatisfying(
                        MalformedTextException.class,
                        e -> assertThat(e.byteOffset()).isEqualTo(6))
                .hasMessage("notes.txt: not valid UTF-8 text (byte 6)")
                .message()
                .doesNotContain("secret");
        // a sequence cut off at the end, and an encoded surrogate (not allowed in UTF-8)
        assertThatThrownBy(() -> Utf8Text.decode(new byte[] {'a', (byte) 0xE2, (byte) 0x80}, "x"))
                .isInstanceOfSatisfying(
                        MalformedTextException.class,
                        e -> assertThat(e.byteOffset()).isEqualTo(1));
        assertThatThrownBy(() -> Utf8Text.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "x"))
                .isInstanceOf(MalformedTextException.class);
    }

    @Test
    void readingStopsAtTheFirstByteOverTheLimit() {
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[10]);
        assertThatThrownBy(() -> Utf8Text.readBytes(in, 4, "body"))
                .isInstanceOf(HiringException.class)
                .hasMessage("body: input is larger than 4 bytes");
        assertThat(in.available()).isEqualTo(5);
        assertThat(Utf8Text.read(new ByteArrayInputStream("abcd".getBytes(StandardCharsets.UTF_8)), 4, "body"))
                .isEqualTo("abcd");
        assertThatThrownBy(() -> Utf8Text.readBytes(in, -1, "body")).isInstanceOf(InvalidHiringDataException.class);
    }

    static String readAll(java.io.Reader r, int chunk) throws java.io.IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[chunk];
        int n;
        while ((n = r.read(buf, 0, chunk)) >= 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    /** The streaming reader decodes as decode does, across its buffer boundaries, and names a bad byte's offset. */
    @Test
    void theStreamingReaderIsStrictAndNamesTheOffset() throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append("é€𝄞a,"); // 2-, 3- and 4-byte sequences fall across the 8 KiB chunks
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        for (byte[] input : new byte[][] {body, bom}) {
            for (int chunk : new int[] {1, 7, 10_000}) {
                assertThat(readAll(Utf8Text.reader(new ByteArrayInputStream(input), "t"), chunk))
                        .isEqualTo(text.toString());
            }
        }
        assertThat(readAll(Utf8Text.reader(new ByteArrayInputStream(new byte[0]), "t"), 4))
                .isEmpty();
        assertThat(readAll(Utf8Text.reader(new ByteArrayInputStream(new byte[] {'a', 'b'}), "t"), 4))
                .isEqualTo("ab");
        int bad = 10_001;
        byte[] broken = body.clone();
        // find the lead byte of a sequence at or after 'bad' and cut it short
        while ((broken[bad] & 0xC0) == 0x80 || (broken[bad] & 0x80) == 0) {
            bad++;
        }
        broken[bad + 1] = 'x';
        int at = bad;
        assertThatThrownBy(() -> readAll(Utf8Text.reader(new ByteArrayInputStream(broken), "rows.csv"), 100))
                .isInstanceOf(MalformedTextException.class)
                .hasMessage("rows.csv: not valid UTF-8 text (byte " + at + ")");
        byte[] truncated = java.util.Arrays.copyOf(body, body.length - 1); // a lead byte with nothing after it
        truncated[truncated.length - 1] = (byte) 0xE2;
        assertThatThrownBy(() -> readAll(Utf8Text.reader(new ByteArrayInputStream(truncated), "t"), 100))
                .isInstanceOf(MalformedTextException.class)
                .hasMessageContaining("byte " + (truncated.length - 1));
    }
}
