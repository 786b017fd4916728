package dev.hiring.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.hiring.analytics.calibration.RubricCalibration;
import dev.hiring.core.HiringException;
import dev.hiring.core.RedFlag;
import dev.hiring.core.RejectionReason;
import dev.hiring.core.RubricCriterion;
import dev.hiring.core.SellingPoint;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.core.json.HiringJson;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.Linter;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.DecisionRecord;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.NativeFormat;
import dev.hiring.rubric.Outcome;
import dev.hiring.rubric.Scorecard;
import dev.hiring.rubric.importer.AtsImporter;
import dev.hiring.rubric.importer.AtsMapping;
import dev.hiring.rubric.importer.AtsVendor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Privacy: a marker planted in every free-text field (scorecard notes, vendor notes, comments, answers and
 * interviewer names, value-type titles and descriptions) never shows in an exception message at any cause depth,
 * in {@code toString()} of {@link Scorecard} or {@link CandidateEvaluation}, in decision or calibration output, or
 * in anything the CLI prints.
 */
class PrivacyTest {
    private static final String MARKER = "PRIVATE-FREE-TEXT-91c2";
    private static final DecisionPolicy POLICY = HiringPolicies.seniorBackendEngineer();

    /** Free-text field names of the vendor payloads: notes, comments, answers, instructions, personal names. */
    private static final Set<String> VENDOR_FREE_TEXT = Set.of(
            "note",
            "comment",
            "detailed_feedback",
            "body",
            "instructions",
            "description",
            "first_name",
            "last_name",
            "firstName",
            "lastName",
            "email");

    @TempDir
    Path dir;

    private static String nativeEvaluation(String extraCardFields) {
        return """
                {"candidate": "c-1", "role": "senior-backend-engineer", "scorecards": [
                  {"interviewer": "i-1", "stage": "LOOP", "ratings": {"system-design": "meets", "coding-and-apis": 3},
                   "recommendation": "HIRE", "notes": "%s" %s},
                  {"interviewer": "i-2", "ratings": {"system-design": 2, "reliability-and-ops": "exceeds"},
                   "recommendation": "NO_HIRE", "rejectionReasons": ["shallow-system-design"], "notes": "%s"}]}
                """.formatted(MARKER, extraCardFields, MARKER + " second");
    }

