package dev.hiring.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hiring.core.HiringException;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.core.json.HiringJson;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.jspecify.annotations.Nullable;

/**
 * The Hiring SDK as an HTTP service: API v1 (lint, decide, verify, impact, guides, policies, rules), its OpenAPI document,
 * health and Prometheus metrics, and the recruiter page at {@code /}. Stateless: every request carries its input.
 *
 * <pre>{@code
 * try (HiringServer server = HiringServer.start(ServerConfig.defaults().withAddress("127.0.0.1", 0))) {
 *     System.out.println(server.url());
 * }
 * }</pre>
 *
 * <p>Any bind other than loopback needs an API key ({@link ServerConfig#withApiKey}); requests to {@code /v1/…} and
 * {@code /metrics} then carry it as {@code Authorization: Bearer KEY} or {@code X-Api-Key: KEY}. Access-log lines
 * are JSON without bodies or query strings; no candidate text reaches a log line.
 */
public final class HiringServer implements AutoCloseable {
    /** The response header carrying the request id (taken from the request when it is a safe token). */
    public static final String REQUEST_ID = "X-Request-Id";

    static final String PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    private static final String ROUTE_ATTR = "hiring.route";
    private static final String ID_ATTR = "hiring.requestId";
    private static final String COUNTED_ATTR = "hiring.counted";
    private static final JsonFactory LOG_JSON = new JsonFactory();

    /** One served route: its method, its path template (as in the OpenAPI document) and whether it needs the key. */
    record Route(String method, String path, boolean keyed, Handler handler) {}

    private final ServerConfig config;
    private final Javalin app;
    private final PrometheusMeterRegistry registry;
    private final List<Route> routes;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final Deadline deadline;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();

