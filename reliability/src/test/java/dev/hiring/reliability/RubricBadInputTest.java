package dev.hiring.reliability;

import static dev.hiring.reliability.BadJson.PLANTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.HiringException;
import dev.hiring.core.HiringParseException;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.RatingScale;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.NativeFormat;
import dev.hiring.rubric.importer.AtsImporter;
import dev.hiring.rubric.importer.AtsMapping;
import dev.hiring.rubric.importer.AtsVendor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue of hiring-rubric: the native evaluation JSON ({@link NativeFormat}), every vendor
 * importer ({@link AtsImporter}), {@link DecisionPolicy#parse} and {@link AtsMapping#parse}, and {@code hiring
 * decide} with each {@code --from}.
 *
 * <p>Documented policy under test: the native format rejects unknown fields; vendor payloads ignore unknown
 * fields and reject unknown values, naming the field. Every error is the SDK's exception, a syntax error names its
 * line and column, and no message quotes a value (the planted marker never shows).
 */
class RubricBadInputTest {
    private static final DecisionPolicy POLICY = HiringPolicies.seniorBackendEngineer();
    private static final RatingScale SCALE = POLICY.ratingScale();

    @TempDir
    static Path dir;

    /** Every JSON reader of the module, by name. */
    static List<Arguments> readers() {
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of("native", (Function<String, Object>) json -> NativeFormat.read(json, SCALE)));
        for (AtsVendor v : AtsVendor.values()) {
            AtsImporter importer = AtsImporter.of(v, AtsMapping.empty(), SCALE);
            out.add(Arguments.of(v.id(), (Function<String, Object>) importer::read));
        }
        out.add(Arguments.of("policy", (Function<String, Object>) DecisionPolicy::parse));
        out.add(Arguments.of("mapping", (Function<String, Object>) AtsMapping::parse));
        return out;
    }

    static Stream<Arguments> readersTimesCatalogue() {
        return readers().stream()
                .flatMap(r -> BadJson.catalogue().stream().map(e -> Arguments.of(r.get()[0], r.get()[1], e)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("readersTimesCatalogue")
    void everyReaderRejectsTheCatalogueWithTheSdkException(
            String reader, Function<String, Object> read, BadJson.Entry entry) {
        assertSdkError(() -> read.apply(entry.json()), entry.syntaxLine());
    }

    // ---- native format ----

    static Stream<Arguments> nativeInvalid() {
        String card =
                "{\"interviewer\":\"i-1\",\"ratings\":{\"system-design\":\"meets\"},\"notes\":\"" + PLANTED + "\"%s}";
        String eval = "{\"candidate\":\"c-1\",\"role\":\"senior-backend-engineer\",\"scorecards\":[%s]}";
        return Stream.of(
                Arguments.of(
                        "unknown top-level field", "{\"candidate\":\"c-1\",\"role\":\"r\",\"colour\":1}", "colour"),
                Arguments.of(
                        "unknown scorecard field", eval.formatted(card.formatted(",\"colour\":\"red\"")), "colour"),
                Arguments.of(
                        "unknown recommendation",
                        eval.formatted(card.formatted(",\"recommendation\":\"" + VOCABULARY + "\"")),
                        "recommendation"),
                Arguments.of(
                        "unknown stage", eval.formatted(card.formatted(",\"stage\":\"" + VOCABULARY + "\"")), "stage"),
                Arguments.of(
                        "unknown rating level",
                        eval.formatted(card.formatted("")).replace("\"meets\"", "\"" + VOCABULARY + "\""),
                        "system-design"),
                Arguments.of(
                        "rating out of the scale",
                        eval.formatted(card.formatted("")).replace("\"meets\"", "7"),
                        "system-design"),
                Arguments.of(
                        "huge rating",
                        eval.formatted(card.formatted("")).replace("\"meets\"", "1e308"),
                        "system-design"),
                Arguments.of(
                        "bad timestamp",
                        eval.formatted(card.formatted(",\"submittedAt\":\"" + VOCABULARY + "\"")),
                        "submittedAt"),
                Arguments.of("missing candidate", "{\"role\":\"r\",\"scorecards\":[]}", "candidate"),
                Arguments.of("null scorecard", eval.formatted("null"), "scorecards[0]"),
                Arguments.of("scorecards not a list", eval.formatted("").replace("[]", "{}"), "scorecards"));
    }

    @ParameterizedTest(name = "native: {0}")
    @MethodSource("nativeInvalid")
    void nativeFormatNamesTheFieldAndNeverTheNotes(String name, String json, String field) {
        assertThatThrownBy(() -> NativeFormat.read(json, SCALE))
                .isInstanceOf(HiringException.class)
                .hasMessageContaining(field)
                .satisfies(RubricBadInputTest::quotesNoFreeText);
    }

    // ---- vendor importers ----

    @ParameterizedTest
    @EnumSource(AtsVendor.class)
    void vendorImportersIgnoreUnknownFields(AtsVendor vendor) {
        AtsImporter importer = AtsImporter.of(vendor, AtsMapping.empty(), SCALE);
        String payload = Fixtures.payload(vendor.id());
        String extended = payload.replaceFirst("\\{", "{\"x-unknown-field\": {\"nested\": [1, \"" + PLANTED + "\"]},");

        CandidateEvaluation plain = importer.read(payload);
        CandidateEvaluation withExtra = importer.read(extended);

        assertThat(withExtra).isEqualTo(plain);
    }

    static Stream<Arguments> vendorUnknownValues() {
        return Stream.of(
                Arguments.of("greenhouse", "\"overall_recommendation\": \"yes\"", "overall_recommendation"),
                Arguments.of("greenhouse", "\"rating\": \"mixed\"", "rating"),
                Arguments.of("lever", "\"value\": \"4 - Strong Hire\"", "value"),
                Arguments.of("ashby", "\"overall_recommendation\": \"hire\"", "overall_recommendation"),
                Arguments.of("ashby", "\"technical_skills\": \"4\"", "technical_skills"),
                Arguments.of("workable", "\"scale\": \"thumbs\"", "scale"),
                Arguments.of("workable", "\"score\": \"positive\"", "score"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("vendorUnknownValues")
    void vendorImportersRejectUnknownValuesNamingTheField(String vendor, String original, String field) {
        String payload = Fixtures.payload(vendor);
        assertThat(payload).contains(original);
        String bad = payload.replaceFirst(
                java.util.regex.Pattern.quote(original),
                original.substring(0, original.indexOf(':') + 1) + " \"" + VOCABULARY + "\"");
        AtsImporter importer = AtsImporter.of(AtsVendor.byId(vendor).orElseThrow(), AtsMapping.empty(), SCALE);

        assertThatThrownBy(() -> importer.read(bad))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining(field)
                .satisfies(RubricBadInputTest::quotesNoFreeText);
    }

    @ParameterizedTest
    @EnumSource(AtsVendor.class)
    void vendorPayloadOfTheWrongShapeIsAnSdkError(AtsVendor vendor) {
        AtsImporter importer = AtsImporter.of(vendor, AtsMapping.empty(), SCALE);

        for (String json : List.of("[1, 2]", "[null]", "{}", "{\"attributes\": 5, \"fields\": \"x\"}", "null")) {
            assertSdkError(() -> importer.read(json), 0);
        }
    }

    // ---- hiring decide ----

    static Stream<Arguments> decideCatalogue() {
        List<Arguments> out = new ArrayList<>();
        for (String from : List.of("native", "greenhouse", "lever", "ashby", "workable")) {
            for (BadJson.Entry e : BadJson.catalogue()) {
                if (!e.name().equals("huge string")) {
                    out.add(Arguments.of(from, e.name(), e.json()));
                }
            }
        }
        out.add(Arguments.of(
                "native", "unknown field", "{\"candidate\":\"c\",\"role\":\"r\",\"colour\":\"" + PLANTED + "\"}"));
        return out.stream();
    }

    @ParameterizedTest(name = "hiring decide --from {0}: {1}")
    @MethodSource("decideCatalogue")
    void decideAnswersBadInputWithExitTwoAndOneLine(String from, String name, String json) throws Exception {
        Path file = Files.writeString(dir.resolve(from + "-" + name.replace(' ', '-') + ".json"), json);

        Cli.run("decide", "--from", from, file.toString()).assertBadInput("decide", PLANTED);
    }

    @Test
    void decideRejectsFiftyMegabytesAndUnknownVendorValues() throws Exception {
        Path big = Files.write(dir.resolve("big.json"), new byte[50 * 1024 * 1024]);
        Cli.run("decide", big.toString()).assertBadInput("decide");
        Path bad = Files.writeString(
                dir.resolve("gh.json"),
                Fixtures.payload("greenhouse")
                        .replace(
                                "\"overall_recommendation\": \"yes\"",
                                "\"overall_recommendation\": \"" + VOCABULARY + "\""));
        Cli.run("decide", "--from", "greenhouse", bad.toString()).assertBadInput("decide", VOCABULARY);
        Path badPolicy = Files.writeString(dir.resolve("policy.json"), "{\n \"id\": ");
        Path ok = Files.writeString(dir.resolve("ok.json"), Fixtures.resource("payloads/full-loop.json"));
        Cli.run("decide", "--policy", badPolicy.toString(), ok.toString()).assertBadInput("decide");
        Cli.run("decide", "--from", "greenhouse", "--mapping", badPolicy.toString(), ok.toString())
                .assertBadInput("decide");
    }

    /**
     * An unknown value of a controlled vocabulary (a level, stage, scale): the style guide lets a message name the
     * bad value, like java.time's, but only a bounded excerpt of it.
     */
    static final String VOCABULARY = BadJson.PLANTED + "-" + "v".repeat(5_000);

    /** The planted marker may appear only in a bounded excerpt of a vocabulary value, never in full. */
    static void quotesNoFreeText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage()))
                    .doesNotContain(VOCABULARY)
                    .doesNotContain("com.fasterxml")
                    .hasSizeLessThan(2_000);
        }
    }

    private static void assertSdkError(ThrowingCallable call, int syntaxLine) {
        assertThatThrownBy(call).isInstanceOf(HiringException.class).satisfies(e -> {
            quotesNothing(e);
            if (syntaxLine > 0) {
                assertThat(e).isInstanceOf(HiringParseException.class);
                assertThat(((HiringParseException) e).line()).isEqualTo(syntaxLine);
                assertThat(((HiringParseException) e).column()).isPositive();
            }
        });
    }

    /** Neither the planted marker nor a library's internals in the message, at any cause depth. */
    static void quotesNothing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage()))
                    .doesNotContain(PLANTED)
                    .doesNotContain("com.fasterxml")
                    .hasSizeLessThan(2_000);
        }
    }
}
