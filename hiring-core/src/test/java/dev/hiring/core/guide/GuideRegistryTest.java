package dev.hiring.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.hiring.core.CriterionFloor;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringGuide;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.HiringParseException;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.StageDuration;
import dev.hiring.core.StageKind;
import dev.hiring.core.UnknownGuideException;
import dev.hiring.core.json.HiringJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A company's own guide file in a registry beside the built-in guide; unknown ids are errors, never a default. */
class GuideRegistryTest {
    /** The example guide of the repository: a data-engineer role of a company, not a built-in guide. */
    static final Path DATA_ENGINEER = Path.of("..", "examples", "guides", "data-engineer.json");

    @TempDir
    Path dir;

    @Test
    void builtInHoldsTheBuiltInGuidesOnly() {
        GuideRegistry r = GuideRegistry.builtIn();
        assertThat(r.ids()).containsExactly(HiringGuides.SENIOR_BACKEND_ENGINEER);
        assertThat(r.get(HiringGuides.SENIOR_BACKEND_ENGINEER)).isSameAs(HiringGuides.seniorBackendEngineer());
        assertThat(r.find("data-engineer")).isEmpty();
    }

    @Test
    void aGuideFileLoadsBesideTheBuiltInOneAndLeavesTheOriginalUnchanged() {
        GuideRegistry builtIn = GuideRegistry.builtIn();
        GuideRegistry r = builtIn.load(DATA_ENGINEER);

        assertThat(r.ids()).containsExactly("senior-backend-engineer", "data-engineer");
        HiringGuide g = r.get("data-engineer");
        assertThat(g.title()).isEqualTo("Data Engineer Hiring Guide");
        assertThat(g.ratingScale().levels()).hasSize(4);
        assertThat(g.minInterviewersPerRubric()).isEqualTo(3);
        assertThat(g.rubricCriteria())
                .extracting(c -> c.id())
                .containsExactly("pipeline-design", "sql-and-modelling", "data-quality", "collaboration");
        assertThat(builtIn.ids()).containsExactly("senior-backend-engineer");
        assertThat(GuideRegistry.builtIn().contains("data-engineer")).isFalse();
    }

    @Test
    void theFileFormatIsTheOneTheGuideIsWrittenIn() throws IOException {
        HiringGuide g = GuideRegistry.read(DATA_ENGINEER);
        Path copy = Files.writeString(dir.resolve("copy.json"), HiringJson.write(g));
        assertThat(GuideRegistry.read(copy)).isEqualTo(g);
        try (InputStream in = Files.newInputStream(copy)) {
            assertThat(GuideRegistry.empty().load(in).get("data-engineer")).isEqualTo(g);
        }
    }

    @Test
    void anUnknownIdNamesItAndTheKnownIds() {
        GuideRegistry r = GuideRegistry.builtIn().load(DATA_ENGINEER);
        assertThatThrownBy(() -> r.get("site-reliability-engineer"))
                .isInstanceOfSatisfying(UnknownGuideException.class, e -> {
                    assertThat(e.id()).isEqualTo("site-reliability-engineer");
                    assertThat(e.knownIds()).containsExactly("senior-backend-engineer", "data-engineer");
                })
                .isInstanceOf(HiringException.class)
                .hasMessage("no guide with id 'site-reliability-engineer' (known: senior-backend-engineer,"
                        + " data-engineer)");
        assertThatThrownBy(() -> GuideRegistry.empty().get("senior-backend-engineer"))
                .hasMessage("no guide with id 'senior-backend-engineer' (known: none)");
    }

    @Test
    void aSecondGuideWithTheSameIdIsRefused() {
        GuideRegistry r = GuideRegistry.builtIn().load(DATA_ENGINEER);
        assertThatThrownBy(() -> r.load(DATA_ENGINEER))
                .isInstanceOf(HiringException.class)
                .hasMessage("a guide with id 'data-engineer' is already registered");
        assertThatThrownBy(() -> GuideRegistry.of(
                        List.of(HiringGuides.seniorBackendEngineer(), HiringGuides.seniorBackendEngineer())))
                .hasMessageContaining("'senior-backend-engineer' is already registered");
    }

