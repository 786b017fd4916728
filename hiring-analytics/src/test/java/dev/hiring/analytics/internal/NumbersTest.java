package dev.hiring.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Numbers#parseOrNaN} on its fast path, its slow path and every rejection branch. */
class NumbersTest {

    @Test
    void plainIntegersTakeTheFastPath() {
        assertThat(Numbers.parseOrNaN("0")).isEqualTo(0.0);
        assertThat(Numbers.parseOrNaN("7")).isEqualTo(7.0);
        assertThat(Numbers.parseOrNaN("9")).isEqualTo(9.0);
        assertThat(Numbers.parseOrNaN("42")).isEqualTo(42.0);
        assertThat(Numbers.parseOrNaN("-42")).isEqualTo(-42.0);
        assertThat(Numbers.parseOrNaN("+42")).isEqualTo(42.0);
        assertThat(Numbers.parseOrNaN("1090")).isEqualTo(1090.0);
        // 15 digits, the longest fast-path integer
        assertThat(Numbers.parseOrNaN("999999999999999")).isEqualTo(999_999_999_999_999.0);
        assertThat(Numbers.parseOrNaN("-999999999999999")).isEqualTo(-999_999_999_999_999.0);
    }

    @Test
    void longerIntegersAndDecimalsTakeTheSlowPath() {
        assertThat(Numbers.parseOrNaN("1234567890123456")).isEqualTo(1_234_567_890_123_456.0);
        assertThat(Numbers.parseOrNaN("-2.5")).isEqualTo(-2.5);
        assertThat(Numbers.parseOrNaN("+2.5")).isEqualTo(2.5);
        assertThat(Numbers.parseOrNaN("0.5")).isEqualTo(0.5);
        assertThat(Numbers.parseOrNaN("1.9")).isEqualTo(1.9);
        assertThat(Numbers.parseOrNaN("9.0")).isEqualTo(9.0);
        assertThat(Numbers.parseOrNaN("1e3")).isEqualTo(1000.0);
        assertThat(Numbers.parseOrNaN("1E3")).isEqualTo(1000.0);
        assertThat(Numbers.parseOrNaN("1e-3")).isEqualTo(0.001);
        assertThat(Numbers.parseOrNaN("1e+3")).isEqualTo(1000.0);
    }

    @Test
    void lengthLimitIsSixtyFourCharacters() {
        String sixtyFour = "1" + "0".repeat(63);
        assertThat(sixtyFour).hasSize(64);
        assertThat(Numbers.parseOrNaN(sixtyFour)).isEqualTo(1e63);
        assertThat(Numbers.parseOrNaN(sixtyFour + "0")).isNaN();
    }

    @Test
    void everythingElseIsNaN() {
        assertThat(Numbers.parseOrNaN("")).isNaN();
        assertThat(Numbers.parseOrNaN("-")).isNaN();
        assertThat(Numbers.parseOrNaN("+")).isNaN();
        assertThat(Numbers.parseOrNaN("NaN")).isNaN();
        assertThat(Numbers.parseOrNaN("Infinity")).isNaN();
        assertThat(Numbers.parseOrNaN("1e999")).isNaN();
        assertThat(Numbers.parseOrNaN("-1e999")).isNaN();
        assertThat(Numbers.parseOrNaN("1.2.3")).isNaN();
        assertThat(Numbers.parseOrNaN("12a")).isNaN();
        assertThat(Numbers.parseOrNaN("1/")).isNaN();
        assertThat(Numbers.parseOrNaN("1:")).isNaN();
        assertThat(Numbers.parseOrNaN("1 ")).isNaN();
        assertThat(Numbers.parseOrNaN("0x10")).isNaN();
        assertThat(Numbers.parseOrNaN("1d")).isNaN();
        assertThat(Numbers.parseOrNaN("1f")).isNaN();
    }
}
