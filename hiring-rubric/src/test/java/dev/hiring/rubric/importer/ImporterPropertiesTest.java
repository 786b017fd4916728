package dev.hiring.rubric.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.Scorecard;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Payloads built from each vendor's documented vocabulary always import, onto levels of the target scale. */
class ImporterPropertiesTest {
    static final AtsMapping MAPPING = AtsMapping.of(Map.of("A", "system-design", "B", "coding-and-apis"));

    static Gen<String> pick(String... values) {
        return Generate.pick(List.of(values));
    }

    static void assertImports(AtsVendor vendor, String json) {
        CandidateEvaluation e =
                AtsImporter.of(vendor, MAPPING, AtsImporterTest.SCALE).read(json);
        for (Scorecard s : e.scorecards()) {
            assertThat(s.ratings().values()).allSatisfy(v -> assertThat(v).isBetween(1, 3));
        }
        HiringPolicies.seniorBackendEngineer().aggregate(e);
    }

    @Test
    void greenhouseVocabularyImports() {
        Gen<String> ratings = pick("strong_yes", "yes", "mixed", "no", "definitely_not", "no_decision");
        Gen<String> overall = pick("strong_yes", "yes", "no", "definitely_not", "no_decision", "mixed");
        qt().forAll(ratings, ratings, overall)
                .checkAssert((a, b, o) -> assertImports(AtsVendor.GREENHOUSE, """
                {"candidate_id": 1, "interviewer": {"id": 2}, "overall_recommendation": "%s", "extra": {},
                 "attributes": [{"name": "A", "rating": "%s"}, {"name": "B", "rating": "%s"}, {"name": "C", "rating": "%s"}]}""".formatted(o, a, b, a)));
    }

    @Test
    void leverVocabularyImports() {
        Gen<String> values = pick("1 - Strong No Hire", "2 - No Hire", "3 - Hire", "3 - Yes", "4 - Strong Hire")
                .mix(integers().between(1, 4).map(Object::toString))
                .mix(Generate.constant("null"), 10);
        qt().forAll(values, values, values)
                .checkAssert((a, b, o) -> assertImports(AtsVendor.LEVER, """
                {"user": "u", "completedAt": 1423231549510, "fields": [
                 {"type": "score", "text": "A", "value": %s}, {"type": "score", "text": "B", "value": %s},
                 {"type": "score-system", "text": "Rating", "value": %s}]}""".formatted(json(a), json(b), json(o))));
    }

    @Test
    void ashbyVocabularyImports() {
        Gen<String> scores = integers()
                .between(1, 4)
                .flatMap(n -> pick(Integer.toString(n), "\"" + n + "\"", "{\"score\": " + n + "}", "null"));
        Gen<String> overall = pick("strong_hire", "hire", "no_hire", "strong_no_hire");
        qt().forAll(scores, scores, overall)
                .checkAssert((a, b, o) -> assertImports(AtsVendor.ASHBY, """
                {"applicationId": "app", "submittedByUser": {"id": "u"}, "submittedAt": "2023-11-15T14:30:00.000Z",
                 "formDefinition": {"sections": [{"fields": [
                   {"field": {"type": "Score", "path": "A"}}, {"field": {"type": "Score", "path": "B"}}]}]},
                 "submittedValues": {"overall_recommendation": "%s", "A": %s, "B": %s}}""".formatted(o, a, b)));
    }

    @Test
    void workableVocabularyImports() {
        Gen<String> traits = pick("negative", "positive", "definite");
        Gen<String> scaleAndGrade = Generate.pick(List.of("thumbs", "stars", "numbers"))
                .flatMap(s -> integers()
                        .between(0, s.equals("thumbs") ? 2 : s.equals("stars") ? 4 : 9)
                        .map(g -> "\"scale\": \"" + s + "\", \"grade\": " + g));
        qt().forAll(traits, traits, scaleAndGrade)
                .checkAssert((a, b, sg) -> assertImports(AtsVendor.WORKABLE, """
                {"member_id": "m", %s, "score_card": {"sections": [{"traits": [
                  {"name": "A", "score": "%s"}, {"name": "B", "score": "%s"}]}]}}""".formatted(sg, a, b)));
    }

    static String json(String v) {
        return v.equals("null") || v.chars().allMatch(Character::isDigit) ? v : "\"" + v + "\"";
    }
}
