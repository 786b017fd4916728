package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringGuide;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.guide.GuideRegistry;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.core.json.HiringJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The guide schema ({@code dev/hiring/core/schema/guide.schema.json}) against the guides the SDK reads and writes,
 * and against the reader ({@link GuideRegistry#read(InputStream)}): each invalid guide below is refused by both,
 * each valid variation accepted by both.
 */
class GuideSchemaTest {
    static final Path DATA_ENGINEER = Path.of("..", "examples", "guides", "data-engineer.json");
    static final Path BUILT_IN = Path.of(
            "..",
            "hiring-core",
            "src",
            "main",
            "resources",
            "dev",
            "hiring",
            "core",
            "guides",
            "senior-backend-engineer.json");
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void theBuiltInGuideResourceIsValid() throws IOException {
        // the resource as it is in the source tree: its package is not open to other modules
        String text = Files.readString(BUILT_IN);
        assertThat(GuideRegistry.read(BUILT_IN)).isEqualTo(HiringGuides.seniorBackendEngineer());
        assertThat(text).contains("\"loopSize\"", "\"stageDurations\"", "\"criterionFloors\"");
        CliSchemas.assertValid("guide", text);
    }

    @Test
    void theExampleGuideIsValid() throws IOException {
        String text = Files.readString(DATA_ENGINEER);
        assertThat(text).contains("\"loopSize\"", "\"stageDurations\"", "\"criterionFloors\"");
        CliSchemas.assertValid("guide", text);
    }

    @Test
    void whatTheGuideCommandPrintsIsAValidGuide() {
        CliRun builtIn = CliRun.of("guide", "--format", "json");
        assertThat(builtIn.exitCode()).as(builtIn.err()).isZero();
        CliSchemas.assertValid("guide", builtIn.out());
        assertThat(GuideRegistry.read(stream(builtIn.out()))).isEqualTo(HiringGuides.seniorBackendEngineer());

        CliRun own = CliRun.of("guide", "--guide", DATA_ENGINEER.toString(), "--format", "json");
        assertThat(own.exitCode()).as(own.err()).isZero();
        CliSchemas.assertValid("guide", own.out());
        assertThat(GuideRegistry.read(stream(own.out()))).isEqualTo(GuideRegistry.read(DATA_ENGINEER));
    }

    /** What the writer writes for a guide without the optional parts (no loop size, ranges or floors) is valid. */
    @Test
    void aWrittenGuideWithoutTheOptionalPartsIsValid() throws IOException {
        ObjectNode g = (ObjectNode) HiringJackson.mapper().readTree(Files.readString(DATA_ENGINEER));
        remove(g, "/loopSize");
        remove(g, "/stageDurations");
        remove(g, "/criterionFloors");
        HiringGuide bare = GuideRegistry.read(stream(g.toString()));
        assertThat(bare.loopSize()).isEmpty();
        String written = HiringJson.write(bare);
        assertThat(HiringJackson.mapper().readTree(written).has("loopSize")).isFalse();
        CliSchemas.assertValid("guide", written);
    }

    /** One way to break a guide, as a change to the data-engineer example. */
    record Case(String name, Consumer<ObjectNode> change) {}

    static final List<Case> INVALID = List.of(
            // unknown fields, at the top and inside each new part
            new Case("unknown top-level field", g -> put(g, "/salary", NODES.numberNode(1))),
            new Case("unknown field in a stage duration", g -> put(g, "/stageDurations/0/note", NODES.textNode("x"))),
            new Case("unknown field in the loop size", g -> put(g, "/loopSize/median", NODES.numberNode(4))),
            new Case(
                    "unknown field in a criterion floor",
                    g -> put(g, "/criterionFloors/0/weight", NODES.numberNode(1))),
            new Case("unknown field in a stage", g -> put(g, "/screeningStages/0/length", NODES.textNode("PT1H"))),
            new Case("unknown field in the rating scale", g -> put(g, "/ratingScale/name", NODES.textNode("x"))),
            // wrong types
            new Case("touchpoints as text", g -> put(g, "/minTouchpoints", NODES.textNode("three"))),
            new Case("title as a number", g -> put(g, "/title", NODES.numberNode(5))),
            new Case("floor as text", g -> put(g, "/criterionFloors/0/floor", NODES.textNode("high"))),
            new Case("loop size min as text", g -> put(g, "/loopSize/min", NODES.textNode("three"))),
            new Case("loop size min as a fraction", g -> put(g, "/loopSize/min", NODES.numberNode(2.5))),
            new Case("loop size as a list", g -> put(g, "/loopSize", NODES.arrayNode())),
            new Case("stage durations as an object", g -> put(g, "/stageDurations", NODES.objectNode())),
            new Case("duration as a number", g -> put(g, "/stageDurations/0/min", NODES.numberNode(1500))),
            new Case("duration as free text", g -> put(g, "/stageDurations/0/min", NODES.textNode("25 minutes"))),
            new Case("optional as text", g -> put(g, "/screeningStages/0/optional", NODES.textNode("yes"))),
            // missing required fields
            new Case("no id", g -> remove(g, "/id")),
            new Case("no rating scale", g -> remove(g, "/ratingScale")),
            new Case("no maxTouchpoints", g -> remove(g, "/maxTouchpoints")),
            new Case("stage duration without max", g -> remove(g, "/stageDurations/0/max")),
            new Case("stage duration without kind", g -> remove(g, "/stageDurations/1/kind")),
            new Case("loop size without max", g -> remove(g, "/loopSize/max")),
            new Case("criterion floor without floor", g -> remove(g, "/criterionFloors/0/floor")),
            new Case("stage without kind", g -> remove(g, "/screeningStages/0/kind")),
            // bad enumeration values
            new Case("seniority LEAD", g -> put(g, "/seniority", NODES.textNode("LEAD"))),
            new Case("seniority in lower case", g -> put(g, "/seniority", NODES.textNode("senior"))),
            new Case("stage-duration kind ONSITE", g -> put(g, "/stageDurations/0/kind", NODES.textNode("ONSITE"))),
            new Case("stage kind as a number", g -> put(g, "/screeningStages/0/kind", NODES.numberNode(0))),
            new Case("skill category OTHER", g -> put(g, "/coreSkills/0/category", NODES.textNode("OTHER"))),
            new Case(
                    "a soft skill among the core skills",
                    g -> put(g, "/coreSkills/0/category", NODES.textNode("SOFT"))),
            // values out of range that one field shows
            new Case("id not kebab-case", g -> put(g, "/id", NODES.textNode("Data Engineer"))),
            new Case("blank title", g -> put(g, "/title", NODES.textNode("  "))),
            new Case("loop size min 0", g -> put(g, "/loopSize/min", NODES.numberNode(0))),
            new Case("loop size max 21", g -> put(g, "/loopSize/max", NODES.numberNode(21))),
            new Case("interview count 0", g -> put(g, "/screeningStages/0/interviewCount", NODES.numberNode(0))),
            new Case("blank floor source", g -> put(g, "/criterionFloors/1/source", NODES.textNode(" "))),
            new Case(
                    "blank stage-duration description",
                    g -> put(g, "/stageDurations/0/description", NODES.textNode(""))),
            new Case(
                    "criterion floor on a non-id", g -> put(g, "/criterionFloors/0/criterion", NODES.textNode("Data"))),
            new Case("two rating levels", g -> {
                ArrayNode levels = (ArrayNode) at(g, "/ratingScale/levels");
                assertThat(levels.size()).isEqualTo(4);
                levels.remove(3);
                levels.remove(2);
            }),
            new Case("no onboarding phase", g -> put(g, "/onboardingPlan/phases", NODES.arrayNode())));

    @Test
    void schemaAndReaderRefuseTheSameInvalidGuides() throws IOException {
        ObjectNode original = (ObjectNode) HiringJackson.mapper().readTree(Files.readString(DATA_ENGINEER));
        CliSchemas.assertValid("guide", original.toString());
        List<String> acceptedBySchema = new java.util.ArrayList<>();
        List<String> acceptedByReader = new java.util.ArrayList<>();
        for (Case c : INVALID) {
            ObjectNode g = original.deepCopy();
            c.change().accept(g);
            assertThat(g).as(c.name() + " changes the guide").isNotEqualTo(original);
            String text = g.toString();
            if (CliSchemas.errors("guide", text).isEmpty()) {
                acceptedBySchema.add(c.name());
            }
            try {
                GuideRegistry.read(stream(text));
                acceptedByReader.add(c.name());
            } catch (HiringException expected) {
                // refused, as it should be
            }
        }
        assertThat(acceptedBySchema).as("invalid guides the schema accepts").isEmpty();
        assertThat(acceptedByReader).as("invalid guides the reader accepts").isEmpty();
    }

    static final List<Case> VALID = List.of(
            new Case("no loop size", g -> remove(g, "/loopSize")),
            new Case("a null loop size", g -> put(g, "/loopSize", NODES.nullNode())),
            new Case("a loop size with a source", g -> put(g, "/loopSize/source", NODES.textNode("our panel"))),
            new Case("a loop size of exactly one count", g -> {
                put(g, "/loopSize/min", NODES.numberNode(4));
                put(g, "/loopSize/max", NODES.numberNode(4));
            }),
            new Case("no stage durations", g -> remove(g, "/stageDurations")),
            new Case("no criterion floors", g -> remove(g, "/criterionFloors")),
            new Case("a null floor source", g -> put(g, "/criterionFloors/1/source", NODES.nullNode())),
            new Case(
                    "a null stage-duration description",
                    g -> put(g, "/stageDurations/0/description", NODES.nullNode())),
            new Case(
                    "a day-long take-home range",
                    g -> ((ArrayNode) at(g, "/stageDurations"))
                            .addObject()
                            .put("kind", "TAKE_HOME")
                            .put("min", "PT2H")
                            .put("max", "P1D")),
            new Case("an integer floor", g -> put(g, "/criterionFloors/0/floor", NODES.numberNode(2))));

    @Test
    void schemaAndReaderAcceptTheSameValidVariations() throws IOException {
        ObjectNode original = (ObjectNode) HiringJackson.mapper().readTree(Files.readString(DATA_ENGINEER));
        for (Case c : VALID) {
            ObjectNode g = original.deepCopy();
            c.change().accept(g);
            assertThat(g).as(c.name() + " changes the guide").isNotEqualTo(original);
            String text = g.toString();
            CliSchemas.assertValid("guide", text);
            assertThat(GuideRegistry.read(stream(text)))
                    .as("the reader accepts: " + c.name())
                    .isNotNull();
        }
    }

    /** The cases reach the parts they are about: each invalid pointer exists in the example guide. */
    @Test
    void theChangesFailOnAMissingPart() throws IOException {
        ObjectNode g = (ObjectNode) HiringJackson.mapper().readTree(Files.readString(DATA_ENGINEER));
        assertThatThrownBy(() -> remove(g, "/stageDurations/5/max")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> put(g, "/nothing/here", NODES.nullNode())).isInstanceOf(AssertionError.class);
    }

    private static JsonNode at(ObjectNode g, String pointer) {
        JsonNode n = g.at(pointer);
        assertThat(n.isMissingNode()).as("%s exists", pointer).isFalse();
        return n;
    }

    /** Sets the field at this pointer; its parent must exist. */
    private static void put(ObjectNode g, String pointer, JsonNode value) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = g.at(p.head());
        assertThat(parent.isObject()).as("%s is an object", p.head()).isTrue();
        ((ObjectNode) parent).set(p.last().getMatchingProperty(), value);
    }

    /** Removes the field at this pointer, which must exist. */
    private static void remove(ObjectNode g, String pointer) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = g.at(p.head());
        assertThat(parent.isObject()).as("%s is an object", p.head()).isTrue();
        assertThat(((ObjectNode) parent).remove(p.last().getMatchingProperty()))
                .as("%s exists", pointer)
                .isNotNull();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
