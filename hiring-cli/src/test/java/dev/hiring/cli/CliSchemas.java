package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.hiring.core.jackson.HiringJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Checks the JSON the commands print against the schemas the library modules ship (read from their jars, as any
 * user would: {@code dev/hiring/rubric/schema/…}, {@code dev/hiring/jdlint/schema/…} and {@code
 * dev/hiring/core/schema/…}).
 */
final class CliSchemas {
    static final String BASE = "https://hiring.dev/schema/";
    /** Every schema file, by the resource directory of the module that owns the format. */
    static final Map<String, String> FILES = Map.of(
            "evaluation.schema.json", "dev/hiring/rubric/schema/",
            "policy.schema.json", "dev/hiring/rubric/schema/",
            "mapping.schema.json", "dev/hiring/rubric/schema/",
            "decision.schema.json", "dev/hiring/rubric/schema/",
            "decision-record.schema.json", "dev/hiring/rubric/schema/",
            "lint-config.schema.json", "dev/hiring/jdlint/schema/",
            "lint-report.schema.json", "dev/hiring/jdlint/schema/",
            "guide.schema.json", "dev/hiring/core/schema/");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemas(CliSchemas::byId)
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private CliSchemas() {}

    private static @Nullable String byId(String iri) {
        return iri.startsWith(BASE) && FILES.containsKey(iri.substring(BASE.length()))
                ? new String(bytes(iri.substring(BASE.length())), StandardCharsets.UTF_8)
                : null;
    }

    /** The bytes of a schema file as its module ships it. */
    static byte[] bytes(String file) {
        String resource = FILES.get(file) + file;
        try (InputStream in = CliSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations of a document against the named schema ({@code decision}), as "location: message". */
    static List<String> errors(String name, String json) {
        Schema schema =
                SCHEMAS.computeIfAbsent(name, n -> REGISTRY.getSchema(SchemaLocation.of(BASE + n + ".schema.json")));
        return schema.validate(json, InputFormat.JSON).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }

    /** Asserts that what a command printed is valid against the named schema. */
    static void assertValid(String name, String printed) {
        assertThat(errors(name, printed))
                .as("violations of the %s schema", name)
                .isEmpty();
    }

    /**
     * Asserts that what {@code hiring decide --format json} printed is a decision: on ATS input the command adds an
     * {@code import} report beside the decision's fields, which is checked to be an object and then set aside.
     */
    static void assertDecision(String printed) {
        JsonNode root;
        try {
            root = HiringJackson.mapper().readTree(printed);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON", e);
        }
        assertThat(root.isObject()).as("a JSON object").isTrue();
        ObjectNode decision = ((ObjectNode) root).deepCopy();
        JsonNode report = decision.remove("import");
        if (report != null) {
            assertThat(report.isObject()).as("the import report").isTrue();
        }
        assertValid("decision", decision.toString());
    }
}
