package dev.hiring.examples.ats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.hiring.testkit.JdDefect;
import dev.hiring.testkit.JdGens;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts the service on a free loopback port and calls it as an ATS would. */
class AtsServerTest {
    private static AtsServer server;
    private static HttpClient client;

    private static final String EVALUATION = """
            {"candidate": "c-42", "role": "senior-backend-engineer",
             "scorecards": [
               {"interviewer": "i-1", "ratings": {"system-design": "meets", "coding-and-apis": "exceeds",
                 "reliability-and-ops": "meets", "collaboration-and-leadership": "meets", "security-and-data": "meets"},
                "recommendation": "HIRE", "notes": "SECRET-NOTE said great things"},
               {"interviewer": "i-2", "ratings": {"system-design": "meets", "coding-and-apis": "meets",
                 "reliability-and-ops": "exceeds", "collaboration-and-leadership": "meets", "security-and-data": "meets"},
                "recommendation": "STRONG_HIRE"}]}
            """;

    @BeforeAll
    @SuppressWarnings("AddressSelection") // an IP literal: no name lookup, one address
    static void start() throws Exception {
        // README:begin start
        server = AtsServer.start(new InetSocketAddress("127.0.0.1", 0));
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> guide = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/guide"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        // README:end start
        assertThat(guide.statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void servesTheGuide() throws Exception {
        HttpResponse<String> r = get("/guide");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(r.body()).contains("\"id\" : \"senior-backend-engineer\"").contains("system-design");
    }

    @Test
    void lintsCleanPostingsAndBrokenOnes() {
        qt().withExamples(10).forAll(JdGens.postings()).checkAssert(clean -> {
            HttpResponse<String> ok = post("/lint", clean);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body())
                    .contains("\"tool\"")
                    .contains("\"findings\"")
                    .doesNotContain("\"severity\" : \"error\"");
        });
        qt().withExamples(10).forAll(JdGens.broken(JdDefect.MISSING_PAY_BAND)).checkAssert(noPay -> {
            HttpResponse<String> r = post("/lint", noPay);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"ruleId\" : \"compensation-band\"");
        });
    }

    @Test
    void lintsHtmlWhenAsked() throws Exception {
        HttpResponse<String> r = post("/lint?format=html", "<h1>Engineer</h1><p>We want a ninja.</p>");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("no-buzzwords");
    }

    @Test
    void decidesWithATraceAndNeverEchoesNotes() throws Exception {
        HttpResponse<String> r = post("/decide", EVALUATION);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("\"candidate\" : \"c-42\"")
                .contains("\"outcome\" : \"HIRE\"")
                .contains("\"trace\"")
                .contains("min-interviewers")
                .doesNotContain("SECRET-NOTE");
    }

    @Test
    void badJsonIsA400NamingTheProblemWithoutNotes() throws Exception {
        HttpResponse<String> r = post("/decide", EVALUATION.replace("\"meets\", \"coding", "\"superb\", \"coding"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .startsWith("{")
                .contains("\"error\"")
                .contains("system-design")
                .doesNotContain("SECRET");

        HttpResponse<String> garbage = post("/decide", "{not json");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("\"error\"");
    }

    @Test
    void anUndecidableEvaluationIsA422NamingTheProblem() throws Exception {
        HttpResponse<String> twice =
                post("/decide", EVALUATION.replace("\"interviewer\": \"i-2\"", "\"interviewer\": \"i-1\""));
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body())
                .contains("scorecards[1].interviewer: interviewer 'i-1' already has scorecards[0]")
                .doesNotContain("SECRET");

        HttpResponse<String> role =
                post("/decide", EVALUATION.replace("senior-backend-engineer", "staff-data-engineer"));
        assertThat(role.statusCode()).isEqualTo(422);
        assertThat(role.body()).contains("role: the evaluation is for role 'staff-data-engineer'");
    }

    @Test
    void unknownPolicyOrFormatIsA400() throws Exception {
        assertThat(post("/decide?policy=nope", EVALUATION).body()).contains("policy must be one of");
        assertThat(post("/lint?format=pdf", "x").statusCode()).isEqualTo(400);
    }

    @Test
    void bodiesAreBoundedAndMustBeUtf8() throws Exception {
        HttpResponse<String> big = post("/lint", "a".repeat(AtsServer.MAX_BODY_BYTES + 1));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("larger than 1048576 bytes");

        HttpResponse<String> latin1 = client.send(
                HttpRequest.newBuilder(uri("/lint"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'a', (byte) 0xE9, 'b'}))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(latin1.statusCode()).isEqualTo(400);
        assertThat(latin1.body()).contains("not valid UTF-8");
    }

    @Test
    void wrongMethodAndUnknownPathAreClear() throws Exception {
        HttpResponse<String> getLint = get("/lint");
        assertThat(getLint.statusCode()).isEqualTo(405);
        assertThat(getLint.headers().firstValue("Allow")).hasValue("POST");
        assertThat(get("/nowhere").statusCode()).isEqualTo(404);
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }

    private static HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
