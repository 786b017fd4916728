package dev.hiring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.Seniority;
import dev.hiring.core.StageKind;
import dev.hiring.core.json.HiringJson;
import dev.hiring.rubric.importer.AtsImporter;
import dev.hiring.rubric.importer.AtsMapping;
import dev.hiring.rubric.importer.AtsVendor;
import dev.hiring.rubric.importer.ImportResult;
import dev.hiring.rubric.importer.MappingSkeleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The JSON schemas of the rubric's formats (evaluation, policy, mapping, decision, decision record) against the
 * fixtures, against what the SDK writes, and against the SDK's own readers: a document the schema refuses, the
 * reader refuses too, and the other way round.
 */
class RubricSchemasTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final DecisionPolicy POLICY = HiringPolicies.seniorBackendEngineer();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-04T09:00:00Z"), ZoneOffset.UTC);
    static final String LOOP = Cards.resource("/dev/hiring/rubric/full-loop.json");
    static final String MAPPING = "{\"criteria\":{\"Problem Solver\":\"system-design\",\"Coding\":\"coding-and-apis\"},"
            + "\"levels\":{\"1\":\"below\",\"2\":\"below\",\"3\":\"meets\",\"4\":\"exceeds\"},"
            + "\"recommendations\":{\"lean_hire\":\"HIRE\"},"
            + "\"rejectionReasons\":{\"Lacking skills\":\"shallow-system-design\"},"
            + "\"ignored\":[\"Adaptable\"],\"candidate\":\"c-1\",\"role\":\"senior-backend-engineer\"}";

    /** Whether the SDK's reader of a format accepts a document; any other exception than the SDK's is a bug. */
    static boolean reads(String format, String json) {
        try {
            switch (format) {
                case "evaluation" -> NativeFormat.read(json, POLICY);
                case "policy" -> DecisionPolicy.parse(json);
                case "mapping" -> AtsMapping.parse(json);
                case "decision" -> Decision.parse(json);
                case "decision-record" -> DecisionRecord.parse(json);
                default -> throw new IllegalArgumentException(format);
            }
            return true;
        } catch (HiringException e) {
            return false;
        }
    }

    static String base(String format) {
        return switch (format) {
            case "evaluation" -> LOOP;
            case "policy" -> POLICY.toJson();
            case "mapping" -> MAPPING;
            case "decision" -> POLICY.decide(NativeFormat.read(LOOP, POLICY)).toJson();
            case "decision-record" -> record().toJson();
            default -> throw new IllegalArgumentException(format);
        };
    }

    static DecisionRecord record() {
        return DecisionRecord.decide(POLICY, NativeFormat.read(LOOP, POLICY), CLOCK)
                .withOverride(
                        Outcome.NO_HIRE, "hm-1", "Reference check failed.", Instant.parse("2026-11-05T09:00:00Z"));
    }

    /** The document with the value at a JSON pointer replaced (or added), {@code null} removing it. */
    static String with(String json, String pointer, @org.jspecify.annotations.Nullable String value) {
        try {
            JsonNode root = MAPPER.readTree(json);
            JsonPointer p = JsonPointer.compile(pointer);
            JsonNode parent = root.at(p.head());
            String last = p.last().getMatchingProperty();
            if (parent instanceof ObjectNode o) {
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

    /** One change to a format's base document: {format, pointer, new value or null to remove}. */
    record Change(
            String format,
            String pointer,
            @org.jspecify.annotations.Nullable String value) {
        String apply() {
            return with(base(format), pointer, value);
        }

        @Override
        public String toString() {
            return format + " " + pointer + (value == null ? " removed" : " = " + value);
        }
    }

    static Change c(String format, String pointer, @org.jspecify.annotations.Nullable String value) {
        return new Change(format, pointer, value);
    }

    @Test
    void baseDocumentsAreValidAndRead() {
        for (String f : JsonSchemas.NAMES) {
            JsonSchemas.assertValid(f, base(f));
            assertThat(reads(f, base(f))).as(f).isTrue();
        }
    }

    @Test
    void repositoryFixturesValidate() throws IOException {
        JsonSchemas.assertValid("evaluation", LOOP);
        Path dir = Path.of("src/test/resources/dev/hiring/rubric/importer");
        List<Path> mappings;
        try (Stream<Path> files = Files.list(dir)) {
            mappings = files.filter(p -> p.getFileName().toString().contains("mapping"))
                    .sorted()
                    .toList();
        }
        assertThat(mappings).isNotEmpty();
        for (Path p : mappings) {
            String text = Files.readString(p);
            assertThat(JsonSchemas.errors("mapping", text)).as(p.toString()).isEmpty();
            assertThat(reads("mapping", text)).as(p.toString()).isTrue();
        }
    }

    /**
     * Every JSON file of the shared fixtures is judged alike by each schema and its reader; none of them is one of
     * these formats (they are vendor payloads), and what the SDK makes of the vendor payloads validates: the mapping
     * skeleton, the imported evaluation as written, the decision and the decision record.
     */
    @Test
    void sharedFixturesAndWhatTheSdkMakesOfThemValidate() throws IOException {
        Path shared = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (shared != null && !Files.isDirectory(shared.resolve(".ci"))) {
            shared = shared.getParent();
        }
        Path fixtures =
                shared == null ? null : shared.resolve("../shared/fixtures").normalize();
        Assumptions.assumeTrue(
                fixtures != null && Files.isDirectory(fixtures), "shared fixtures not found at ../shared/fixtures");
        List<Path> json;
        try (Stream<Path> files = Files.walk(fixtures)) {
            json = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(json).isNotEmpty();
        int imported = 0;
        for (Path p : json) {
            String text = Files.readString(p);
            for (String f : JsonSchemas.NAMES) {
                assertThat(JsonSchemas.isValid(f, text))
                        .as("%s: the %s schema and its reader agree", p, f)
                        .isEqualTo(reads(f, text));
            }
            String name = p.getFileName().toString();
            AtsVendor vendor = Arrays.stream(AtsVendor.values())
                    .filter(v -> name.startsWith(v.id()))
                    .findFirst()
                    .orElse(null);
            if (vendor == null) {
                continue;
            }
            ImportResult bare = AtsImporter.of(vendor, AtsMapping.empty(), POLICY.ratingScale())
                    .readWithReport(text);
            AtsMapping mapping = MappingSkeleton.suggest(bare.report(), POLICY, HiringGuides.seniorBackendEngineer());
            JsonSchemas.assertValid("mapping", mapping.toJson());
            CandidateEvaluation e =
                    AtsImporter.of(vendor, mapping, POLICY.ratingScale()).read(text);
            JsonSchemas.assertValid("evaluation", NativeFormat.write(e, POLICY.ratingScale()));
            JsonSchemas.assertValid("decision", POLICY.decide(e).toJson());
            JsonSchemas.assertValid(
                    "decision-record", DecisionRecord.decide(POLICY, e, CLOCK).toJson());
            imported++;
        }
        assertThat(imported).as("vendor payloads imported").isEqualTo(AtsVendor.values().length);
    }

    @Test
    void everyBuiltInPolicyValidates() {
        assertThat(HiringPolicies.names()).isNotEmpty();
        for (String name : HiringPolicies.names()) {
            DecisionPolicy p = HiringPolicies.byName(name).orElseThrow();
            JsonSchemas.assertValid("policy", p.toJson());
            JsonSchemas.assertValid("policy", p.toCanonicalJson());
        }
    }

    /**
     * What the SDK writes validates: generated evaluations as written, generated policies, their decisions and
     * records with an override. The share of each outcome reached is asserted, so every shape of decision is checked.
     */
    @Test
    void generatedEvaluationsPoliciesDecisionsAndRecordsValidate() {
        Gen<CandidateEvaluation> evaluations = RubricGens.evaluations(true);
        Gen<DecisionPolicy> policies = RubricGens.policies();
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        int[] unscored = {0};
        qt().withExamples(300).withFixedSeed(5L).forAll(evaluations, policies).checkAssert((e, p) -> {
            JsonSchemas.assertValid("evaluation", NativeFormat.write(e, p.ratingScale()));
            JsonSchemas.assertValid("policy", p.toJson());
            Decision d = p.decide(e);
            JsonSchemas.assertValid("decision", d.toJson());
            DecisionRecord r = DecisionRecord.decide(p, e, CLOCK)
                    .withOverride(
                            Outcome.DEBRIEF, "hm-1", "Asked for a debrief.", Instant.parse("2026-11-05T00:00:00Z"));
            JsonSchemas.assertValid("decision-record", r.toJson());
            outcomes.add(d.outcome());
            if (d.score() == null) {
                unscored[0]++;
            }
        });
        assertThat(outcomes).as("outcomes reached").containsExactlyInAnyOrder(Outcome.values());
        assertThat(unscored[0]).as("decisions without a score").isPositive();
    }

    /** Documents both the schema and the reader refuse: a missing required field, a wrong type, an unknown value. */
    static List<Change> refused() {
        return List.of(
                c("evaluation", "/candidate", null),
                c("evaluation", "/role", null),
                c("evaluation", "/role", "\"Senior Backend\""),
                c("evaluation", "/candidate", "\"  \""),
                c("evaluation", "/scorecards", "{}"),
                c("evaluation", "/scorecards/0", "\"i-1\""),
                c("evaluation", "/scorecards/0/interviewer", null),
                c("evaluation", "/scorecards/0/stage", "\"LUNCH\""),
                c("evaluation", "/scorecards/0/recommendation", "\"MAYBE\""),
                c("evaluation", "/scorecards/0/recommendation", "\"hire\""),
                c("evaluation", "/scorecards/0/submittedAt", "\"yesterday\""),
                c("evaluation", "/scorecards/0/ratings", "[]"),
                c("evaluation", "/scorecards/0/ratings/system-design", "true"),
                c("evaluation", "/scorecards/0/ratings/system-design", "2.5"),
                c("evaluation", "/scorecards/0/ratings/system-design", "\"\""),
                c("evaluation", "/scorecards/0/ratings/System Design", "\"meets\""),
                c(
                        "evaluation",
                        "/scorecards/0/rejectionReasons",
                        "[\"unclear-communication\",\"unclear-communication\"]"),
                c("evaluation", "/scorecards/0/redFlags", "[\"Not An Id\"]"),
                c("evaluation", "/scorecards/0/score", "3"),
                c("evaluation", "/decision", "\"HIRE\""),
                c("policy", "/id", null),
                c("policy", "/version", null),
                c("policy", "/ratingScale", null),
                c("policy", "/weights", null),
                c("policy", "/id", "\"Senior Backend\""),
                c("policy", "/version", "0"),
                c("policy", "/version", "\"1\""),
                c("policy", "/version", "1.5"),
                c("policy", "/weights", "{}"),
                c("policy", "/weights/system-design", "0"),
                c("policy", "/weights/system-design", "\"2\""),
                c("policy", "/seniority", "\"GURU\""),
                c("policy", "/duplicateInterviewer", "\"first\""),
                c("policy", "/duplicateInterviewer", "\"LATEST\""),
                c("policy", "/ratingScale/levels/0", null),
                c("policy", "/ratingScale/levels/0/value", "101"),
                c("policy", "/ratingScale/levels/0/label", "\" \""),
                c("policy", "/ratingScale/levels/0/id", "\"Below\""),
                c("policy", "/ratingScale/steps", "3"),
                c("policy", "/rules", "{}"),
                c("policy", "/rules/0/type", "\"coin-flip\""),
                c("policy", "/rules/0/type", null),
                c("policy", "/rules/0/min", "2"),
                c("policy", "/rules/1/redFlags", "[\"Not An Id\"]"),
                c("policy", "/rules/2/min", "0"),
                c("policy", "/rules/2/min", "\"2\""),
                c("policy", "/rules/2/max", "3"),
                c("policy", "/rules/4/maxSpread", "-1"),
                c("policy", "/rules/4/maxSpread", null),
                c("policy", "/rules/5/threshold", "\"2\""),
                c("policy", "/rules/5/threshold", null),
                c("policy", "/rules/6/floors", "{}"),
                c("policy", "/rules/6/floors/system-design", "null"),
                c("policy", "/rules/1/redFlags", "null"),
                c("policy", "/weights", "null"),
                c("policy", "/rules/6/floors/system-design", "\"2\""),
                c("policy", "/rejectionReasons", "[\"shallow-system-design\",\"shallow-system-design\"]"),
                c("policy", "/redFlags", "\"blame-culture\""),
                c("policy", "/owner", "\"hr\""),
                c("mapping", "/levels/5", "\"meets\""),
                c("mapping", "/levels/1", "\"Meets\""),
                c("mapping", "/recommendations/lean_hire", "\"MAYBE\""),
                c("mapping", "/criteria/Coding", "\"Not An Id\""),
                c("mapping", "/criteria/ ", "\"system-design\""),
                c("mapping", "/criteria", "[]"),
                c("mapping", "/ignored", "[\" \"]"),
                c("mapping", "/ignored", "\"Adaptable\""),
                c("mapping", "/candidate", "\" \""),
                c("mapping", "/role", "\"Senior Backend\""),
                c("mapping", "/fields", "{}"),
                c("decision", "/candidate", null),
                c("decision", "/outcome", null),
                c("decision", "/criteria", null),
                c("decision", "/trace", null),
                c("decision", "/rejectionReasons", null),
                c("decision", "/policy", null),
                c("decision", "/outcome", "\"MAYBE\""),
                c("decision", "/score", "\"high\""),
                c("decision", "/criteria", "{}"),
                c("decision", "/trace/0/verdict", "\"WIN\""),
                c("decision", "/trace/0/detail", null),
                c("decision", "/trace/0/rule", null),
                c("decision", "/trace/0/weight", "1"),
                c("decision", "/criteria/0/stddev", "0.5"),
                c("decision", "/criteria/0/count", null),
                c("decision", "/policy/version", null),
                c("decision", "/policy/owner", "\"hr\""),
                c("decision", "/import", "{}"),
                c("decision-record", "/decidedAt", null),
                c("decision-record", "/policy", null),
                c("decision-record", "/inputDigest", null),
                c("decision-record", "/decision", null),
                c("decision-record", "/overrides", null),
                c("decision-record", "/decidedAt", "\"yesterday\""),
                c("decision-record", "/inputDigest", "\"sha256:abc\""),
                c("decision-record", "/policy/hash", "\"md5:0\""),
                c("decision-record", "/policy/hash", null),
                c("decision-record", "/decision/policy/hash", "\"sha256:ABC\""),
                c("decision-record", "/decision/outcome", null),
                c("decision-record", "/decision/outcome", "\"MAYBE\""),
                c("decision-record", "/overrides/0/reason", "\" \""),
                c("decision-record", "/overrides/0/by", null),
                c("decision-record", "/overrides/0/at", "\"soon\""),
                c("decision-record", "/overrides/0/to", "\"MAYBE\""),
                c("decision-record", "/overrides/0/note", "\"x\""),
                c("decision-record", "/overrides/0", "\"HIRE\""),
                c("decision-record", "/verified", "true"),
                // a JSON number or boolean is not a string, nor epoch seconds an instant
                c("evaluation", "/candidate", "5"),
                c("evaluation", "/scorecards/0/notes", "true"),
                c("policy", "/ratingScale/levels/0/label", "1"),
                c("mapping", "/criteria/Coding", "7"),
                c("evaluation", "/scorecards/0/submittedAt", "1793613600"),
                // the parts inside a decision: aggregates, trace lines, the policy reference
                c("decision", "/criteria/0/id", null),
                c("decision", "/criteria/0/mean", null),
                c("decision", "/trace/0/rule", "\"Not An Id\""),
                c("decision", "/policy/hash", "\"md5:0\""),
                c("decision", "/policy/id", "\"Not An Id\""),
                c("decision", "/policy/version", "0"),
                c("decision-record", "/decision/criteria/0/id", null));
    }

    @Test
    void invalidDocumentsAreRefusedByTheSchemaAndByTheReader() {
        Set<String> formats = new TreeSet<>();
        for (Change change : refused()) {
            String doc = change.apply();
            assertThat(JsonSchemas.isValid(change.format(), doc))
                    .as("the schema refuses %s", change)
                    .isFalse();
            assertThat(reads(change.format(), doc))
                    .as("the reader refuses %s", change)
                    .isFalse();
            formats.add(change.format());
        }
        assertThat(formats).containsExactlyInAnyOrderElementsOf(JsonSchemas.NAMES);
    }

    /** Documents both accept: optional fields left out or null, the other forms a value may take. */
    static List<Change> accepted() {
        return List.of(
                c("evaluation", "/scorecards/0/stage", null),
                c("evaluation", "/scorecards/0/stage", "null"),
                c("evaluation", "/scorecards/0/notes", "null"),
                c("evaluation", "/scorecards/0/recommendation", "null"),
                c("evaluation", "/scorecards/0/submittedAt", "null"),
                c("evaluation", "/scorecards/0/ratings", "null"),
                c("evaluation", "/scorecards/0/ratings/system-design", "null"),
                c("evaluation", "/scorecards/0/ratings/system-design", "2"),
                c("evaluation", "/scorecards/0/ratings/system-design", "\"2\""),
                c("evaluation", "/scorecards/0/ratings/system-design", "\"Adequate\""),
                c("evaluation", "/scorecards/0/redFlags", "null"),
                c("evaluation", "/scorecards", "null"),
                c("evaluation", "/scorecards", "[]"),
                c("evaluation", "/rejectionReasons", "[\"shallow-system-design\"]"),
                c("policy", "/description", null),
                c("policy", "/description", "null"),
                c("policy", "/seniority", null),
                c("policy", "/seniority", "null"),
                c("policy", "/rejectionReasons", null),
                c("policy", "/redFlags", "[]"),
                c("policy", "/rules", "[]"),
                c("policy", "/duplicateInterviewer", "\"mean\""),
                c("policy", "/duplicateInterviewer", "\"refuse\""),
                c("policy", "/rules/1/redFlags", "[]"),
                c("policy", "/rejectionReasons", "null"),
                c("policy", "/redFlags", "null"),
                c("policy", "/rules", "null"),
                c("policy", "/duplicateInterviewer", "null"),
                c("mapping", "/levels", null),
                c("mapping", "/role", null),
                c("mapping", "/candidate", null),
                c("mapping", "/ignored", "[]"),
                c("mapping", "/role", "null"),
                c("mapping", "/candidate", "null"),
                c("mapping", "/criteria", "null"),
                c("mapping", "/levels", "null"),
                c("mapping", "/recommendations", "null"),
                c("mapping", "/rejectionReasons", "null"),
                c("mapping", "/ignored", "null"),
                c("decision", "/score", "null"),
                c("decision", "/score", null),
                c("decision", "/trace", "[]"),
                c("decision-record", "/overrides", "[]"));
    }

    @Test
    void validVariantsAreAcceptedByTheSchemaAndByTheReader() {
        for (Change change : accepted()) {
            String doc = change.apply();
            assertThat(JsonSchemas.errors(change.format(), doc))
                    .as("the schema accepts %s", change)
                    .isEmpty();
            assertThat(reads(change.format(), doc))
                    .as("the reader accepts %s", change)
                    .isTrue();
        }
    }

    static List<String> enumValues(String format, String pointer) {
        try {
            JsonNode node =
                    MAPPER.readTree(JsonSchemas.text(format + ".schema.json")).at(pointer);
            assertThat(node.isArray()).as("%s%s is an enum", format, pointer).isTrue();
            List<String> out = new ArrayList<>();
            node.forEach(v -> {
                if (!v.isNull()) {
                    out.add(v.asText());
                }
            });
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** Each schema enum lists exactly the values of its Java type, in the same order. */
    @Test
    void schemaEnumsAreTheJavaValues() {
        assertThat(enumValues("evaluation", "/$defs/scorecard/properties/stage/enum"))
                .isEqualTo(names(StageKind.values()));
        assertThat(enumValues("evaluation", "/$defs/scorecard/properties/recommendation/enum"))
                .isEqualTo(names(Recommendation.values()));
        assertThat(enumValues("mapping", "/properties/recommendations/additionalProperties/enum"))
                .isEqualTo(names(Recommendation.values()));
        assertThat(enumValues("policy", "/properties/seniority/enum")).isEqualTo(names(Seniority.values()));
        assertThat(enumValues("policy", "/properties/duplicateInterviewer/enum"))
                .isEqualTo(Arrays.stream(DuplicateInterviewer.values())
                        .map(v -> HiringJson.write(v).replace("\"", ""))
                        .toList());
        List<String> ruleTypes = Arrays.stream(
                        DecisionRule.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::name)
                .collect(Collectors.toList());
        assertThat(enumValues("policy", "/$defs/rule/properties/type/enum")).isEqualTo(ruleTypes);
        try {
            JsonNode allOf =
                    MAPPER.readTree(JsonSchemas.text("policy.schema.json")).at("/$defs/rule/allOf");
            List<String> dispatched = new ArrayList<>();
            allOf.forEach(x -> dispatched.add(x.at("/if/properties/type/const").asText()));
            assertThat(dispatched).as("one if/then per rule type").isEqualTo(ruleTypes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(enumValues("decision", "/properties/outcome/enum")).isEqualTo(names(Outcome.values()));
        assertThat(enumValues("decision", "/$defs/ruleResult/properties/verdict/enum"))
                .isEqualTo(names(Verdict.values()));
        assertThat(enumValues("decision-record", "/$defs/outcome/enum")).isEqualTo(names(Outcome.values()));
    }
}
