package dev.hiring.rubric.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.HiringParseException;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.RatingScale;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.Recommendation;
import dev.hiring.rubric.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class AtsImporterTest {
    static final RatingScale SCALE = HiringPolicies.seniorBackendEngineer().ratingScale();

    static String fixture(String name) {
        try (InputStream in = AtsImporterTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scorecard only(CandidateEvaluation e) {
        assertThat(e.scorecards()).hasSize(1);
        return e.scorecards().get(0);
    }

    @Test
    void greenhouseMapsAttributesAndToleratesMixed() {
        AtsMapping mapping = AtsMapping.parse(fixture("greenhouse-mapping.json"));
        CandidateEvaluation e =
                AtsImporter.of(AtsVendor.GREENHOUSE, mapping, SCALE).read(fixture("greenhouse-scorecard.json"));
        Scorecard s = only(e);
        assertThat(e.candidate()).isEqualTo("1234");
        assertThat(s.interviewer()).isEqualTo("821");
        assertThat(s.submittedAt()).contains(Instant.parse("2014-03-26T21:59:51Z"));
        assertThat(s.recommendation()).isEqualTo(Recommendation.HIRE);
        // Problem Solver "no" (1) and Analytical "definitely_not" (1) both map to system-design: below (1);
        // Communication "yes" (3) → meets (2); Project Management "mixed" (2) → below (1) on the 3-level scale
        assertThat(s.ratings())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("system-design", 1, "collaboration-and-leadership", 2, "reliability-and-ops", 1));
    }

    @Test
    void greenhouseNoDecisionIsUnratedAndUnknownRatingsNameTheField() {
        String json = """
                {"candidate_id": 7, "interviewer": {"id": 9}, "overall_recommendation": "no_decision",
                 "attributes": [{"name": "Communication", "rating": "no_decision"},
                                {"name": "Analytical", "rating": "maybe"}]}""";
        AtsImporter importer = AtsImporter.of(
                AtsVendor.GREENHOUSE, AtsMapping.of(Map.of("Communication", "collaboration-and-leadership")), SCALE);
        assertThatThrownBy(() -> importer.read(json))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("$.attributes[1].rating: unknown Greenhouse rating 'maybe'");
        Scorecard s = only(importer.read(json.replace("maybe", "yes")));
        assertThat(s.ratings()).isEmpty();
        assertThat(s.recommendation()).isEqualTo(Recommendation.NO_DECISION);
    }

    @Test
    void leverMatchesTheLeadingDigitAndReadsEpochMillis() {
        CandidateEvaluation e =
                AtsImporter.of(AtsVendor.LEVER, AtsMapping.empty(), SCALE).read(fixture("lever-feedback.json"));
        Scorecard s = only(e);
        assertThat(e.candidate()).isEqualTo(AtsImporter.UNKNOWN_CANDIDATE);
        assertThat(s.interviewer()).isEqualTo("a0afa6f7-7bb5-4ff6-93c3-e215fbcf3b2e");
        assertThat(s.recommendation()).isEqualTo(Recommendation.STRONG_HIRE);
        assertThat(s.submittedAt()).contains(Instant.ofEpochMilli(1423231549510L));
        String yes = fixture("lever-feedback.json").replace("\"value\": \"4 - Strong Hire\"", "\"value\": \"3 - Yes\"");
        assertThat(only(AtsImporter.of(AtsVendor.LEVER, AtsMapping.empty(), SCALE)
                                .read(yes))
                        .recommendation())
                .isEqualTo(Recommendation.HIRE);
        String bad = fixture("lever-feedback.json").replace("\"value\": \"4 - Strong Hire\"", "\"value\": \"Yes\"");
        assertThatThrownBy(() -> AtsImporter.of(AtsVendor.LEVER, AtsMapping.empty(), SCALE)
                        .read(bad))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("$.fields[0].value: Lever score 'Yes' does not start with a level 1 to 4");
    }

    @Test
    void leverMappedSkillScores() {
        String json = """
                {"user": "u-1", "createdAt": 1423231493557, "fields": [
                 {"type": "score", "text": "System design", "value": 4},
                 {"type": "score", "text": "Coding", "value": null},
                 {"type": "score", "text": "Rating", "value": "3 - Hire"}]}""";
        Scorecard s = only(AtsImporter.of(
                        AtsVendor.LEVER,
                        AtsMapping.builder()
                                .putCriteria("system design", "system-design")
                                .putCriteria("Coding", "coding-and-apis")
                                .candidate("c-9")
                                .build(),
                        SCALE)
                .read(json));
        assertThat(s.ratings()).containsExactly(Map.entry("system-design", 3));
        assertThat(s.recommendation()).isEqualTo(Recommendation.HIRE);
        assertThat(s.candidate()).isEqualTo("c-9");
    }

    @Test
    void ashbyAcceptsStringNumberAndObjectScores() {
        AtsMapping mapping = AtsMapping.of(Map.of("technical_skills", "coding-and-apis"));
        AtsImporter importer = AtsImporter.of(AtsVendor.ASHBY, mapping, SCALE);
        String json = fixture("ashby-application-feedback.json");
        Scorecard s = only(importer.read(json));
        assertThat(s.ratings()).containsExactly(Map.entry("coding-and-apis", 3));
        assertThat(s.recommendation()).isEqualTo(Recommendation.HIRE);
        assertThat(s.candidate()).isEqualTo("550e8400-e29b-41d4-a716-446655440000");
        assertThat(only(importer.read(json.replace("\"technical_skills\": \"4\"", "\"technical_skills\": 3")))
                        .ratings())
                .containsExactly(Map.entry("coding-and-apis", 2));
        assertThat(only(importer.read(
                                json.replace("\"technical_skills\": \"4\"", "\"technical_skills\": {\"score\": 2}")))
                        .ratings())
                .containsExactly(Map.entry("coding-and-apis", 1));
        assertThatThrownBy(
                        () -> importer.read(json.replace("\"technical_skills\": \"4\"", "\"technical_skills\": \"5\"")))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("$.submittedValues.technical_skills: Ashby score 5 is not between 1 and 4");
        assertThatThrownBy(() -> importer.read(json.replace(
                        "\"overall_recommendation\": \"hire\"", "\"overall_recommendation\": \"lean_hire\"")))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("$.submittedValues.overall_recommendation: unknown recommendation 'lean_hire'");
        AtsMapping extra = AtsMapping.builder()
                .putRecommendations("lean_hire", Recommendation.HIRE)
                .build();
        assertThat(only(AtsImporter.of(AtsVendor.ASHBY, extra, SCALE)
                                .read(json.replace(
                                        "\"overall_recommendation\": \"hire\"",
                                        "\"overall_recommendation\": \"lean_hire\"")))
                        .recommendation())
                .isEqualTo(Recommendation.HIRE);
    }

    @Test
    void ashbyNotesAreNeverImportedNorEchoed() {
        Scorecard s = only(AtsImporter.of(AtsVendor.ASHBY, AtsMapping.empty(), SCALE)
                .read(fixture("ashby-application-feedback.json")));
        assertThat(s.notes()).isEmpty();
        assertThat(s.toString()).doesNotContain("problem-solving");
    }

    @Test
    void workableThumbsAndTraits() {
        AtsMapping mapping = AtsMapping.of(
                Map.of("Analytical Skills", "system-design", "Decision making", "collaboration-and-leadership"));
        Scorecard s = only(AtsImporter.of(AtsVendor.WORKABLE, mapping, SCALE).read(fixture("workable-rating.json")));
        assertThat(s.interviewer()).isEqualTo("13e0eb0e");
        assertThat(s.recommendation()).isEqualTo(Recommendation.HIRE);
        assertThat(s.ratings())
                .containsExactly(Map.entry("system-design", 2), Map.entry("collaboration-and-leadership", 3));
        String stars = fixture("workable-rating.json")
                .replace("\"thumbs\"", "\"stars\"")
                .replace("\"grade\": 1", "\"grade\": 0");
        assertThat(only(AtsImporter.of(AtsVendor.WORKABLE, mapping, SCALE).read(stars))
                        .recommendation())
                .isEqualTo(Recommendation.STRONG_NO_HIRE);
        String badScale = fixture("workable-rating.json").replace("\"thumbs\"", "\"hearts\"");
        assertThatThrownBy(
                        () -> AtsImporter.of(AtsVendor.WORKABLE, mapping, SCALE).read(badScale))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("$.scale: unknown Workable scale 'hearts'");
    }

    @Test
    void customLevelMappingAndArraysOfPayloads() {
        AtsMapping mapping = AtsMapping.builder()
                .putCriteria("Communication", "collaboration-and-leadership")
                .putLevels("3", "exceeds")
                .build();
        String one = """
                {"candidate_id": 7, "interviewer": {"id": %d}, "attributes": [{"name": "Communication", "rating": "yes"}]}""";
        CandidateEvaluation e = AtsImporter.of(AtsVendor.GREENHOUSE, mapping, SCALE)
                .read("[" + one.formatted(1) + "," + one.formatted(2) + "]");
        assertThat(e.scorecards()).hasSize(2);
        assertThat(e.scorecards())
                .allSatisfy(s -> assertThat(s.ratings()).containsExactly(Map.entry("collaboration-and-leadership", 3)));
        AtsMapping wrong = AtsMapping.builder()
                .putCriteria("Communication", "collaboration-and-leadership")
                .putLevels("3", "superb")
                .build();
        assertThatThrownBy(
                        () -> AtsImporter.of(AtsVendor.GREENHOUSE, wrong, SCALE).read(one.formatted(1)))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("names no level of the rating scale: 'superb'");
    }

    @Test
    void malformedPayloadsAndMappingsGiveTypedErrors() {
        assertThatThrownBy(() -> AtsImporter.of(AtsVendor.LEVER, AtsMapping.empty(), SCALE)
                        .read("{"))
                .isInstanceOf(HiringParseException.class);
        assertThatThrownBy(() -> AtsImporter.of(AtsVendor.LEVER, AtsMapping.empty(), SCALE)
                        .read("[1]"))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("$[0]: must be a lever payload object");
        assertThatThrownBy(() -> AtsMapping.parse("{\"criteria\":{\"X\":\"Not An Id\"}}"))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("criteria.X");
        assertThatThrownBy(() -> AtsMapping.parse("{\"fields\":{}}"))
                .isInstanceOf(HiringParseException.class)
                .hasMessageContaining("unknown field 'fields'");
    }

    @Test
    void everySharedFixtureImports() throws IOException {
        Path shared = sharedAts();
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared), "shared data not found at ../shared");
        for (AtsVendor v : AtsVendor.values()) {
            try (var files = Files.list(shared)) {
                Path file = files.filter(p -> p.getFileName().toString().startsWith(v.id()))
                        .findFirst()
                        .orElseThrow();
                CandidateEvaluation e =
                        AtsImporter.of(v, AtsMapping.empty(), SCALE).read(Files.readString(file));
                assertThat(e.scorecards()).as(file.toString()).hasSize(1);
                assertThat(e.scorecards().get(0).recommendation())
                        .as(file.toString())
                        .isNotEqualTo(Recommendation.NO_DECISION);
            }
        }
    }

    static @org.jspecify.annotations.Nullable Path sharedAts() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(".ci"))) {
            dir = dir.getParent();
        }
        return dir == null ? null : dir.resolve("../shared/fixtures/ats").normalize();
    }
}
