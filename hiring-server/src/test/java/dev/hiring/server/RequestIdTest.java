package dev.hiring.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdTest {
    @Test
    void madeIdsAreDistinctVersion4Uuids() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = HiringServer.newRequestId();
            UUID u = UUID.fromString(id);
            assertThat(u.version()).isEqualTo(4);
            assertThat(u.variant()).isEqualTo(2);
            assertThat(u.toString()).isEqualTo(id);
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void aSafeGivenIdIsKeptAndAnUnsafeOneReplaced() {
        assertThat(HiringServer.requestId("abc-123")).isEqualTo("abc-123");
        String made = HiringServer.requestId("a b");
        assertThat(made).isNotEqualTo("a b");
        assertThat(UUID.fromString(made).version()).isEqualTo(4);
        assertThat(HiringServer.requestId(null)).hasSize(36);
    }
}