    @Test
    void aMalformedFileIsAParseErrorNamingTheFileWithoutQuotingIt() throws IOException {
        Path bad = Files.writeString(dir.resolve("broken.json"), "{\"id\": \"x-secret\", \"title\": ");
        assertThatThrownBy(() -> GuideRegistry.builtIn().load(bad))
                .isInstanceOf(HiringException.class)
                .hasMessageStartingWith("broken.json: ")
                .hasCauseInstanceOf(HiringParseException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("x-secret"));
        assertThatThrownBy(() -> GuideRegistry.read(dir.resolve("absent.json")))
                .isInstanceOf(HiringException.class)
                .hasMessage("absent.json: no such guide file");
    }

    @Test
    void anInvalidGuideIsRefusedWithThePathOfEachViolation() throws IOException {
        String text = Files.readString(DATA_ENGINEER)
                .replace("\"minInterviewersPerRubric\": 3", "\"minInterviewersPerRubric\": 0")
                .replace("\"criteria\": [\n        \"sql-and-modelling\"", "\"criteria\": [\n        \"sql\"");
        assertThat(text).contains("\"minInterviewersPerRubric\": 0", "\"sql\"");
        assertThatThrownBy(() -> GuideRegistry.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        InvalidHiringDataException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path())
                                .contains("$.minInterviewersPerRubric", "$.interviewQuestions[1].criteria[0]"));
    }

    @Test
    void theGuideFileCarriesItsOwnFloorsAndStageDurations() {
        HiringGuide g = GuideRegistry.read(DATA_ENGINEER);
        assertThat(g.criterionFloors())
                .extracting(CriterionFloor::criterion, CriterionFloor::floor)
                .containsExactly(tuple("pipeline-design", 2.5), tuple("data-quality", 3.0));
        assertThat(g.criterionFloors().get(0).source()).isEmpty();
        assertThat(g.stageDurations())
                .extracting(StageDuration::kind, StageDuration::min, StageDuration::max)
                .containsExactly(
                        tuple(StageKind.RECRUITER_SCREEN, Duration.ofMinutes(25), Duration.ofMinutes(35)),
                        tuple(StageKind.TECHNICAL_SCREEN, Duration.ofMinutes(45), Duration.ofMinutes(90)));
        assertThat(g.stageDurations())
                .isNotEqualTo(HiringGuides.seniorBackendEngineer().stageDurations());
    }

    @Test
    void aFloorOutsideTheScaleOrOnAnUnknownCriterionIsRefusedWithItsPath() throws IOException {
        String original = Files.readString(DATA_ENGINEER);
        String text = original.replace("\"criterion\": \"pipeline-design\",", "\"criterion\": \"pipelines\",")
                .replace("\"floor\": 3.0,", "\"floor\": 4.5,");
        assertThat(text).contains("\"pipelines\"", "4.5").isNotEqualTo(original);
        assertThatThrownBy(() -> GuideRegistry.read(stream(text)))
                .isInstanceOfSatisfying(
                        InvalidHiringDataException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path(), v -> v.message())
                                .containsExactly(
                                        tuple(
                                                "$.criterionFloors[0].criterion",
                                                "names no rubric criterion: 'pipelines'"),
                                        tuple(
                                                "$.criterionFloors[1].floor",
                                                "must lie within the rating scale, 1 to 4, was 4.5")));
        // below the lowest level, and a second floor for one criterion
        String low = original.replace("\"floor\": 2.5", "\"floor\": 0.5")
                .replace("\"criterion\": \"data-quality\",", "\"criterion\": \"pipeline-design\",");
        assertThatThrownBy(() -> GuideRegistry.read(stream(low)))
                .isInstanceOfSatisfying(
                        InvalidHiringDataException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path())
                                .containsExactly("$.criterionFloors[1].criterion", "$.criterionFloors[0].floor"));
        // a floor must be a number
        String notANumber = original.replace("\"floor\": 2.5", "\"floor\": \"high\"");
        assertThatThrownBy(() -> GuideRegistry.read(stream(notANumber)))
                .isInstanceOfSatisfying(
                        HiringParseException.class, e -> assertThat(e.path()).isEqualTo("$.criterionFloors[0].floor"));
    }

    @Test
    void aBadStageDurationIsRefusedWithItsPath() throws IOException {
        String original = Files.readString(DATA_ENGINEER);
        String reversed = original.replace("\"max\": \"PT35M\"", "\"max\": \"PT15M\"");
        assertThatThrownBy(() -> GuideRegistry.read(stream(reversed)))
                .isInstanceOfSatisfying(
                        InvalidHiringDataException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path())
                                .containsExactly("$.stageDurations[0].max"));
        String twice = original.replace(
                "\"kind\": \"TECHNICAL_SCREEN\",\n      \"min\"", "\"kind\": \"RECRUITER_SCREEN\",\n      \"min\"");
        assertThat(twice).isNotEqualTo(original);
        assertThatThrownBy(() -> GuideRegistry.read(stream(twice)))
                .isInstanceOfSatisfying(
                        InvalidHiringDataException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path(), v -> v.message())
                                .containsExactly(
                                        tuple("$.stageDurations[1].kind", "must be unique, RECRUITER_SCREEN repeats")));
    }

    @Test
    void aBadLoopSizeIsRefusedWithItsPath() throws IOException {
        String original = Files.readString(DATA_ENGINEER);
        String loop = "\"loopSize\": {\n    \"min\": 3,\n    \"max\": 5\n  }";
        assertThat(original).contains(loop);
        String reversed = original.replace(loop, "\"loopSize\": {\"min\": 3, \"max\": 2}");
        assertThatThrownBy(() -> GuideRegistry.read(stream(reversed)))
                .isInstanceOfSatisfying(
                        InvalidHiringDataException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path(), v -> v.message())
                                .containsExactly(tuple("$.loopSize.max", "must not be less than min, was 2 < 3")));
        String zero = original.replace(loop, "\"loopSize\": {\"min\": 0, \"max\": 21}");
        assertThatThrownBy(() -> GuideRegistry.read(stream(zero)))
                .isInstanceOfSatisfying(
                        InvalidHiringDataException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path())
                                .containsExactly("$.loopSize.min", "$.loopSize.max"));
        String noMax = original.replace(loop, "\"loopSize\": {\"min\": 3}");
        assertThatThrownBy(() -> GuideRegistry.read(stream(noMax))).isInstanceOf(HiringException.class);
        String text = original.replace(loop, "\"loopSize\": {\"min\": \"three\", \"max\": 5}");
        assertThatThrownBy(() -> GuideRegistry.read(stream(text)))
                .isInstanceOfSatisfying(
                        HiringParseException.class, e -> assertThat(e.path()).isEqualTo("$.loopSize.min"));
        // absent, the guide has no loop size
        assertThat(GuideRegistry.read(stream(original.replace(loop + ",", ""))).loopSize())
                .isEmpty();
    }

    @Test
    void aDurationIsIso8601TextNeverANumberOfSeconds() throws IOException {
        String original = Files.readString(DATA_ENGINEER);
        String seconds = original.replace("\"min\": \"PT25M\"", "\"min\": 1500");
        assertThat(seconds).isNotEqualTo(original);
        assertThatThrownBy(() -> GuideRegistry.read(stream(seconds)))
                .isInstanceOfSatisfying(HiringParseException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.stageDurations[0].min");
                    assertThat(e.getMessage()).contains("Duration");
                });
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
