package dev.hiring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.HiringParseException;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.RatingScale;
import dev.hiring.core.json.HiringJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTest {
    private static final String SECRET = "Candidate mentioned a health condition";
    private final RatingScale scale = HiringPolicies.seniorBackendEngineer().ratingScale();

    @Test
    void toStringNeverShowsNotes() {
        Scorecard s = Cards.all("i-1", Recommendation.HIRE, 2).withNotes(SECRET);
        assertThat(s.toString())
                .doesNotContain(SECRET)
                .contains("notes=<redacted>")
                .contains("system-design=2");
        assertThat(Cards.eval(s).toString()).doesNotContain(SECRET);
    }

    @Test
    void invalidScorecardsNameTheFieldNotTheNotes() {
        assertThatThrownBy(() -> Scorecard.builder()
                        .candidate(" ")
                        .interviewer("i-1")
                        .notes(SECRET)
                        .putRatings("System Design", 2)
                        .putRatings("coding-and-apis", -1)
                        .build())
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("candidate: must not be blank")
                .hasMessageContaining("ratings.<key>: must be a kebab-case id")
                .hasMessageContaining("ratings.coding-and-apis: must be a rating-scale level value")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @Test
    void scorecardJsonRoundTrips() {
        Scorecard s = Cards.all("i-1", Recommendation.NO_HIRE, 1)
                .withRejectionReasons(List.of("shallow-system-design"))
                .withNotes(SECRET);
        assertThat(HiringJson.read(HiringJson.write(s), Scorecard.class)).isEqualTo(s);
    }

    @Test
    void nativeFormatReadsLabelsIdsAndNumbers() {
        CandidateEvaluation e = NativeFormat.read(Cards.resource("full-loop.json"), scale);
        assertThat(e.scorecards()).hasSize(3);
        assertThat(e.scorecards().get(0).ratings())
                .containsExactly(
                        Map.entry("system-design", 3),
                        Map.entry("coding-and-apis", 2),
                        Map.entry("reliability-and-ops", 2));
        assertThat(e.scorecards().get(1).ratings()).containsEntry("collaboration-and-leadership", 3);
        assertThat(e.scorecards().get(2).ratings()).doesNotContainKey("coding-and-apis");
        assertThat(e.scorecards().get(1).recommendation()).isEqualTo(Recommendation.STRONG_HIRE);
        assertThat(HiringPolicies.seniorBackendEngineer().decide(e).outcome()).isEqualTo(Outcome.HIRE);
    }

    @Test
    void nativeFormatRoundTrips() {
        CandidateEvaluation e = NativeFormat.read(Cards.resource("full-loop.json"), scale);
        String written = NativeFormat.write(e, scale);
        assertThat(NativeFormat.read(written, scale)).isEqualTo(e);
        assertThat(NativeFormat.write(NativeFormat.read(written, scale), scale)).isEqualTo(written);
    }

    @Test
    void nativeFormatErrorsNameTheField() {
        String bad = """
                {"candidate":"c-1","role":"senior-backend-engineer","scorecards":[
                 {"interviewer":"i-1","ratings":{"system-design":"great"},"notes":"%s"}]}""".formatted(SECRET);
        assertThatThrownBy(() -> NativeFormat.read(bad, scale))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("$.scorecards[0].ratings.system-design: 'great' is not a level")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        assertThatThrownBy(() -> NativeFormat.read("{\"candidate\":\"c\",\"role\":\"r\",\"extra\":1}", scale))
                .isInstanceOf(HiringParseException.class)
                .hasMessageContaining("unknown field 'extra'");
        assertThatThrownBy(() -> NativeFormat.read("""
                {"candidate":"c","role":"r","scorecards":[{"interviewer":"i","recommendation":"MAYBE"}]}""", scale))
                .isInstanceOf(HiringParseException.class)
                .hasMessageContaining("Recommendation");
        assertThatThrownBy(() -> NativeFormat.read("{\"role\":\"r\"}", scale))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("$.candidate: is required");
    }
}
