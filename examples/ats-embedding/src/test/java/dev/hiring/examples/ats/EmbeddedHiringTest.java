package dev.hiring.examples.ats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.jdlint.FileResult;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.format.JsonFormat;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.NativeFormat;
import dev.hiring.testkit.JdDefect;
import dev.hiring.testkit.JdGens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts the SDK's server inside this JVM, as an ATS would, and calls its API over HTTP. */
class EmbeddedHiringTest {
    private static final List<String> LOG = new CopyOnWriteArrayList<>();
    private static final Linter LINTER = Linter.builder().loadProviders().build();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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

    private static EmbeddedHiring hiring;

    @BeforeAll
    static void start() {
        hiring = EmbeddedHiring.start(LOG::add);
    }

    @AfterAll
    static void stop() {
        hiring.close();
    }

    @Test
    void listensOnTheLoopbackPortItChose() {
        assertThat(hiring.port()).isPositive();
        assertThat(hiring.baseUri().toString()).isEqualTo("http://127.0.0.1:" + hiring.port());
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(tree(health.body()).path("ready").asBoolean()).isTrue();
    }

    @Test
    void lintAnswersTheLibrarysJsonReport() {
        AtomicInteger checked = new AtomicInteger();
        qt().withExamples(10).forAll(JdGens.broken(JdDefect.MISSING_PAY_BAND)).checkAssert(posting -> {
            HttpResponse<String> r = post("/v1/lint", "text/markdown", posting);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            String expected =
                    JsonFormat.format(List.of(new FileResult("<stdin>", LINTER.lint(posting, InputFormat.MARKDOWN))));
            JsonNode report = tree(r.body());
            assertThat(report).isEqualTo(tree(expected));
            boolean pay = false;
            for (JsonNode f : report.path("files").path(0).path("findings")) {
                pay |= f.path("ruleId").asText().equals("compensation-band");
            }
            assertThat(pay)
                    .as("a compensation-band finding for a posting without a pay band")
                    .isTrue();
            checked.incrementAndGet();
        });
        assertThat(checked.get()).as("postings checked").isPositive();
    }

    @Test
    void lintOfACleanPostingHasNoErrors() {
        qt().withExamples(10).forAll(JdGens.postings()).checkAssert(posting -> {
            HttpResponse<String> r = post("/v1/lint", "text/markdown", posting);
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode findings = tree(r.body()).path("files").path(0).path("findings");
            assertThat(findings.isArray()).isTrue();
            for (JsonNode f : findings) {
                assertThat(f.path("severity").asText()).as(f.toString()).isNotEqualTo("error");
            }
        });
    }

    @Test
    void decideAnswersTheDecisionRecordWithItsTraceAndNoNotes() {
        HttpResponse<String> r = post("/v1/decide?policy=senior-backend-engineer", "application/json", EVALUATION);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("SECRET-NOTE");
        JsonNode record = tree(r.body());
        DecisionPolicy policy = HiringPolicies.seniorBackendEngineer();
        assertThat(record.path("decision"))
                .isEqualTo(tree(
                        policy.decide(NativeFormat.read(EVALUATION, policy)).toJson()));
        assertThat(record.path("decision").path("candidate").asText()).isEqualTo("c-42");
        assertThat(record.path("decision").path("outcome").asText()).isEqualTo("HIRE");
        assertThat(record.path("decision").path("trace").toString()).contains("min-interviewers");
        assertThat(record.path("policy").path("hash").asText()).isEqualTo(policy.hash());
    }

    @Test
    void badInputIsAProblemNamingTheFieldWithoutTheNotes() {
        HttpResponse<String> rating = post(
                "/v1/decide", "application/json", EVALUATION.replace("\"meets\", \"coding", "\"superb\", \"coding"));
        assertThat(rating.statusCode()).isEqualTo(400);
        assertThat(rating.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = tree(rating.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:hiring:problem:invalid-input");
        assertThat(problem.path("field").asText()).isEqualTo("$.scorecards[0].ratings.system-design");
        assertThat(rating.body()).doesNotContain("SECRET");

        HttpResponse<String> twice = post("/v1/decide", "application/json", EVALUATION.replace("\"i-2\"", "\"i-1\""));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(tree(twice.body()).path("detail").asText()).contains("interviewer 'i-1' already has scorecards[0]");
        assertThat(twice.body()).doesNotContain("SECRET");

        HttpResponse<String> pdf = post("/v1/lint", "application/pdf", "%PDF");
        assertThat(pdf.statusCode()).isEqualTo(415);
        assertThat(tree(pdf.body()).path("field").asText()).isEqualTo("Content-Type");
    }

    @Test
    void accessLinesGoToTheApplicationsLogWithoutBodies() {
        String marker = "PLANTED-MARKER-7Q";
        assertThat(post("/v1/lint", "text/plain", "We want a ninja. " + marker).statusCode())
                .isEqualTo(200);
        assertThat(LOG).anyMatch(l -> l.contains("\"route\":\"/v1/lint\"") && l.contains("\"status\":200"));
        assertThat(LOG).noneMatch(l -> l.contains(marker));
    }

    @Test
    void closeReleasesThePort() {
        EmbeddedHiring second = EmbeddedHiring.start(line -> {});
        assertThat(second.port()).isNotEqualTo(hiring.port());
        HttpRequest health = HttpRequest.newBuilder(second.baseUri().resolve("/health"))
                .timeout(Duration.ofSeconds(10))
                .build();
        assertThat(send(health).statusCode()).isEqualTo(200);
        second.close();
        second.close();
        // a new client: the shared one may keep a connection to the stopped server alive in its pool
        HttpClient fresh =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertThatThrownBy(() -> fresh.send(health, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }

    private static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(hiring.baseUri().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .build());
    }

    private static HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(hiring.baseUri().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
