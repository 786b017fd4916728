package dev.hiring.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link CategoryTable}: one number per distinct value, in first-seen order, by comparison and by hash. */
class CategoryTableTest {

    @Test
    void numbersValuesInFirstSeenOrderFromAnyRangeOfCharacters() {
        CategoryTable t = new CategoryTable();
        char[] line = "x,Male,Female,,Male".toCharArray();
        assertThat(t.id(line, 2, 4)).isZero();
        assertThat(t.id(line, 7, 6)).isEqualTo(1);
        assertThat(t.id(line, 14, 0)).isEqualTo(2);
        assertThat(t.id(line, 15, 4)).isZero();
        assertThat(t.name(1)).isEqualTo("Female");
        assertThat(t.name(2)).isEmpty();
        assertThat(t.size()).isEqualTo(3);
    }

    @Test
    void manyValuesGoThroughTheHashTableAndKeepTheirNumbers() {
        CategoryTable t = new CategoryTable();
        for (int i = 0; i < 5_000; i++) {
            assertThat(t.id("v" + i)).isEqualTo(i);
        }
        // values of equal length and hash-colliding strings ("Aa" and "BB" have the same String hash)
        int aa = t.id("Aa");
        int bb = t.id("BB");
        assertThat(bb).isEqualTo(aa + 1);
        for (int i = 4_999; i >= 0; i--) {
            assertThat(t.id("v" + i)).isEqualTo(i);
            assertThat(t.name(i)).isEqualTo("v" + i);
        }
        assertThat(t.id("BB")).isEqualTo(bb);
        assertThat(t.id("Aa")).isEqualTo(aa);
        assertThat(t.size()).isEqualTo(5_002);
    }
}
