package dev.hiring.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.HiringException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SafetyTest {
    static final String KEY = "k-0123456789abcdef";

    @Test
    void aNonLoopbackBindWithoutAnApiKeyRefusesToStart() {
        assertThatThrownBy(() -> HiringServer.start(ServerConfig.defaults().withAddress("0.0.0.0", 0)))
                .isInstanceOf(HiringException.class)
                .hasMessageContaining("without an API key");
        assertThat(HiringServer.isLoopback("127.0.0.1")).isTrue();
        assertThat(HiringServer.isLoopback("localhost")).isTrue();
        assertThat(HiringServer.isLoopback("0.0.0.0")).isFalse();
        assertThatThrownBy(() -> ServerConfig.defaults().withApiKey("short")).isInstanceOf(HiringException.class);
    }

    @Test
    void withAKeyEveryApiRouteNeedsIt() {
        try (HiringServer s = HiringServer.start(ServerConfig.defaults()
                .withAddress("127.0.0.1", 0)
                .withApiKey(KEY)
                .withAccessLog(l -> {}))) {
            HttpResponse<String> none = Http.post(s.url() + "/v1/lint", "text/plain", "x");
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(Http.get(s.url() + "/metrics").statusCode()).isEqualTo(401);
            assertThat(Http.get(s.url() + "/v1/rules", "X-Api-Key", KEY + "x").statusCode())
                    .isEqualTo(401);
            assertThat(Http.post(s.url() + "/v1/lint", "text/plain", "x", "Authorization", "Bearer " + KEY)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(Http.get(s.url() + "/v1/rules", "X-Api-Key", KEY).statusCode())
                    .isEqualTo(200);
            assertThat(Http.get(s.url() + "/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void bodiesOverTheRouteLimitGet413() {
        try (HiringServer s = HiringServer.start(ServerConfig.defaults()
                .withAddress("127.0.0.1", 0)
                .withBodyLimits(1000, 500, 2000)
                .withAccessLog(l -> {}))) {
            String big = "word ".repeat(300);
            assertThat(Http.post(s.url() + "/v1/lint", "text/plain", big).statusCode())
                    .isEqualTo(413);
            assertThat(Http.post(s.url() + "/v1/lint", "text/plain", big.substring(0, 900))
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> decide = Http.post(s.url() + "/v1/decide", "application/json", big);
            assertThat(decide.statusCode()).isEqualTo(413);
            assertThat(ApiTest.problem(decide).path("field").asText()).isEqualTo("body");
            // a streamed body without Content-Length is cut off at the limit as well
            HttpRequest chunked = HttpRequest.newBuilder(URI.create(s.url() + "/v1/lint"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                    .build();
            assertThat(Http.send(chunked).statusCode()).isEqualTo(413);
        }
    }

    @Test
    void noLogLineHoldsPostingOrScorecardText() throws Exception {
        String marker = "ZQXMARKER" + "7731";
        List<String> lines = new CopyOnWriteArrayList<>();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        int answers = 0;
        try (HiringServer s = HiringServer.start(
                ServerConfig.defaults().withAddress("127.0.0.1", 0).withAccessLog(lines::add))) {
            String posting = "# Engineer " + marker + "\n\nWe want a " + marker + " ninja.\n";
            String loop = Http.resource("loop.json").replace("queue-backed", marker);
            // a rating outside the scale: the error names the field; the notes hold the marker
            String badLoop = loop.replace("\"exceeds\", \"coding", "\"stellar\", \"coding");
            List<HttpResponse<String>> rs = List.of(
                    Http.post(s.url() + "/v1/lint", "text/markdown", posting),
                    Http.post(s.url() + "/v1/lint?path=" + marker, "text/markdown", posting),
                    Http.post(s.url() + "/v1/lint", "application/json", "{\"text\":\"" + marker + "\",\"x\":1}"),
                    Http.post(s.url() + "/v1/decide", "application/json", loop),
                    Http.post(s.url() + "/v1/decide", "application/json", badLoop),
                    Http.post(s.url() + "/v1/decide", "application/json", "{\"" + marker + "\": "),
                    Http.post(s.url() + "/v1/impact", "text/csv", "group,applicants,selected\n" + marker + ",x,1\n"),
                    Http.get(s.url() + "/v1/guides/" + marker, "X-Request-Id", marker + " x"));
            for (HttpResponse<String> r : rs) {
                answers += r.statusCode() > 0 ? 1 : 0;
                if (r.statusCode() >= 400) {
                    assertThat(r.body()).doesNotContain(marker);
                }
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(answers).isEqualTo(8);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(8);
        assertThat(lines).noneMatch(l -> l.contains(marker));
        String console = captured.toString(StandardCharsets.UTF_8);
        assertThat(console).doesNotContain(marker);
    }

    /** Whether the server still takes new requests (a 503 or a refused connection means it is draining). */
    static boolean accepting(String url) {
        try {
            return Http.get(url).statusCode() != 503;
        } catch (java.io.UncheckedIOException e) {
            return false;
        }
    }

    /**
     * A request whose body is still arriving when the shutdown starts: the server stops taking new requests, waits
     * for it and answers it. Sent over a plain socket, so that its headers and the first part of its body leave at
     * once and the rest only when the test says (an HTTP client may hold a body back until it has a buffer full).
     */
    @Test
    void shutdownFinishesARequestInFlight() throws Exception {
        HiringServer s = HiringServer.start(ServerConfig.defaults()
                .withAddress("127.0.0.1", 0)
                .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(20))
                .withAccessLog(l -> {}));
        byte[] first = "# Platform engineer\n\n".getBytes(StandardCharsets.UTF_8);
        byte[] rest = "We run payments for 2,000 shops.\n".getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create(s.url());
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            String head = "POST /v1/lint HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: text/markdown\r\nContent-Length: " + (first.length + rest.length)
                    + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(first);
            out.flush();
            for (int i = 0; i < 400 && s.requestsInFlight() == 0; i++) {
                Thread.sleep(50); // until the server handles the request, which waits for the rest of its body
            }
            assertThat(s.requestsInFlight()).isEqualTo(1);
            CompletableFuture<Void> closing = CompletableFuture.runAsync(s::close);
            for (int i = 0; i < 400 && accepting(s.url() + "/health"); i++) {
                Thread.sleep(50); // until new requests are refused
            }
            assertThat(accepting(s.url() + "/health")).isFalse();
            assertThat(closing).isNotDone();
            out.write(rest);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            closing.get(30, TimeUnit.SECONDS);
            assertThat(response).startsWith("HTTP/1.1 200");
            assertThat(response).contains("\"findings\"");
        }
    }
}
