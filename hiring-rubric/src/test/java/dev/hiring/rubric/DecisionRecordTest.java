package dev.hiring.rubric;

import static dev.hiring.rubric.Cards.all;
import static dev.hiring.rubric.Cards.card;
import static dev.hiring.rubric.Cards.eval;
import static dev.hiring.rubric.Recommendation.HIRE;
import static dev.hiring.rubric.Recommendation.STRONG_HIRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.HiringException;
import dev.hiring.core.InvalidHiringDataException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionRecordTest {
    private static final Instant AT = Instant.parse("2026-12-01T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);
    private final DecisionPolicy guide = HiringPolicies.seniorBackendEngineer();
    private final CandidateEvaluation loop = eval(all("i-1", HIRE, 2), all("i-2", STRONG_HIRE, 3), all("i-3", HIRE, 2));

    @Test
    void aRecordKeepsTimePolicyInputDigestAndTheDecision() throws Exception {
        DecisionRecord r = DecisionRecord.decide(guide, loop, CLOCK);

        assertThat(r.decidedAt()).isEqualTo(AT);
        assertThat(r.policy()).isEqualTo(guide.ref());
        assertThat(r.decision()).isEqualTo(guide.decide(loop));
        assertThat(r.overrides()).isEmpty();
        byte[] sha = MessageDigest.getInstance("SHA-256")
                .digest(NativeFormat.toCanonicalJson(loop).getBytes(StandardCharsets.UTF_8));
        assertThat(r.inputDigest()).isEqualTo("sha256:" + HexFormat.of().formatHex(sha));
        assertThat(r.toJson())
                .startsWith("{\n  \"decidedAt\" : \"2026-12-01T09:30:00Z\",\n  \"policy\" : {\n    \"id\" :"
                        + " \"senior-backend-engineer\"")
                .contains("\"inputDigest\" : \"sha256:")
                .contains("\"overrides\" : [ ]");
        assertThat(DecisionRecord.parse(r.toJson())).isEqualTo(r);
        assertThat(DecisionRecord.verify(r, guide, loop)).isEmpty();
    }

    @Test
    void theInputDigestIgnoresScorecardOrderButNotARating() {
        List<Scorecard> reversed = new ArrayList<>(loop.scorecards());
        java.util.Collections.reverse(reversed);
        assertThat(DecisionRecord.inputDigest(loop.withScorecards(reversed)))
                .isEqualTo(DecisionRecord.inputDigest(loop));
        assertThat(DecisionRecord.inputDigest(changedRating())).isNotEqualTo(DecisionRecord.inputDigest(loop));
        assertThat(NativeFormat.toCanonicalJson(eval(card("i-1", HIRE, Map.of("system-design", 2)))))
                .isEqualTo("{\"candidate\":\"c-1\",\"role\":\"senior-backend-engineer\",\"scorecards\":"
                        + "[{\"interviewer\":\"i-1\",\"stage\":\"LOOP\",\"submittedAt\":\"2026-11-02T10:00:00Z\","
                        + "\"ratings\":{\"system-design\":2},\"recommendation\":\"HIRE\",\"rejectionReasons\":[],"
                        + "\"redFlags\":[]}],\"rejectionReasons\":[]}");
    }

    @Test
    void aSecondOverrideIsAppendedAndTheFirstStays() {
        DecisionRecord r = DecisionRecord.decide(guide, loop, CLOCK)
                .withOverride(Outcome.NO_HIRE, "hm-7", "Role was closed before the offer", AT.plusSeconds(60))
                .withOverride(Outcome.HIRE, "vp-2", "Role reopened", AT.plusSeconds(3600));

        assertThat(r.decision().outcome()).isEqualTo(Outcome.HIRE);
        assertThat(r.overrides())
                .extracting(DecisionOverride::from, DecisionOverride::to, DecisionOverride::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Outcome.HIRE, Outcome.NO_HIRE, "hm-7"),
                        org.assertj.core.groups.Tuple.tuple(Outcome.NO_HIRE, Outcome.HIRE, "vp-2"));
        assertThat(r.finalOutcome()).isEqualTo(Outcome.HIRE);
        assertThat(r.isOverridden()).isFalse();
        assertThat(r.withOverride(Outcome.DEBRIEF, "hm-7", "x", AT.plusSeconds(7200))
                        .isOverridden())
                .isTrue();
        assertThat(r.toString()).doesNotContain("Role was closed").doesNotContain("reopened");
        assertThat(DecisionRecord.parse(r.toJson())).isEqualTo(r);
        assertThat(DecisionRecord.verify(r, guide, loop)).isEmpty();

        assertThatThrownBy(() -> r.withOverride(Outcome.HIRE, "hm-7", " ", AT.plusSeconds(9000)))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> r.withOverride(Outcome.HIRE, "hm-7", "late", AT))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("at: must not be before the previous override");
    }

    @Test
    void verifyCatchesAChangedRating() {
        DecisionRecord r = DecisionRecord.decide(guide, loop, CLOCK);

        List<RecordMismatch> found = DecisionRecord.verify(r, guide, changedRating());

        assertThat(found).extracting(RecordMismatch::field).contains("inputDigest", "decision.score");
        assertThat(found.get(0).toString()).startsWith("inputDigest: the record's input has digest sha256:");
    }

    @Test
    void verifyCatchesAChangedPolicyParameter() {
        DecisionRecord r = DecisionRecord.decide(guide, loop, CLOCK);
        DecisionPolicy stricter = guide.withRules(guide.rules().stream()
                .map(rule -> rule instanceof DecisionRule.MinScore ? new DecisionRule.MinScore(2.5) : rule)
                .toList());

        List<RecordMismatch> found = DecisionRecord.verify(r, stricter, loop);

        assertThat(found)
                .extracting(RecordMismatch::field)
                .containsExactly("policy.hash", "decision.outcome", "decision.trace[5].verdict");
        assertThat(found.get(1).problem()).isEqualTo("the record says HIRE, the policy decides NO_HIRE");
    }

    @Test
    void verifyCatchesAnEditedOutcomeTraceAndPolicyHash() {
        String json = DecisionRecord.decide(guide, loop, CLOCK).toJson();

        DecisionRecord outcome =
                DecisionRecord.parse(json.replace("\"outcome\" : \"HIRE\"", "\"outcome\" : \"NO_HIRE\""));
        assertThat(DecisionRecord.verify(outcome, guide, loop))
                .extracting(RecordMismatch::toString)
                .containsExactly("decision.outcome: the record says NO_HIRE, the policy decides HIRE");

        DecisionRecord trace = DecisionRecord.parse(json.replace("meets the threshold", "exceeds the threshold"));
        assertThat(DecisionRecord.verify(trace, guide, loop))
                .extracting(RecordMismatch::toString)
                .containsExactly("decision.trace[5].detail: min-score: differs from the recomputed detail");

        String forged = "sha256:" + "0".repeat(64);
        DecisionRecord hash = DecisionRecord.parse(json.replace(guide.hash(), forged));
        assertThat(DecisionRecord.verify(hash, guide, loop))
                .extracting(RecordMismatch::field)
                .containsExactly("policy.hash");

        DecisionRecord inner = DecisionRecord.parse(replaceLast(json, guide.hash(), forged));
        assertThat(DecisionRecord.verify(inner, guide, loop))
                .extracting(RecordMismatch::field)
                .containsExactly("decision.policy");
    }

    @Test
    void verifyCatchesAnEditedOverrideHistory() {
        String json = DecisionRecord.decide(guide, loop, CLOCK)
                .withOverride(Outcome.NO_HIRE, "hm-7", "closed", AT.plusSeconds(60))
                .toJson();

        DecisionRecord edited = DecisionRecord.parse(json.replace("\"from\" : \"HIRE\"", "\"from\" : \"DEBRIEF\""));

        assertThat(DecisionRecord.verify(edited, guide, loop))
                .extracting(RecordMismatch::toString)
                .containsExactly("overrides[0].from: is DEBRIEF, but the outcome standing before it was HIRE (the"
                        + " history was edited)");
    }

    @Test
    void parseNamesTheFieldAndNeverEchoesTheText() {
        String json = DecisionRecord.decide(guide, loop, CLOCK)
                .withOverride(Outcome.NO_HIRE, "hm-7", "closed", AT.plusSeconds(60))
                .toJson();

        assertThatThrownBy(() -> DecisionRecord.parse(json.replace("\"decidedAt\" : \"2026-12-01T09:30:00Z\",", "")))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("$.decidedAt: is required");
        assertThatThrownBy(() -> DecisionRecord.parse(json.replaceFirst(
                        "\"inputDigest\" : \"sha256:[0-9a-f]+\"", "\"inputDigest\" : \"SECRET NOTE\"")))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("$.inputDigest: must be sha256:")
                .hasMessageNotContaining("SECRET");
        assertThatThrownBy(() -> DecisionRecord.parse(json.replace("\"reason\" : \"closed\"", "\"reason\" : \" \"")))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("reason: is required and must not be blank");
        assertThatThrownBy(() -> DecisionRecord.parse(json.replace("\"outcome\" : \"HIRE\",", "")))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("outcome: is required");
        assertThatThrownBy(
                        () -> DecisionRecord.parse(json.replace("\"outcome\" : \"HIRE\"", "\"outcome\" : \"SECRET\"")))
                .isInstanceOf(HiringException.class)
                .hasMessageContaining("outcome")
                .hasMessageNotContaining("SECRET");
    }

    private CandidateEvaluation changedRating() {
        List<Scorecard> cards = new ArrayList<>(loop.scorecards());
        Scorecard first = cards.get(0);
        Map<String, Integer> ratings = new java.util.LinkedHashMap<>(first.ratings());
        ratings.put("coding-and-apis", 3);
        cards.set(0, card(first.interviewer(), first.recommendation(), ratings));
        return loop.withScorecards(cards);
    }

    private static String replaceLast(String s, String what, String with) {
        int i = s.lastIndexOf(what);
        return s.substring(0, i) + with + s.substring(i + what.length());
    }
}
