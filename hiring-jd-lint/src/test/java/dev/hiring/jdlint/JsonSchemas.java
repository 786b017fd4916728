package dev.hiring.jdlint;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Validates JSON against the schemas this module ships under {@code dev/hiring/jdlint/schema} (JSON Schema 2020-12,
 * with format assertions on, so {@code date-time} is checked). Schemas are found by their {@code $id}, never fetched.
 */
public final class JsonSchemas {
    /** The prefix of every schema's {@code $id}. */
    public static final String BASE = "https://hiring.dev/schema/";
    /** Where the schemas are in the module. */
    public static final String DIR = "/dev/hiring/jdlint/schema/";
    /** The schemas this module ships, by name. */
    public static final List<String> NAMES = List.of("lint-config", "lint-report");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemas(JsonSchemas::byId)
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private JsonSchemas() {}

    private static @Nullable String byId(String iri) {
        return iri.startsWith(BASE) ? text(iri.substring(BASE.length())) : null;
    }

    /** The text of a schema file, such as {@code lint-report.schema.json}. */
    public static String text(String file) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("no schema resource " + DIR + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations of a document against the named schema ({@code lint-report}), as "location: message". */
    public static List<String> errors(String name, String json) {
        Schema schema =
                SCHEMAS.computeIfAbsent(name, n -> REGISTRY.getSchema(SchemaLocation.of(BASE + n + ".schema.json")));
        return schema.validate(json, InputFormat.JSON).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }

    /** Whether a document is valid against the named schema. */
    public static boolean isValid(String name, String json) {
        return errors(name, json).isEmpty();
    }

    /** Asserts that a document is valid against the named schema, showing every violation if not. */
    public static void assertValid(String name, String json) {
        assertThat(errors(name, json)).as("violations of the %s schema", name).isEmpty();
    }
}
