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
}
