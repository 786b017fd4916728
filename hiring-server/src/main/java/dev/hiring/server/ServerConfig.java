package dev.hiring.server;

import dev.hiring.core.HiringException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link HiringServer} listens and what it accepts: address, API key, CORS origins, body-size and time limits,
 * and where access-log lines go. Immutable; each {@code with…} method returns a changed copy.
 */
public final class ServerConfig {
    /** The default address: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 8080;
    /** The default body limit of {@code POST /v1/lint}: 2 MiB. */
    public static final int DEFAULT_LINT_BYTES = 2 * 1024 * 1024;
    /** The default body limit of {@code POST /v1/decide} and {@code /v1/verify}: 1 MiB. */
    public static final int DEFAULT_DECIDE_BYTES = 1024 * 1024;
    /** The default body limit of {@code POST /v1/impact}: 8 MiB. */
    public static final int DEFAULT_IMPACT_BYTES = 8 * 1024 * 1024;
    /** The shortest API key accepted. */
    public static final int MIN_API_KEY_LENGTH = 16;

    private final String host;
    private final int port;
    private final @Nullable String apiKey;
    private final List<String> corsOrigins;
    private final int lintBytes;
    private final int decideBytes;
    private final int impactBytes;
    private final Duration requestTimeout;
    private final Duration drainTimeout;
    private final Consumer<String> accessLog;

    private ServerConfig(
            String host,
            int port,
            @Nullable String apiKey,
            List<String> corsOrigins,
            int lintBytes,
            int decideBytes,
            int impactBytes,
            Duration requestTimeout,
            Duration drainTimeout,
            Consumer<String> accessLog) {
        this.host = host;
        this.port = port;
        this.apiKey = apiKey;
        this.corsOrigins = List.copyOf(corsOrigins);
        this.lintBytes = lintBytes;
        this.decideBytes = decideBytes;
        this.impactBytes = impactBytes;
        this.requestTimeout = requestTimeout;
        this.drainTimeout = drainTimeout;
        this.accessLog = accessLog;
    }

    /** Loopback, port 8080, no API key, no CORS, the default limits, access log on standard output. */
    public static ServerConfig defaults() {
        return new ServerConfig(
                DEFAULT_HOST,
                DEFAULT_PORT,
                null,
                List.of(),
                DEFAULT_LINT_BYTES,
                DEFAULT_DECIDE_BYTES,
                DEFAULT_IMPACT_BYTES,
                Duration.ofSeconds(10),
                Duration.ofSeconds(20),
                ServerConfig::printLine);
    }

    private static void printLine(String line) {
        System.out.println(line);
    }

    /** The address to bind; an address other than loopback needs an API key. */
    public String host() {
        return host;
    }

    /** The port to bind; 0 picks a free one. */
    public int port() {
        return port;
    }

    /** The API key requests must carry, or null when none is required (loopback only). */
    public @Nullable String apiKey() {
        return apiKey;
    }

    /** The browser origins allowed to call the API cross-origin; empty (the default) means no CORS. */
    public List<String> corsOrigins() {
        return corsOrigins;
    }

    /** The largest body of {@code POST /v1/lint}, in bytes. */
    public int lintBytes() {
        return lintBytes;
    }

    /** The largest body of {@code POST /v1/decide} and {@code POST /v1/verify}, in bytes. */
    public int decideBytes() {
        return decideBytes;
    }

    /** The largest body of {@code POST /v1/impact}, in bytes. */
    public int impactBytes() {
        return impactBytes;
    }

    /** How long one request may compute before it is answered with 503. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** How long a shutdown waits for requests in flight. */
    public Duration drainTimeout() {
        return drainTimeout;
    }

    /** Where each access-log line (one JSON object, no body) goes. */
    public Consumer<String> accessLog() {
        return accessLog;
    }

    /** With this address and port. */
    public ServerConfig withAddress(String host, int port) {
        if (port < 0 || port > 65_535) {
            throw new HiringException("port: must be 0 to 65535, was " + port);
        }
        return new ServerConfig(
                Objects.requireNonNull(host, "host"),
                port,
                apiKey,
                corsOrigins,
                lintBytes,
                decideBytes,
                impactBytes,
                requestTimeout,
                drainTimeout,
                accessLog);
    }

    /**
     * With this API key (null for none).
     *
     * @throws HiringException if the key is shorter than {@link #MIN_API_KEY_LENGTH} or holds whitespace
     */
    public ServerConfig withApiKey(@Nullable String key) {
        if (key != null) {
            if (key.length() < MIN_API_KEY_LENGTH) {
                throw new HiringException("api key: must be at least " + MIN_API_KEY_LENGTH + " characters");
            }
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c <= ' ' || c > '~') {
                    throw new HiringException("api key: must be printable ASCII without spaces");
                }
            }
        }
        return new ServerConfig(
                host,
                port,
                key,
                corsOrigins,
                lintBytes,
                decideBytes,
                impactBytes,
                requestTimeout,
                drainTimeout,
                accessLog);
    }

    /** With these CORS origins, such as {@code https://ats.example.com}. */
    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(
                host,
                port,
                apiKey,
                origins,
                lintBytes,
                decideBytes,
                impactBytes,
                requestTimeout,
                drainTimeout,
                accessLog);
    }

    /** With these body limits in bytes (lint, decide and verify, impact). */
    public ServerConfig withBodyLimits(int lint, int decide, int impact) {
        if (lint < 1 || decide < 1 || impact < 1) {
            throw new HiringException("body limits: must be positive");
        }
        return new ServerConfig(
                host, port, apiKey, corsOrigins, lint, decide, impact, requestTimeout, drainTimeout, accessLog);
    }

    /** With these time limits: per request, and for draining requests in flight at shutdown. */
    public ServerConfig withTimeouts(Duration request, Duration drain) {
        if (request.isNegative() || request.isZero() || drain.isNegative()) {
            throw new HiringException("timeouts: the request timeout must be positive, the drain timeout not negative");
        }
        return new ServerConfig(
                host, port, apiKey, corsOrigins, lintBytes, decideBytes, impactBytes, request, drain, accessLog);
    }

    /** With access-log lines sent here. */
    public ServerConfig withAccessLog(Consumer<String> sink) {
        return new ServerConfig(
                host,
                port,
                apiKey,
                corsOrigins,
                lintBytes,
                decideBytes,
                impactBytes,
                requestTimeout,
                drainTimeout,
                Objects.requireNonNull(sink, "sink"));
    }
}
