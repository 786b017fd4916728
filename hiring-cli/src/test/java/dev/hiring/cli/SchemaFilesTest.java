package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.hiring.core.jackson.HiringJackson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schema files themselves: the copies in {@code docs/schema/} are the shipped resources byte for byte (so they
 * cannot drift), each file is a JSON Schema 2020-12 document valid against the meta-schema, with its {@code $id},
 * title and description, using only keywords of the 2020-12 vocabularies (a misspelt keyword would be silently
 * ignored by validators), and {@code docs/schema/README.md} lists every file.
 */
class SchemaFilesTest {
    static final Path DOCS = Path.of("../docs/schema");
    static final String META = "https://json-schema.org/draft/2020-12/schema";
    static final Set<String> KEYWORDS = Set.of(
            "$schema",
            "$id",
            "$ref",
            "$defs",
            "$comment",
            "$anchor",
            "$dynamicRef",
            "$dynamicAnchor",
            "title",
            "description",
            "default",
            "examples",
            "deprecated",
            "readOnly",
            "writeOnly",
            "type",
            "enum",
            "const",
            "multipleOf",
            "maximum",
            "exclusiveMaximum",
            "minimum",
            "exclusiveMinimum",
            "maxLength",
            "minLength",
            "pattern",
            "format",
            "maxItems",
            "minItems",
            "uniqueItems",
            "maxContains",
            "minContains",
            "maxProperties",
            "minProperties",
            "required",
            "dependentRequired",
            "properties",
            "patternProperties",
            "additionalProperties",
            "propertyNames",
            "items",
            "prefixItems",
            "contains",
            "allOf",
            "anyOf",
            "oneOf",
            "not",
            "if",
            "then",
            "else",
            "dependentSchemas",
            "unevaluatedItems",
            "unevaluatedProperties");
    /** Keywords whose value maps names to schemas. */
    static final Set<String> SCHEMA_MAPS = Set.of("$defs", "properties", "patternProperties", "dependentSchemas");
    /** Keywords whose value is one schema. */
    static final Set<String> SCHEMA_VALUES = Set.of(
            "additionalProperties",
            "propertyNames",
            "items",
            "contains",
            "not",
            "if",
            "then",
            "else",
            "unevaluatedItems",
            "unevaluatedProperties");
    /** Keywords whose value is a list of schemas. */
    static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

    @Test
    void docsCopiesAreTheShippedResources() throws IOException {
        Set<String> docs = new TreeSet<>();
        try (Stream<Path> files = Files.list(DOCS)) {
            files.forEach(p -> docs.add(p.getFileName().toString()));
        }
        Set<String> expected = new TreeSet<>(CliSchemas.FILES.keySet());
        expected.add("README.md");
        assertThat(docs).as("files in docs/schema").isEqualTo(expected);
        for (String file : CliSchemas.FILES.keySet()) {
            assertThat(Files.readAllBytes(DOCS.resolve(file)))
                    .as("docs/schema/%s is the resource %s%s byte for byte", file, CliSchemas.FILES.get(file), file)
                    .isEqualTo(CliSchemas.bytes(file));
        }
        String readme = Files.readString(DOCS.resolve("README.md"));
        assertThat(readme).contains(CliSchemas.FILES.keySet());
    }

    @Test
    void eachSchemaIsA202012DocumentWithItsIdAndKnownKeywords() throws IOException {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(META));
        for (Map.Entry<String, String> e : CliSchemas.FILES.entrySet()) {
            String file = e.getKey();
            String text = new String(CliSchemas.bytes(file), StandardCharsets.UTF_8);
            assertThat(meta.validate(text, InputFormat.JSON))
                    .as("%s against the meta-schema", file)
                    .isEmpty();
            JsonNode root = HiringJackson.mapper().readTree(text);
            assertThat(root.path("$schema").asText()).as(file).isEqualTo(META);
            assertThat(root.path("$id").asText()).as(file).isEqualTo(CliSchemas.BASE + file);
            assertThat(root.path("title").asText()).as(file).isNotBlank();
            assertThat(root.path("description").asText()).as(file).isNotBlank();
            assertThat(root.path("type").asText()).as(file).isEqualTo("object");
            assertKeywords(root, file + "#");
        }
    }

    /** The checks can fail: a misspelt keyword and a keyword of the wrong type are found. */
    @Test
    void theChecksFindABrokenSchema() throws IOException {
        JsonNode bad = HiringJackson.mapper()
                .readTree("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\", \"patern\": \"x\"}}}");
        assertThat(unknownKeywords(bad, "#")).containsExactly("#/properties/a: patern");
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(META));
        assertThat(meta.validate("{\"type\": 5}", InputFormat.JSON)).isNotEmpty();
    }

    static void assertKeywords(JsonNode schema, String at) {
        assertThat(unknownKeywords(schema, at)).as("unknown keywords").isEmpty();
    }

    static List<String> unknownKeywords(JsonNode schema, String at) {
        List<String> out = new java.util.ArrayList<>();
        walk(schema, at, out);
        return out;
    }

    private static void walk(JsonNode schema, String at, List<String> out) {
        if (!schema.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> f : schema.properties()) {
            String k = f.getKey();
            if (!KEYWORDS.contains(k)) {
                out.add(at + ": " + k);
            } else if (SCHEMA_MAPS.contains(k)) {
                f.getValue().properties().forEach(s -> walk(s.getValue(), at + "/" + k + "/" + s.getKey(), out));
            } else if (SCHEMA_VALUES.contains(k)) {
                walk(f.getValue(), at + "/" + k, out);
            } else if (SCHEMA_LISTS.contains(k)) {
                for (int i = 0; i < f.getValue().size(); i++) {
                    walk(f.getValue().get(i), at + "/" + k + "/" + i, out);
                }
            }
        }
    }
}
