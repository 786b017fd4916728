package dev.hiring.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessLineTest {
    @Test
    void timestampsAreUtcWithMillisecondsAcrossSeconds() {
        assertThat(HiringServer.timestamp(Instant.parse("2026-12-01T17:56:28.042Z")))
                .isEqualTo("2026-12-01T17:56:28.042Z");
        assertThat(HiringServer.timestamp(Instant.parse("2026-12-01T17:56:28.9Z")))
                .isEqualTo("2026-12-01T17:56:28.900Z");
        assertThat(HiringServer.timestamp(Instant.parse("2026-12-01T17:56:29Z")))
                .isEqualTo("2026-12-01T17:56:29.000Z");
        assertThat(HiringServer.timestamp(Instant.parse("2026-12-01T17:56:28.000999999Z")))
                .isEqualTo("2026-12-01T17:56:28.000Z");
        assertThat(HiringServer.timestamp(Instant.parse("1999-12-31T23:59:59.999999999Z")))
                .isEqualTo("1999-12-31T23:59:59.999Z");
    }

    @Test
    void anAccessLineIsOneJsonObjectWithTheRouteTemplate() {
        String line = HiringServer.accessLine(
                Instant.parse("2026-12-01T17:56:28.042Z"), "req-1", "GET", "/v1/guides/{id}", 404, 1.2344f, 0, -1);
        assertThat(line).doesNotContain("\n");
        JsonNode json = Http.tree(line);
        assertThat(json.path("ts").asText()).isEqualTo("2026-12-01T17:56:28.042Z");
        assertThat(json.path("type").asText()).isEqualTo("access");
        assertThat(json.path("requestId").asText()).isEqualTo("req-1");
        assertThat(json.path("route").asText()).isEqualTo("/v1/guides/{id}");
        assertThat(json.path("status").asInt()).isEqualTo(404);
        assertThat(json.path("ms").asDouble()).isEqualTo(1.234);
        assertThat(json.has("responseBytes")).isFalse();
        assertThat(Http.tree(HiringServer.accessLine(Instant.EPOCH, "r", "POST", "/v1/lint", 200, 3f, 10, 20))
                        .path("responseBytes")
                        .asLong())
                .isEqualTo(20);
    }
}
