package dev.hiring.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.jdlint.FileResult;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.format.JsonFormat;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.NativeFormat;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiTest {
    static final List<String> LOG = new CopyOnWriteArrayList<>();
    static HiringServer server;
    static String base;

    @BeforeAll
    static void start() {
        server = HiringServer.start(
                ServerConfig.defaults().withAddress("127.0.0.1", 0).withAccessLog(LOG::add));
        base = server.url();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String lintJson(String text, InputFormat format, String path) {
        return JsonFormat.format(List.of(
                new FileResult(path, Linter.builder().loadProviders().build().lint(text, format))));
    }

    @Test
    void lintAnswersTheLintJsonOfTheLibraryForRawMarkdownHtmlAndText() {
        String posting = Http.resource("posting.md");
        HttpResponse<String> md = Http.post(base + "/v1/lint", "text/markdown; charset=utf-8", posting);
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(md.body()).isEqualTo(lintJson(posting, InputFormat.MARKDOWN, "<stdin>"));
        JsonNode findings = Http.tree(md.body()).path("files").path(0).path("findings");
        assertThat(findings.size()).isGreaterThan(5);

        String html = "<h1>Data Engineer</h1><p>We want a rockstar.</p>";
        HttpResponse<String> h = Http.post(base + "/v1/lint?path=jd.html", "text/html", html);
        assertThat(h.body()).isEqualTo(lintJson(html, InputFormat.HTML, "jd.html"));
        HttpResponse<String> t = Http.post(base + "/v1/lint", "text/plain", "Ninja wanted");
        assertThat(t.body()).isEqualTo(lintJson("Ninja wanted", InputFormat.TEXT, "<stdin>"));
    }

    @Test
    void lintTakesJsonWithFormatAndConfig() {
        String body = "{\"text\":\"# Rockstar engineer\\n\\nWe want a ninja.\",\"format\":\"markdown\","
                + "\"config\":{\"rules\":{\"no-buzzwords\":\"off\"}},\"path\":\"a.md\"}";
        HttpResponse<String> r = Http.post(base + "/v1/lint", "application/json", body);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode file = Http.tree(r.body()).path("files").path(0);
        assertThat(file.path("path").asText()).isEqualTo("a.md");
        assertThat(r.body()).doesNotContain("\"no-buzzwords\"").contains("\"job-title\"");
    }

    @Test
    void badInputGetsAProblemNamingTheField() {
        HttpResponse<String> media = Http.post(base + "/v1/lint", "application/pdf", "x");
        assertThat(media.statusCode()).isEqualTo(415);
        assertThat(media.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(problem(media).path("field").asText()).isEqualTo("Content-Type");

        HttpResponse<String> missing = Http.post(base + "/v1/lint", "application/json", "{\"format\":\"html\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(problem(missing).path("field").asText()).isEqualTo("$.text");

        HttpResponse<String> unknown =
                Http.post(base + "/v1/lint", "application/json", "{\"text\":\"x\",\"colour\":1}");
        assertThat(problem(unknown).path("field").asText()).isEqualTo("$.colour");

        HttpResponse<String> syntax = Http.post(base + "/v1/decide", "application/json", "{\"candidate\": ");
        assertThat(syntax.statusCode()).isEqualTo(400);
        assertThat(problem(syntax).path("type").asText()).isEqualTo("urn:hiring:problem:invalid-input");

        String badRating = Http.resource("loop.json").replace("\"exceeds\", \"coding", "\"stellar\", \"coding");
        HttpResponse<String> rating = Http.post(base + "/v1/decide", "application/json", badRating);
        assertThat(rating.statusCode()).isEqualTo(400);
        assertThat(problem(rating).path("field").asText()).contains("system-design");
        assertThat(rating.body()).doesNotContain("queue-backed billing");

        HttpResponse<String> guide = Http.get(base + "/v1/guides/no-such-guide");
        assertThat(guide.statusCode()).isEqualTo(404);
        assertThat(problem(guide).path("field").asText()).isEqualTo("id");
        assertThat(Http.get(base + "/v2/nothing").statusCode()).isEqualTo(404);
        assertThat(Http.get(base + "/v1/lint").statusCode()).isEqualTo(405);
    }

    @Test
    void decideAnswersTheDecisionJsonOfTheLibrary() {
        String loop = Http.resource("loop.json");
        HttpResponse<String> r = Http.post(base + "/v1/decide", "application/json", loop);
        assertThat(r.statusCode()).isEqualTo(200);
        var policy = HiringPolicies.seniorBackendEngineer();
        JsonNode record = Http.tree(r.body());
        assertThat(record.path("decision"))
                .isEqualTo(
                        Http.tree(policy.decide(NativeFormat.read(loop, policy)).toJson()));
        assertThat(record.path("decision").path("outcome").asText()).isEqualTo("HIRE");
        assertThat(record.path("inputDigest").asText()).startsWith("sha256:");

        String verify = "{\"record\":" + r.body() + ",\"evaluation\":" + loop + "}";
        HttpResponse<String> holds = Http.post(base + "/v1/verify", "application/json", verify);
        assertThat(holds.statusCode()).isEqualTo(200);
        assertThat(Http.tree(holds.body()).path("holds").asBoolean()).isTrue();
        String changed = loop.replace("\"exceeds\", \"coding", "\"below\", \"coding");
        HttpResponse<String> broken = Http.post(
                base + "/v1/verify",
                "application/json",
                "{\"record\":" + r.body() + ",\"evaluation\":" + changed + "}");
        JsonNode b = Http.tree(broken.body());
        assertThat(b.path("holds").asBoolean()).isFalse();
        assertThat(b.path("mismatches").path(0).path("field").asText()).isEqualTo("inputDigest");
        HttpResponse<String> unknown = Http.post(base + "/v1/decide?policy=nope", "application/json", loop);
        assertThat(problem(unknown).path("field").asText()).isEqualTo("policy");
    }

    @Test
    void impactReadsCsvAndJsonRowsAlike() {
        HttpResponse<String> csv =
                Http.post(base + "/v1/impact", "text/csv", "group,applicants,selected\nmen,100,60\nwomen,100,45\n");
        assertThat(csv.statusCode()).isEqualTo(200);
        HttpResponse<String> json = Http.post(
                base + "/v1/impact",
                "application/json",
                "{\"rows\":[{\"group\":\"men\",\"applicants\":100,\"selected\":60},"
                        + "{\"group\":\"women\",\"applicants\":100,\"selected\":45}]}");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).isEqualTo(csv.body());
        assertThat(Http.tree(csv.body())
                        .path("groups")
                        .path(1)
                        .path("fourFifthsViolation")
                        .asBoolean())
                .isTrue();
        HttpResponse<String> bad = Http.post(base + "/v1/impact", "application/json", "{\"rows\":[{\"group\":\"a\"}]}");
        assertThat(problem(bad).path("field").asText()).isEqualTo("$.rows[0].applicants");
    }

    @Test
    void guidesPoliciesAndRulesAreServed() {
        JsonNode guides = Http.tree(Http.get(base + "/v1/guides").body());
        String id = guides.path("guides").path(0).path("id").asText();
        assertThat(id).isEqualTo("senior-backend-engineer");
        assertThat(Http.tree(Http.get(base + "/v1/guides/" + id).body())
                        .path("jdGuidelines")
                        .size())
                .isGreaterThan(3);
        assertThat(Http.get(base + "/v1/policies/senior-backend-engineer").body())
                .isEqualTo(HiringPolicies.seniorBackendEngineer().toJson());
        JsonNode rules = Http.tree(Http.get(base + "/v1/rules").body()).path("rules");
        assertThat(rules.size()).isEqualTo(21);
        for (JsonNode rule : rules) {
            assertThat(rule.path("doc").asText()).as(rule.path("id").asText()).contains("#");
        }
    }

    @Test
    void requestIdsAreEchoedOrMadeAndLoggedWithoutBodies() {
        HttpResponse<String> given = Http.get(base + "/health", "X-Request-Id", "abc-123");
        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("abc-123");
        HttpResponse<String> unsafe = Http.get(base + "/health", "X-Request-Id", "a b<script>");
        assertThat(unsafe.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(v -> assertThat(v).hasSize(36).doesNotContain("script"));
        assertThat(LOG).anySatisfy(line -> {
            JsonNode j = Http.tree(line);
            assertThat(j.path("requestId").asText()).isEqualTo("abc-123");
            assertThat(j.path("route").asText()).isEqualTo("/health");
            assertThat(j.path("status").asInt()).isEqualTo(200);
        });
    }

    @Test
    void healthMetricsAndHeaders() {
        HttpResponse<String> h = Http.get(base + "/health");
        assertThat(Http.tree(h.body()).path("ready").asBoolean()).isTrue();
        Http.post(base + "/v1/lint", "text/plain", "Ninja wanted");
        String metrics = Http.get(base + "/metrics").body();
        assertThat(metrics)
                .contains("http_server_requests_seconds_bucket{")
                .contains("route=\"/v1/lint\"")
                .contains("hiring_lint_seconds_count");
        HttpResponse<String> page = Http.get(base + "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(HiringServer.PAGE_CSP);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        HttpResponse<String> cross = Http.get(base + "/v1/guides", "Origin", "https://elsewhere.example");
        assertThat(cross.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    static JsonNode problem(HttpResponse<String> r) {
        JsonNode p = Http.tree(r.body());
        assertThat(p.path("status").asInt()).isEqualTo(r.statusCode());
        assertThat(p.path("title").asText()).isNotEmpty();
        assertThat(p.path("detail").asText()).isNotEmpty();
        return p;
    }
}
