package dev.hiring.jdlint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hiring.core.HiringException;
import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.SectionBasis;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.format.JsonFormat;
import dev.hiring.jdlint.internal.Lexicons;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The JSON schemas of the linter's formats: the lint report validates for the shared fixtures and corpus postings,
 * and the lint configuration's schema and {@link LintConfig#parse} refuse the same documents; only the reader
 * knows which word lists and rules exist.
 */
class JdLintSchemasTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Linter LINTER = Linter.builder().build();
    static final String CONFIG = """
            {"rules": {"length": "off", "no-buzzwords": "warning", "job-title": true,
                       "tech-laundry-list": {"severity": "error", "options": {"maxTotal": 10}}},
             "words": {"buzzwords": {"add": ["code monkey"], "remove": ["hacker"]}},
             "jurisdictions": ["ontario"],
             "maxInputChars": 1000000}""";

    static String report(Path... files) throws IOException {
        List<FileResult> results = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            results.add(new FileResult(name, LINTER.lint(Files.readString(f), InputFormat.fromFileName(name))));
        }
        return JsonFormat.format(results);
    }

    static String badReport() {
        try {
            return report(SharedData.shared("fixtures/jd/bad-senior-backend.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean reads(String json) {
        try {
            LintConfig.parse(json);
            return true;
        } catch (HiringException e) {
            return false;
        }
    }

    /** The document with the value at a JSON pointer replaced (or added), {@code null} removing it. */
    static String with(String json, String pointer, @Nullable String value) {
        try {
            JsonNode root = MAPPER.readTree(json);
            JsonPointer p = JsonPointer.compile(pointer);
            JsonNode parent = root.at(p.head());
            if (parent instanceof ObjectNode o) {
                String last = p.last().getMatchingProperty();
                if (value == null) {
                    assertThat(o.remove(last)).as("%s exists", pointer).isNotNull();
                } else {
                    o.set(last, MAPPER.readTree(value));
                }
            } else if (parent instanceof ArrayNode a) {
                int i = p.last().getMatchingIndex();
                if (value == null) {
                    a.remove(i);
                } else {
                    a.set(i, MAPPER.readTree(value));
                }
            } else {
                throw new IllegalArgumentException("no container at " + p.head());
            }
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void reportsOfTheSharedFixturesValidate() throws IOException {
        Path dir = SharedData.shared("fixtures/jd");
        Path[] files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toArray(Path[]::new);
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            JsonSchemas.assertValid("lint-report", report(f));
        }
        JsonSchemas.assertValid("lint-report", report(files));
        JsonSchemas.assertValid("lint-report", JsonFormat.format(List.of()));
    }

    /** The corpus postings reach every kind of section, basis and verdict the report has; the share is asserted. */
    @Test
    void reportsOfTheCorpusValidate() throws IOException {
        Path dir = SharedData.shared("corpus/jd");
        Path[] files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".html"))
                    .sorted()
                    .toArray(Path[]::new);
        }
        String json = report(files);
        JsonSchemas.assertValid("lint-report", json);
        JsonNode root = MAPPER.readTree(json);
        Set<String> kinds = new TreeSet<>();
        Set<String> severities = new TreeSet<>();
        int suggestions = 0;
        for (JsonNode f : root.get("files")) {
            f.get("sections").forEach(s -> kinds.add(s.get("kind").asText()));
            for (JsonNode x : f.get("findings")) {
                severities.add(x.get("severity").asText());
                suggestions += x.get("suggestion").isNull() ? 0 : 1;
            }
        }
        assertThat(root.get("files")).hasSize(files.length);
        assertThat(kinds).as("section kinds reached").hasSizeGreaterThanOrEqualTo(6);
        assertThat(severities).as("severities reached").containsExactlyInAnyOrder("error", "warning", "suggestion");
        assertThat(suggestions).as("findings with a suggestion").isPositive();
    }

    @Test
    void invalidReportsAreRefused() {
        String base = badReport();
        JsonSchemas.assertValid("lint-report", base);
        List<String[]> changes = List.of(
                new String[] {"/tool", null},
                new String[] {"/tool/name", "\"other-linter\""},
                new String[] {"/tool/build", "1"},
                new String[] {"/files", "{}"},
                new String[] {"/files/0/score", null},
                new String[] {"/files/0/score", "101"},
                new String[] {"/files/0/score", "\"0\""},
                new String[] {"/files/0/path", null},
                new String[] {"/files/0/suppressed", "[]"},
                new String[] {"/files/0/findings/0/severity", "\"fatal\""},
                new String[] {"/files/0/findings/0/severity", "\"WARNING\""},
                new String[] {"/files/0/findings/0/line", "0"},
                new String[] {"/files/0/findings/0/endColumn", "1.5"},
                new String[] {"/files/0/findings/0/suggestion", null},
                new String[] {"/files/0/findings/0/guideRef", "\"Logistics\""},
                new String[] {"/files/0/findings/0/fingerprint", "\"abc\""},
                new String[] {"/files/0/metrics/words", "-1"},
                new String[] {"/files/0/metrics/genderCoding/verdict", "\"mixed\""},
                new String[] {"/files/0/metrics/genderCoding/masculineWords", "[\"lead\",\"lead\"]"},
                new String[] {"/files/0/sections/0/kind", "\"PERKS\""},
                new String[] {"/files/0/sections/0/basis", "\"guess\""},
                new String[] {"/files/0/sections/0/items", null});
        for (String[] c : changes) {
            assertThat(JsonSchemas.isValid("lint-report", with(base, c[0], c[1])))
                    .as("the schema refuses %s = %s", c[0], c[1])
                    .isFalse();
        }
    }

    @Test
    void theDocumentedConfigurationValidatesAndReads() {
        JsonSchemas.assertValid("lint-config", CONFIG);
        assertThat(reads(CONFIG)).isTrue();
        JsonSchemas.assertValid("lint-config", "{}");
        assertThat(reads("{}")).isTrue();
    }

    @Test
    void invalidConfigurationsAreRefusedByTheSchemaAndByTheReader() {
        List<String[]> changes = List.of(
                new String[] {"/rules", "[]"},
                new String[] {"/rules/length", "\"loud\""},
                new String[] {"/rules/length", "1"},
                new String[] {"/rules/length", "null"},
                new String[] {"/rules/length", "[\"off\"]"},
                new String[] {"/rules/tech-laundry-list/level", "\"error\""},
                new String[] {"/rules/tech-laundry-list/severity", "\"fatal\""},
                new String[] {"/rules/length", "\"Error\""},
                new String[] {"/rules/tech-laundry-list/severity", "\"WARNING\""},
                new String[] {"/rules/tech-laundry-list/options", "[]"},
                new String[] {"/words", "[]"},
                new String[] {"/words/buzzwords", "[]"},
                new String[] {"/words/buzzwords/replace", "[]"},
                new String[] {"/words/buzzwords/add", "\"code monkey\""},
                new String[] {"/words/buzzwords/add", "[\" \"]"},
                new String[] {"/words/buzzwords/add", "[1]"},
                new String[] {"/words/Buzzwords", "{\"add\": [\"x\"]}"},
                new String[] {"/jurisdictions", "\"ontario\""},
                new String[] {"/jurisdictions", "[1]"},
                new String[] {"/maxInputChars", "0"},
                new String[] {"/maxInputChars", "\"100\""},
                new String[] {"/maxInputChars", "1.5"},
                new String[] {"/maxInputChars", "null"},
                new String[] {"/extends", "\"base.json\""});
        for (String[] c : changes) {
            String doc = with(CONFIG, c[0], c[1]);
            assertThat(JsonSchemas.isValid("lint-config", doc))
                    .as("the schema refuses %s = %s", c[0], c[1])
                    .isFalse();
            assertThat(reads(doc)).as("the reader refuses %s = %s", c[0], c[1]).isFalse();
        }
        assertThat(JsonSchemas.isValid("lint-config", "[]")).isFalse();
        assertThat(reads("[]")).isFalse();
    }

    @Test
    void validConfigurationVariantsAreAcceptedByTheSchemaAndByTheReader() {
        List<String[]> changes = List.of(
                new String[] {"/rules/length", "\"on\""},
                new String[] {"/rules/length", "false"},
                new String[] {"/rules/length", "\"suggestion\""},
                new String[] {"/rules/length", "{}"},
                new String[] {"/rules/tech-laundry-list/severity", "true"},
                new String[] {"/rules/tech-laundry-list/severity", "\"off\""},
                new String[] {"/words/perks", "{\"remove\": [\"free snacks\"]}"},
                new String[] {"/jurisdictions", "[]"},
                new String[] {"/maxInputChars", null});
        for (String[] c : changes) {
            String doc = with(CONFIG, c[0], c[1]);
            assertThat(JsonSchemas.errors("lint-config", doc))
                    .as("the schema accepts %s = %s", c[0], c[1])
                    .isEmpty();
            assertThat(reads(doc)).as("the reader accepts %s = %s", c[0], c[1]).isTrue();
        }
    }

    /**
     * Where the reader knows more than the schema: the schema names word lists and rules only by their form (there
     * are many, and a linter's rule providers add their own), the reader knows which exist. In every other case the
     * two agree (above).
     */
    @Test
    void theReaderAloneKnowsWhichWordListsAndRulesExist() {
        String unknownList = with(CONFIG, "/words/no-such-list", "{\"add\": [\"x\"]}");
        assertThat(JsonSchemas.errors("lint-config", unknownList)).isEmpty();
        assertThat(reads(unknownList)).isFalse();
        String unknownRule = with(CONFIG, "/rules/no-such-rule", "\"off\"");
        assertThat(JsonSchemas.errors("lint-config", unknownRule)).isEmpty();
        assertThat(reads(unknownRule)).isFalse();
        String pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
        assertThat(Lexicons.names()).as("every word-list name fits the schema").allMatch(n -> n.matches(pattern));
    }

    static List<String> enumValues(String format, String pointer) throws IOException {
        JsonNode node =
                MAPPER.readTree(JsonSchemas.text(format + ".schema.json")).at(pointer);
        assertThat(node.isArray()).as("%s%s is an enum", format, pointer).isTrue();
        List<String> out = new ArrayList<>();
        node.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** Each schema enum lists exactly the values the linter writes or reads, in the same order. */
    @Test
    void schemaEnumsAreTheJavaValues() throws IOException {
        List<String> severities =
                Arrays.stream(Severity.values()).map(Severity::id).toList();
        assertThat(enumValues("lint-report", "/$defs/finding/properties/severity/enum"))
                .isEqualTo(severities);
        List<String> levels = new ArrayList<>(List.of("off", "on"));
        levels.addAll(severities);
        assertThat(enumValues("lint-config", "/$defs/level/anyOf/1/enum")).isEqualTo(levels);
        assertThat(enumValues("lint-report", "/$defs/section/properties/kind/enum"))
                .isEqualTo(Arrays.stream(SectionKind.values()).map(Enum::name).toList());
        assertThat(enumValues("lint-report", "/$defs/section/properties/basis/enum"))
                .isEqualTo(Arrays.stream(SectionBasis.values())
                        .map(b -> b.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .toList());
        Set<String> verdicts = new TreeSet<>();
        for (int m = 0; m <= 8; m++) {
            for (int f = 0; f <= 8; f++) {
                verdicts.add(GenderCoding.verdict(m, f));
            }
        }
        assertThat(new TreeSet<>(
                        enumValues("lint-report", "/$defs/metrics/properties/genderCoding/properties/verdict/enum")))
                .isEqualTo(verdicts);
    }
}