    @Test
    void toStringOfScorecardAndEvaluationNeverShowsNotes() {
        CandidateEvaluation e = NativeFormat.read(nativeEvaluation(""), POLICY);
        Scorecard card = e.scorecards().get(0);

        assertThat(card.notes()).contains(MARKER);
        assertThat(card.toString()).doesNotContain(MARKER).contains("redacted");
        assertThat(e.toString()).doesNotContain(MARKER);
        assertThat(e.scorecards().toString()).doesNotContain(MARKER);
        assertThat(POLICY.decide(e).toJson()).doesNotContain(MARKER);
        assertThat(POLICY.decide(e).toString()).doesNotContain(MARKER);
        assertThat(DecisionRecord.decide(POLICY, e, java.time.Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC))
                        .withOverride(Outcome.HIRE, "hm-1", "panel agreed", Instant.parse("2026-11-02T10:00:00Z"))
                        .toJson())
                .doesNotContain(MARKER);
        assertThat(HiringJson.write(RubricCalibration.compute(List.of(e), List.of(POLICY.decide(e)), 1)))
                .doesNotContain(MARKER);
    }

    static Stream<Arguments> nativeErrorPaths() {
        return Stream.of(
                Arguments.of("unknown field", nativeEvaluation(", \"colour\": \"" + MARKER + "\"")),
                Arguments.of("blank interviewer", nativeEvaluation("").replace("\"i-1\"", "\"  \"")),
                Arguments.of("unknown rating level", nativeEvaluation("").replace("\"meets\"", "\"superb\"")),
                Arguments.of(
                        "rating out of range",
                        nativeEvaluation("").replace("\"coding-and-apis\": 3", "\"coding-and-apis\": 500")),
                Arguments.of(
                        "bad stage", nativeEvaluation(", \"stage\": \"ONSITE\"").replace("\"stage\": \"LOOP\", ", "")),
                Arguments.of("bad recommendation", nativeEvaluation("").replace("\"HIRE\"", "\"MAYBE\"")),
                Arguments.of(
                        "bad rejection reason id", nativeEvaluation("").replace("shallow-system-design", "Not An Id!")),
                Arguments.of(
                        "repeated rejection reason",
                        nativeEvaluation("")
                                .replace(
                                        "[\"shallow-system-design\"]",
                                        "[\"shallow-system-design\", \"shallow-system-design\"]")),
                Arguments.of(
                        "syntax error after the notes", nativeEvaluation("").replace("]}", "]")),
                Arguments.of(
                        "notes of the wrong type",
                        nativeEvaluation("")
                                .replace("\"notes\": \"" + MARKER + "\"", "\"notes\": [\"" + MARKER + "\"]")));
    }

    @ParameterizedTest(name = "native: {0}")
    @MethodSource("nativeErrorPaths")
    void nativeErrorsNeverQuoteNotes(String name, String json) throws IOException {
        assertThat(json).contains(MARKER);

        assertNoMarker(catchThrowable(() -> NativeFormat.read(json, POLICY)));
        Path file = Files.writeString(dir.resolve("eval.json"), json);
        Cli.run("decide", file.toString()).assertBadInput("decide", MARKER);
        Cli.run("decide", "--format", "json", file.toString()).assertBadInput("decide", MARKER);
    }

    @Test
    void decideErrorsForUnknownCriteriaAndReasonsNeverQuoteNotes() {
        String unknownCriterion = nativeEvaluation("").replace("\"coding-and-apis\": 3", "\"charisma\": 3");
        String unknownReason = nativeEvaluation("").replace("shallow-system-design", "bad-vibes");
        for (String json : List.of(unknownCriterion, unknownReason)) {
            CandidateEvaluation e = NativeFormat.read(json, POLICY);
            Throwable t = catchThrowable(() -> POLICY.decide(e));
            assertNoMarker(t);
        }
    }

    @Test
    void cliDecisionOutputNeverShowsNotes() throws IOException {
        Path file = Files.writeString(dir.resolve("eval.json"), nativeEvaluation(""));

        for (String format : List.of("text", "json")) {
            Cli.Result r = Cli.run("decide", "--format", format, file.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).isNotBlank().doesNotContain(MARKER);
            assertThat(r.err()).doesNotContain(MARKER);
        }
    }

    @Test
    void calibrationCliNeverShowsNotes() throws IOException {
        String evaluation = HiringJson.write(NativeFormat.read(nativeEvaluation(""), POLICY));
        assertThat(evaluation).contains(MARKER);
        Path ok = Files.writeString(dir.resolve("cal.json"), "{\"evaluations\": [" + evaluation + "]}");
        Path bad = Files.writeString(
                dir.resolve("cal-bad.json"), "{\"evaluations\": [" + evaluation.replace("\"i-1\"", "\"\"") + "]}");

        Cli.Result r = Cli.run("calibration", ok.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain(MARKER);
        Cli.run("calibration", bad.toString()).assertBadInput("calibration", MARKER);
    }

    // ---- vendor payloads ----

    /** The fixture with the marker planted in every free-text field. */
    static String planted(AtsVendor vendor) {
        try {
            JsonNode root = HiringJackson.mapper().readTree(Fixtures.payload(vendor.id()));
            plant(root);
            return HiringJackson.mapper().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void plant(JsonNode node) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            boolean leverText = o.path("type").asText().matches("textarea|text");
            List<String> names = iterable(o.fieldNames());
            for (String name : names) {
                JsonNode child = o.get(name);
                if (VENDOR_FREE_TEXT.contains(name) && (child.isTextual() || child.isNull())) {
                    o.set(name, TextNode.valueOf(MARKER));
                } else if (leverText && name.equals("value")) {
                    o.set(name, TextNode.valueOf(MARKER));
                } else {
                    plant(child);
                }
            }
        } else if (node.isArray()) {
            node.forEach(PrivacyTest::plant);
        }
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static final Map<AtsVendor, String[]> BREAK_A_VALUE = Map.of(
            AtsVendor.GREENHOUSE,
                    new String[] {"\"overall_recommendation\":\"yes\"", "\"overall_recommendation\":\"perhaps\""},
            AtsVendor.LEVER, new String[] {"\"value\":\"4 - Strong Hire\"", "\"value\":\"great\""},
            AtsVendor.ASHBY,
                    new String[] {"\"overall_recommendation\":\"hire\"", "\"overall_recommendation\":\"perhaps\""},
            AtsVendor.WORKABLE, new String[] {"\"scale\":\"thumbs\"", "\"scale\":\"emoji\""});

    @ParameterizedTest
    @EnumSource(AtsVendor.class)
    void vendorFreeTextIsNeverImportedNorQuoted(AtsVendor vendor) throws IOException {
        String payload = planted(vendor);
        assertThat(payload).contains(MARKER);
        AtsImporter importer = AtsImporter.of(vendor, AtsMapping.empty(), POLICY.ratingScale());

        CandidateEvaluation e = importer.read(payload);

        assertThat(e.toString()).doesNotContain(MARKER);
        assertThat(HiringJson.write(e)).doesNotContain(MARKER);
        assertThat(NativeFormat.write(e, POLICY.ratingScale())).doesNotContain(MARKER);
        assertThat(e.scorecards()).allSatisfy(c -> assertThat(c.notes()).isEmpty());

        String[] swap = BREAK_A_VALUE.get(vendor);
        assertThat(payload).contains(swap[0]);
        String broken = payload.replace(swap[0], swap[1]);
        assertNoMarker(catchThrowable(() -> importer.read(broken)));
        assertNoMarker(catchThrowable(() -> importer.read(broken.substring(0, broken.length() - 2))));
        Path file = Files.writeString(dir.resolve(vendor.id() + ".json"), broken);
        Cli.run("decide", "--from", vendor.id(), file.toString()).assertBadInput("decide", MARKER);
        Path ok = Files.writeString(dir.resolve(vendor.id() + "-ok.json"), payload);
        Cli.Result r = Cli.run("decide", "--from", vendor.id(), "--format", "json", ok.toString());
        assertThat(r.out() + r.err()).doesNotContain(MARKER);
    }

    // ---- value types and job descriptions ----

    static Stream<Arguments> valueTypes() {
        String described = "\"title\": \"" + MARKER + "\", \"description\": \"" + MARKER + "\"";
        return Stream.of(
                Arguments.of(RubricCriterion.class, "{\"id\": \"Bad Id\", " + described + ", \"weight\": -1}"),
                Arguments.of(RedFlag.class, "{\"id\": \"\", " + described + "}"),
                Arguments.of(RejectionReason.class, "{\"id\": \"x y\", " + described + ", \"colour\": 1}"),
                Arguments.of(SellingPoint.class, "{\"id\": [], " + described + "}"),
                Arguments.of(RedFlag.class, "{" + described + ", \"id\": \"ok\"")); // truncated
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueTypes")
    void valueTypeErrorsNeverQuoteTitlesOrDescriptions(Class<?> type, String json) {
        assertNoMarker(catchThrowable(() -> HiringJson.read(json, type)));
    }

    @Test
    void lintErrorsNeverQuoteThePosting() throws IOException {
        Linter small = Linter.builder().maxInputChars(50).build();
        assertNoMarker(catchThrowable(() -> small.lint(MARKER.repeat(10), InputFormat.MARKDOWN)));
        Path posting = Files.writeString(dir.resolve("p.md"), MARKER.repeat(400_000));
        Cli.run("lint", posting.toString()).assertBadInput("lint", MARKER);
    }

    private static void assertNoMarker(Throwable thrown) {
        assertThat(thrown).isInstanceOf(HiringException.class);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(MARKER);
            assertThat(t.toString()).doesNotContain(MARKER);
            for (Throwable s : t.getSuppressed()) {
                assertThat(String.valueOf(s.getMessage())).doesNotContain(MARKER);
            }
        }
    }
}