    private HiringServer(ServerConfig config) {
        this.config = config;
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.deadline = new Deadline(config.requestTimeout());
        Api api = new Api(config, registry, deadline);
        this.routes = List.of(
                new Route("GET", "/", false, ctx -> page(ctx, "index.html", "text/html; charset=utf-8")),
                new Route("GET", "/app.js", false, ctx -> page(ctx, "app.js", "text/javascript; charset=utf-8")),
                new Route("GET", "/app.css", false, ctx -> page(ctx, "app.css", "text/css; charset=utf-8")),
                new Route("GET", "/health", false, this::health),
                new Route("GET", "/metrics", true, this::metrics),
                new Route("GET", "/openapi.json", false, HiringServer::openApi),
                new Route("POST", "/v1/lint", true, api::lint),
                new Route("POST", "/v1/decide", true, api::decide),
                new Route("POST", "/v1/verify", true, api::verify),
                new Route("POST", "/v1/impact", true, api::impact),
                new Route("GET", "/v1/guides", true, api::guides),
                new Route("GET", "/v1/guides/{id}", true, api::guide),
                new Route("GET", "/v1/policies", true, api::policies),
                new Route("GET", "/v1/policies/{id}", true, api::policy),
                new Route("GET", "/v1/rules", true, api::rules));
        int maxBody = Math.max(config.lintBytes(), Math.max(config.decideBytes(), config.impactBytes()));
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = maxBody;
            c.http.prefer405over404 = true;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
            c.jetty.modifyServer(
                    server -> server.setStopTimeout(config.drainTimeout().toMillis()));
            if (!config.corsOrigins().isEmpty()) {
                c.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    List<String> origins = config.corsOrigins();
                    rule.allowHost(
                            origins.get(0), origins.subList(1, origins.size()).toArray(new String[0]));
                }));
            }
            c.routes.before(this::before);
            for (Route r : routes) {
                Handler h = instrumented(r);
                if (r.method().equals("GET")) {
                    c.routes.get(r.path(), h);
                } else {
                    c.routes.post(r.path(), h);
                }
            }
            c.routes.exception(Problem.class, (e, ctx) -> problem(ctx, e));
            c.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, fromJavalin(e)));
            c.routes.exception(Exception.class, (e, ctx) -> problem(ctx, internal(e)));
            c.requestLogger.http(this::logRequest);
        });
    }

    /**
     * Starts a server and returns once it listens.
     *
     * @throws HiringException if the address is not loopback and no API key is configured, or the address cannot be
     *     resolved or bound
     */
    public static HiringServer start(ServerConfig config) {
        Objects.requireNonNull(config, "config");
        if (config.apiKey() == null && !isLoopback(config.host())) {
            throw new HiringException("refusing to listen on " + config.host()
                    + " without an API key: give --api-key-file FILE, or bind to 127.0.0.1");
        }
        HiringServer s = new HiringServer(config);
        try {
            s.app.start();
        } catch (RuntimeException e) {
            s.deadline.close();
            throw new HiringException(
                    "cannot listen on " + config.host() + ":" + config.port() + ": " + Errors.oneLine(rootMessage(e)));
        }
        for (Connector c : s.app.jettyServer().server().getConnectors()) {
            if (c instanceof AbstractConnector a) {
                a.setIdleTimeout(30_000);
            }
        }
        return s;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }

    /** Whether a host name or address is a loopback address (127.0.0.0/8, ::1, localhost). */
    static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The base URL, such as {@code http://127.0.0.1:8080}. */
    public String url() {
        String h = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + h + ":" + port();
    }

    /** The number of requests being handled now. */
    long requestsInFlight() {
        return inFlight.get();
    }

    /** The routes served, in the order they are registered. */
    List<Route> routes() {
        return routes;
    }

    /**
     * Stops: {@code /health} reports not ready, new requests are refused, requests in flight finish (up to the drain
     * timeout), then the server stops.
     */
    @Override
    public void close() {
        if (draining.compareAndSet(false, true)) {
            // new requests get 503 from now on; wait for those in flight, then stop
            long until = System.nanoTime() + config.drainTimeout().toNanos();
            while (inFlight.get() > 0 && System.nanoTime() < until) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            app.stop();
            deadline.close();
            registry.close();
        }
    }

    // ---- cross-cutting

    private void before(Context ctx) {
        inFlight.incrementAndGet();
        ctx.attribute(COUNTED_ATTR, true);
        String id = requestId(ctx.header(REQUEST_ID));
        ctx.attribute(ID_ATTR, id);
        ctx.header(REQUEST_ID, id);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        String path = ctx.path();
        boolean api = path.startsWith("/v1/") || path.equals("/metrics");
        ctx.header("Content-Security-Policy", api ? API_CSP : PAGE_CSP);
        if (api) {
            ctx.header("Cache-Control", "no-store");
        }
        if (draining.get() && !path.equals("/health")) {
            ctx.header("Connection", "close");
            throw new Problem(Problem.Type.UNAVAILABLE, "the server is shutting down");
        }
        String key = config.apiKey();
        if (key != null && api && !ctx.method().name().equals("OPTIONS") && !authorized(ctx, key)) {
            throw new Problem(
                    Problem.Type.UNAUTHORIZED,
                    "send the API key as Authorization: Bearer KEY or X-Api-Key: KEY",
                    "Authorization");
        }
    }

    private static boolean authorized(Context ctx, String key) {
        String given = ctx.header("X-Api-Key");
        String auth = ctx.header("Authorization");
        if (given == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = auth.substring(7).strip();
        }
        return given != null
                && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8));
    }

    /** The client's request id when it is a short safe token, otherwise a new random one. */
    static String requestId(@Nullable String given) {
        if (given != null && !given.isEmpty() && given.length() <= 64) {
            boolean ok = true;
            for (int i = 0; i < given.length() && ok; i++) {
                char c = given.charAt(i);
                ok = (c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || c == '-'
                        || c == '_'
                        || c == '.'
                        || c == ':';
            }
            if (ok) {
                return given;
            }
        }
        return newRequestId();
    }

    /**
     * A random version-4 UUID from the thread's own generator. A request id only has to be unique, not secret:
     * {@link UUID#randomUUID()} draws from one shared {@code SecureRandom} whose lock every request thread then
     * queues on, which the load runs showed as the server's most contended monitor.
     */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    private Handler instrumented(Route r) {
        return ctx -> {
            ctx.attribute(ROUTE_ATTR, r.method() + " " + r.path());
            r.handler().handle(ctx);
        };
    }

    private void logRequest(Context ctx, Float ms) {
        try {
            logAndMeasure(ctx, ms);
        } finally {
            if (ctx.attribute(COUNTED_ATTR) != null) {
                inFlight.decrementAndGet();
            }
        }
    }

    private void logAndMeasure(Context ctx, Float ms) {
        String route = ctx.attribute(ROUTE_ATTR);
        String shown = route == null ? "unmatched" : route.substring(route.indexOf(' ') + 1);
        String method = ctx.method().name();
        int status = ctx.statusCode();
        timer(method, shown, status).record((long) (ms * 1_000_000.0), TimeUnit.NANOSECONDS);
        String id = ctx.attribute(ID_ATTR);
        String length = ctx.res().getHeader("Content-Length");
        config.accessLog()
                .accept(accessLine(
                        Instant.now(),
                        id == null ? "" : id,
                        method,
                        shown,
                        status,
                        ms,
                        Math.max(0, ctx.req().getContentLengthLong()),
                        length == null ? -1 : Long.parseLong(length)));
    }

    /**
     * The request timer of a method, route template and status. Micrometer would find the same timer again from a
     * new builder, but building its id (tags sorted, a histogram configured) on every request costs more than the
     * lookup here; the set of keys is bounded by the routes and the statuses they answer.
     */
    private Timer timer(String method, String route, int status) {
        String key = method + ' ' + route + ' ' + status;
        Timer t = timers.get(key);
        if (t == null) {
            t = timers.computeIfAbsent(
                    key,
                    k -> Timer.builder("http.server.requests")
                            .description("HTTP requests by route")
                            .tag("method", method)
                            .tag("route", route)
                            .tag("status", Integer.toString(status))
                            .publishPercentileHistogram()
                            .register(registry));
        }
        return t;
    }

    /** The second last formatted by {@link #timestamp}, and its text up to the seconds ("2026-12-01T17:56:28"). */
    private record Second(long epochSecond, String text) {}

    private static volatile Second lastSecond = new Second(Long.MIN_VALUE, "");

    /**
     * An instant in UTC with milliseconds, such as {@code 2026-12-01T17:56:28.042Z}. The date and time up to the
     * second are formatted once a second: formatting them on every request was the access log's largest cost.
     */
    static String timestamp(Instant at) {
        long sec = at.getEpochSecond();
        Second s = lastSecond;
        if (s.epochSecond() != sec) {
            String full =
                    DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.ofEpochSecond(sec, 0, ZoneOffset.UTC));
            s = new Second(sec, full);
            lastSecond = s;
        }
        int millis = at.getNano() / 1_000_000;
        StringBuilder b = new StringBuilder(24).append(s.text()).append('.');
        if (millis < 100) {
            b.append('0');
        }
        if (millis < 10) {
            b.append('0');
        }
        return b.append(millis).append('Z').toString();
    }

    /**
     * One access-log line: a JSON object written by Jackson's streaming generator (no tree in between). It holds
     * the route template, never the raw path, query or body; {@code responseBytes} is left out when unknown (-1).
     */
    static String accessLine(
            Instant at,
            String requestId,
            String method,
            String route,
            int status,
            float ms,
            long requestBytes,
            long responseBytes) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = LOG_JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("ts", timestamp(at));
            g.writeStringField("type", "access");
            g.writeStringField("requestId", requestId);
            g.writeStringField("method", method);
            g.writeStringField("route", route);
            g.writeNumberField("status", status);
            g.writeNumberField("ms", Math.round(ms * 1000.0) / 1000.0);
            g.writeNumberField("requestBytes", requestBytes);
            if (responseBytes >= 0) {
                g.writeNumberField("responseBytes", responseBytes);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void problem(Context ctx, Problem p) {
        ObjectNode json = HiringJackson.mapper().createObjectNode();
        json.put("type", p.type().uri());
        json.put("title", p.type().title);
        json.put("status", p.type().status);
        json.put("detail", p.detail());
        String field = p.field();
        if (field != null) {
            json.put("field", field);
        }
        String id = ctx.attribute(ID_ATTR);
        if (id != null) {
            json.put("requestId", id);
        }
        if (p.type() == Problem.Type.UNAVAILABLE) {
            ctx.header("Retry-After", "1");
        }
        if (p.type() == Problem.Type.UNAUTHORIZED) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        ctx.status(p.type().status);
        ctx.contentType("application/problem+json");
        ctx.result(HiringJson.write(json));
    }

    private static Problem fromJavalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> new Problem(Problem.Type.NOT_FOUND, "no route for this path", "path");
            case 405 -> new Problem(Problem.Type.METHOD_NOT_ALLOWED, "this route does not take this method", "method");
            case 413 -> new Problem(Problem.Type.PAYLOAD_TOO_LARGE, "the body is too large", "body");
            case 415 -> new Problem(Problem.Type.UNSUPPORTED_MEDIA_TYPE, "unsupported media type", "Content-Type");
            case 503 -> new Problem(Problem.Type.UNAVAILABLE, "the server is shutting down or overloaded");
            default ->
                e.getStatus() >= 500
                        ? new Problem(Problem.Type.INTERNAL, "internal error")
                        : new Problem(Problem.Type.INVALID_INPUT, "bad request");
        };
    }

    /** An unexpected error: the answer and the log name only its class, never its message (it may hold text). */
    private static Problem internal(Exception e) {
        if (e instanceof HiringException h) {
            return Errors.invalid(h, "body");
        }
        if (e instanceof java.io.UncheckedIOException) {
            return new Problem(Problem.Type.INVALID_INPUT, "the body could not be read to its end", "body");
        }
        System.err.println("{\"type\":\"error\",\"error\":\"" + e.getClass().getName() + "\"}");
        return new Problem(
                Problem.Type.INTERNAL, "internal error (" + e.getClass().getSimpleName() + ")");
    }

    // ---- operations and static routes

    private void health(Context ctx) {
        boolean ready = !draining.get();
        ObjectNode json = HiringJackson.mapper().createObjectNode();
        json.put("status", ready ? "UP" : "DRAINING");
        json.put("live", true);
        json.put("ready", ready);
        ctx.status(ready ? 200 : 503);
        Api.json(ctx, HiringJson.write(json));
    }

    private void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
        ctx.result(registry.scrape());
    }

    private static void openApi(Context ctx) {
        String doc = Objects.requireNonNull(Api.resource("/dev/hiring/server/openapi.json"), "openapi.json");
        Api.json(ctx, doc);
    }

    private static void page(Context ctx, String file, String type) {
        String body = Api.resource("/dev/hiring/server/web/" + file);
        if (body == null) {
            throw new Problem(Problem.Type.NOT_FOUND, "no such page", "path");
        }
        ctx.contentType(type);
        ctx.result(body);
    }

    /** The routes as "METHOD path" strings; for tests. */
    List<String> routeKeys() {
        List<String> out = new ArrayList<>();
        for (Route r : routes) {
            out.add(r.method() + " " + r.path());
        }
        return out;
    }
}
