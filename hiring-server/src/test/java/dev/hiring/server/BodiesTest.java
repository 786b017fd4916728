package dev.hiring.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodiesTest {
    @Test
    void validUtf8IsDecodedIncludingARealReplacementCharacter() {
        String text = "Salary 90,000 € – remote ✓ \uD83D\uDE80";
        assertThat(Bodies.utf8(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        String withFffd = "a\uFFFDb";
        assertThat(Bodies.utf8(withFffd.getBytes(StandardCharsets.UTF_8))).isEqualTo(withFffd);
    }

    @Test
    void malformedUtf8IsRefusedNamingTheBody() {
        byte[][] bad = {
            {'a', (byte) 0xE9, 'b'}, // Latin-1 é
            {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
            {'x', (byte) 0xE2, (byte) 0x82} // cut short
        };
        for (byte[] b : bad) {
            assertThatThrownBy(() -> Bodies.utf8(b)).isInstanceOfSatisfying(Problem.class, p -> {
                assertThat(p.type()).isEqualTo(Problem.Type.INVALID_INPUT);
                assertThat(p.field()).isEqualTo("body");
                assertThat(p.detail()).isEqualTo("the body is not valid UTF-8 text");
            });
        }
    }
}
