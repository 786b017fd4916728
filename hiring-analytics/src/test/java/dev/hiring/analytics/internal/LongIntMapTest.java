package dev.hiring.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link LongIntMap}: absent keys, the zero key, collisions and growth well past the initial 64 slots. */
class LongIntMapTest {

    @Test
    void emptyMapHasNoKeys() {
        LongIntMap map = new LongIntMap();
        assertThat(map.size()).isZero();
        assertThat(map.get(0L)).isEqualTo(-1);
        assertThat(map.get(42L)).isEqualTo(-1);
    }

    @Test
    void zeroKeyAndZeroValueAreStored() {
        LongIntMap map = new LongIntMap();
        map.put(0L, 0);
        assertThat(map.size()).isEqualTo(1);
        assertThat(map.get(0L)).isEqualTo(0);
        assertThat(map.get(1L)).isEqualTo(-1);
    }

    @Test
    void extremeKeysAreDistinct() {
        LongIntMap map = new LongIntMap();
        map.put(Long.MIN_VALUE, 1);
        map.put(Long.MAX_VALUE, 2);
        map.put(-1L, 3);
        assertThat(map.get(Long.MIN_VALUE)).isEqualTo(1);
        assertThat(map.get(Long.MAX_VALUE)).isEqualTo(2);
        assertThat(map.get(-1L)).isEqualTo(3);
        assertThat(map.get(1L)).isEqualTo(-1);
        assertThat(map.size()).isEqualTo(3);
    }

    @Test
    void everyKeyKeepsItsValueThroughSeveralGrowths() {
        LongIntMap map = new LongIntMap();
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            // keys spaced by a power of two collide in the low bits before mixing
            map.put((long) i << 32, i);
            assertThat(map.size()).isEqualTo(i + 1);
        }
        for (int i = 0; i < n; i++) {
            assertThat(map.get((long) i << 32)).isEqualTo(i);
        }
        assertThat(map.get((long) n << 32)).isEqualTo(-1);
        assertThat(map.get(1L)).isEqualTo(-1);
    }

    @Test
    void keysAroundTheFirstGrowthStayReachable() {
        // the initial table has 64 slots and grows when the 33rd key would make it more than half full
        for (int count = 31; count <= 34; count++) {
            LongIntMap map = new LongIntMap();
            for (int i = 0; i < count; i++) {
                map.put(i * 7919L, i);
            }
            assertThat(map.size()).isEqualTo(count);
            for (int i = 0; i < count; i++) {
                assertThat(map.get(i * 7919L)).isEqualTo(i);
            }
            assertThat(map.get(count * 7919L)).isEqualTo(-1);
        }
    }
}
