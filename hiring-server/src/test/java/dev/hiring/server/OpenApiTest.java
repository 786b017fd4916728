package dev.hiring.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document against the server: the same routes, and real answers valid against its schemas. */
class OpenApiTest {
    static HiringServer server;
    static JsonNode doc;
    /** Where the validator finds the served document: a reserved name, never fetched. */
    static final String DOC = "https://hiring.invalid/openapi.json";

    static SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @BeforeAll
    static void start() {
        server = HiringServer.start(
                ServerConfig.defaults().withAddress("127.0.0.1", 0).withAccessLog(l -> {}));
        String text = Http.get(server.url() + "/openapi.json").body();
        doc = Http.tree(text);
        schemas = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(DOC, text)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<String> documented() {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        doc.path("paths").properties().iterator();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            for (Iterator<String> m = e.getValue().fieldNames(); m.hasNext(); ) {
                out.add(m.next().toUpperCase(Locale.ROOT) + " " + e.getKey());
            }
        }
        return out;
    }

    @Test
    void everyDocumentedRouteIsServedAndEveryServedRouteIsDocumented() {
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(new TreeSet<>(documented())).isEqualTo(new TreeSet<>(server.routeKeys()));
        for (String route : documented()) {
            String path = route.substring(route.indexOf(' ') + 1).replace("{id}", "senior-backend-engineer");
            HttpResponse<String> r = route.startsWith("GET")
                    ? Http.get(server.url() + path)
                    : Http.post(server.url() + path, "application/json", "{}");
            assertThat(r.statusCode()).as(route).isNotIn(404, 405);
        }
    }

    static List<Error> validate(String schema, String json) {
        Schema s = schemas.getSchema(SchemaLocation.of(DOC + "#/components/schemas/" + schema));
        return s.validate(json, InputFormat.JSON);
    }

    void assertValid(String schema, HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(schema).isEqualTo(status);
        assertThat(validate(schema, r.body())).as(schema).isEmpty();
    }

    @Test
    void realAnswersValidateAgainstTheDocumentedSchemas() {
        String base = server.url();
        assertValid("LintOutput", Http.post(base + "/v1/lint", "text/markdown", Http.resource("posting.md")), 200);
        HttpResponse<String> record = Http.post(base + "/v1/decide", "application/json", Http.resource("loop.json"));
        assertValid("DecisionRecord", record, 200);
        assertValid(
                "VerifyResult",
                Http.post(
                        base + "/v1/verify",
                        "application/json",
                        "{\"record\":" + record.body() + ",\"evaluation\":" + Http.resource("loop.json") + "}"),
                200);
        assertValid(
                "ImpactReport",
                Http.post(base + "/v1/impact", "text/csv", "group,applicants,selected\na,10,5\nb,10,2\n"),
                200);
        assertValid("GuideList", Http.get(base + "/v1/guides"), 200);
        assertValid("Guide", Http.get(base + "/v1/guides/senior-backend-engineer"), 200);
        assertValid("PolicyList", Http.get(base + "/v1/policies"), 200);
        assertValid("Policy", Http.get(base + "/v1/policies/senior-backend-engineer"), 200);
        assertValid("RuleList", Http.get(base + "/v1/rules"), 200);
        assertValid("Health", Http.get(base + "/health"), 200);
        assertValid("Problem", Http.post(base + "/v1/lint", "application/json", "{}"), 400);
        assertValid("Problem", Http.post(base + "/v1/lint", "image/png", "x"), 415);
        assertValid("Problem", Http.get(base + "/v1/policies/none"), 404);
    }

    @Test
    void theSchemasRejectWhatTheyShould() {
        // the validator is not vacuous: a finding without its rule id, a bad outcome
        assertThat(validate("Finding", "{\"severity\":\"error\"}")).isNotEmpty();
        assertThat(validate("Decision", "{\"outcome\":\"MAYBE\"}")).isNotEmpty();
    }
}
