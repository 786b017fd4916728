package dev.hiring.examples.ats;

import dev.hiring.server.HiringServer;
import dev.hiring.server.ServerConfig;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * The SDK's own HTTP server run inside an applicant tracking system's JVM: the ATS starts it beside its own
 * components on a loopback port, sends its access-log lines to the ATS's own log, and stops it when it shuts down.
 * Every part of the ATS (and its services in other languages on the same host) then calls the SDK's API v1 over
 * HTTP: {@code POST /v1/lint}, {@code POST /v1/decide} and the rest, with the JSON and problem details of
 * {@code hiring-server}.
 *
 * <p>There is no second HTTP implementation here: the routes, limits, errors, metrics and graceful shutdown are the
 * server's. This class only chooses the configuration and owns the lifecycle.
 */
public final class EmbeddedHiring implements AutoCloseable {
    private final HiringServer server;

    private EmbeddedHiring(HiringServer server) {
        this.server = server;
    }

    /**
     * Starts the SDK's server on a free loopback port and returns once it listens.
     *
     * @param accessLog where the server's access-log lines go (one JSON object per request, never a body)
     * @throws dev.hiring.core.HiringException if the server cannot listen
     */
    public static EmbeddedHiring start(Consumer<String> accessLog) {
        Objects.requireNonNull(accessLog, "accessLog");
        // README:begin start
        ServerConfig config = ServerConfig.defaults()
                .withAddress("127.0.0.1", 0) // loopback only (no API key needed); port 0 picks a free port
                .withAccessLog(accessLog); // into the ATS's own log
        HiringServer server = HiringServer.start(config);
        // README:end start
        return new EmbeddedHiring(server);
    }

    /** The base URI of the SDK's API, such as {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return URI.create(server.url());
    }

    /** The port chosen at start. */
    public int port() {
        return server.port();
    }

    /** Stops the server: requests in flight finish first, then the port is released. Calling it again does nothing. */
    @Override
    public void close() {
        server.close();
    }

    /** Runs the embedded server until the JVM is told to stop (Ctrl-C), printing its address. */
    public static void main(String[] args) throws InterruptedException {
        EmbeddedHiring hiring = start(line -> System.out.println(line));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            hiring.close();
                            stopped.countDown();
                        },
                        "ats-hiring-stop"));
        System.err.println("the SDK's API listens on " + hiring.baseUri() + "; Ctrl-C stops");
        stopped.await();
    }
}
