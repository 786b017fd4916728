package dev.hiring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class Http1ConnectionTest {
    @Test
    void readsChunkedAndSizedAnswersAndReopensAClosedConnection() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        List<String> answers = List.of(
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;x=1\r\nhello\r\n1\r\n!\r\n0\r\n\r\n",
                "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 2\r\nConnection: close\r\n\r\nno",
                "HTTP/1.1 200 OK\r\ncontent-length: 3\r\n\r\nyes");
        try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> serve(server, answers, bodies));
            t.setDaemon(true);
            t.start();
            byte[] request = Http1Connection.post(
                    "127.0.0.1",
                    server.getLocalPort(),
                    "/v1/lint",
                    "text/plain",
                    "é body".getBytes(StandardCharsets.UTF_8));
            try (Http1Connection c = new Http1Connection(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 5_000)) {
                assertThat(c.exchange(request)).isEqualTo(200);
                assertThat(c.exchange(request)).isEqualTo(503);
                // the server closed that connection: the next request goes over a new one
                assertThat(c.exchange(request)).isEqualTo(200);
            }
            t.join(5_000);
        }
        assertThat(bodies).containsExactly("é body", "é body", "é body");
    }

    /** Answers in turn over as many connections as the client opens, closing after an answer that says so. */
    private static void serve(ServerSocket server, List<String> answers, List<String> bodies) {
        int next = 0;
        while (next < answers.size()) {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                while (next < answers.size()) {
                    String head = head(in);
                    int at = head.toLowerCase(java.util.Locale.ROOT).indexOf("content-length:");
                    int end = head.indexOf('\r', at);
                    int length = Integer.parseInt(head.substring(at + 15, end).strip());
                    bodies.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
                    String answer = answers.get(next++);
                    out.write(answer.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (answer.contains("Connection: close")) {
                        break;
                    }
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int n = 0;
        while (n < 4) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("closed");
            }
            b.write(c);
            n = (c == '\r' || c == '\n') ? n + 1 : 0;
        }
        return b.toString(StandardCharsets.US_ASCII);
    }
}
