package dev.hiring.examples.ats;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.json.HiringJson;
import dev.hiring.jdlint.FileResult;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.InputTooLargeException;
import dev.hiring.jdlint.LintReport;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.format.JsonFormat;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.Decision;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.NativeFormat;
import dev.hiring.rubric.UndecidableEvaluationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The service an ATS calls, on the JDK's own {@link HttpServer} (no framework):
 *
 * <ul>
 *   <li>{@code POST /lint?format=markdown|html|text} with a job description → the lint report as jd-lint's JSON;
 *   <li>{@code POST /decide?policy=senior-backend-engineer} with a candidate's scorecards in the SDK's native JSON →
 *       the decision with its trace;
 *   <li>{@code GET /guide} → the built-in hiring guide as JSON.
 * </ul>
 *
 * Request bodies are limited to {@link #MAX_BODY_BYTES} (413 above it) and must be UTF-8. Bad input gets a 400 with
 * {@code {"error": "..."}} naming the field; the message never quotes interviewers' notes. A wrong method gets 405,
 * an unknown path 404.
 *
 * <p>This class is thread-safe; requests run on a small fixed pool of threads.
 */
public final class AtsServer implements AutoCloseable {
    /** The largest request body accepted, in bytes: 1 MiB. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private static final String JSON = "application/json; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Linter linter = Linter.builder().build();

    private AtsServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts the service on an address; port 0 picks a free port.
     *
     * @throws IOException if the address cannot be bound
     */
    public static AtsServer start(InetSocketAddress address) throws IOException {
        HttpServer server = HttpServer.create(address, 64);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        AtsServer ats = new AtsServer(server, executor);
        server.createContext("/lint", ex -> ats.handle(ex, "POST", ats::lint));
        server.createContext("/decide", ex -> ats.handle(ex, "POST", ats::decide));
        server.createContext(
                "/guide", ex -> ats.handle(ex, "GET", body -> HiringJson.write(HiringGuides.seniorBackendEngineer())));
        server.createContext(
                "/", ex -> ats.reply(ex, 404, error("no such endpoint; use POST /lint, POST /decide or GET /guide")));
        server.setExecutor(executor);
        server.start();
        return ats;
    }

    /** The port the service listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops the service, letting requests in flight finish for up to one second. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }

    /** Starts the service on {@code 127.0.0.1} and the port given as the first argument (default 8080). */
    @SuppressWarnings("AddressSelection") // an IP literal: no name lookup, one address
    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        AtsServer ats = start(new InetSocketAddress("127.0.0.1", port));
        System.out.println("listening on http://127.0.0.1:" + ats.port());
    }

    /** A request handler: body text in, JSON out. */
    private interface Endpoint {
        String respond(Request request);
    }

    /** A request's query parameters and body. */
    private record Request(String query, String body) {
        Optional<String> param(String name) {
            for (String pair : query.split("&", -1)) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                    return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return Optional.empty();
        }
    }

    /** The JSON body of an error response. */
    record ErrorBody(String error) {}

    private static String error(String message) {
        return HiringJson.write(new ErrorBody(message));
    }

    private void handle(HttpExchange ex, String method, Endpoint endpoint) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals(method)) {
                ex.getResponseHeaders().set("Allow", method);
                reply(ex, 405, error(ex.getRequestURI().getPath() + " accepts " + method + " only"));
                return;
            }
            String body;
            try {
                body = readBody(ex.getRequestBody());
            } catch (BodyTooLarge e) {
                reply(ex, 413, error("request body larger than " + MAX_BODY_BYTES + " bytes"));
                return;
            } catch (CharacterCodingException e) {
                reply(ex, 400, error("request body is not valid UTF-8"));
                return;
            }
            String query = ex.getRequestURI().getRawQuery();
            String out;
            try {
                out = endpoint.respond(new Request(query == null ? "" : query, body));
            } catch (InputTooLargeException e) {
                reply(ex, 413, error(String.valueOf(e.getMessage())));
                return;
            } catch (UndecidableEvaluationException e) {
                // well-formed, but not decidable as it stands (an interviewer twice, another role)
                reply(ex, 422, error(String.valueOf(e.getMessage())));
                return;
            } catch (HiringException e) {
                reply(ex, 400, error(String.valueOf(e.getMessage())));
                return;
            }
            reply(ex, 200, out);
        } catch (RuntimeException e) {
            // An unexpected failure: report it without details (which could hold input text).
            reply(ex, 500, error("internal error: " + e.getClass().getSimpleName()));
        }
    }

    private String lint(Request r) {
        String name = r.param("format").orElse("markdown").toUpperCase(Locale.ROOT);
        InputFormat format;
        try {
            format = InputFormat.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new HiringException("format must be markdown, html or text");
        }
        LintReport report = linter.lint(r.body(), format);
        return JsonFormat.format(List.of(new FileResult("<request>", report)));
    }

    private String decide(Request r) {
        String name = r.param("policy").orElse(HiringPolicies.SENIOR_BACKEND_ENGINEER);
        DecisionPolicy policy = HiringPolicies.byName(name)
                .orElseThrow(() -> new HiringException("policy must be one of " + HiringPolicies.names()));
        CandidateEvaluation evaluation = NativeFormat.read(r.body(), policy);
        // decide() is total by design; where evaluations enter a system, refuse what cannot be decided as it stands
        policy.requireDecidable(evaluation);
        Decision decision = policy.decide(evaluation);
        return decision.toJson();
    }

    /** Thrown when a body is larger than the limit. */
    private static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Reads at most {@link #MAX_BODY_BYTES} bytes and decodes them as strict UTF-8. */
    private static String readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new BodyTooLarge();
        }
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private void reply(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", JSON);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
