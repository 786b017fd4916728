package dev.hiring.rubric.importer;

import static dev.hiring.rubric.importer.VendorCase.fails;
import static dev.hiring.rubric.importer.VendorCase.reads;

import dev.hiring.rubric.Recommendation;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GreenhouseImporterTest {
    static final String MAP = "{\"criteria\": {\"System Design\": \"system-design\", \"Coding\": \"coding-and-apis\"}}";

    static String card(String overall, String attributes) {
        return "{\"interviewer\": {\"id\": 11}, \"candidate_id\": 7, \"submitted_at\": \"2026-11-02T10:00:00Z\","
                + " \"overall_recommendation\": " + overall + ", \"attributes\": [" + attributes + "]}";
    }

    static Stream<VendorCase> cases() {
        return Stream.of(
                reads(
                        "strong_yes and yes",
                        card(
                                "\"yes\"",
                                "{\"name\": \"System Design\", \"rating\": \"strong_yes\"},"
                                        + " {\"name\": \"Coding\", \"rating\": \"yes\"}"),
                        MAP,
                        "11",
                        Recommendation.HIRE,
                        Map.of("system-design", 3, "coding-and-apis", 2)),
                reads(
                        "mixed and no are below; definitely_not vetoes",
                        card(
                                "\"definitely_not\"",
                                "{\"name\": \"System Design\", \"rating\": \"mixed\"},"
                                        + " {\"name\": \"Coding\", \"rating\": \"no\"}"),
                        MAP,
                        "11",
                        Recommendation.STRONG_NO_HIRE,
                        Map.of("system-design", 1, "coding-and-apis", 1)),
                reads(
                        "no_decision and null are unrated; the older mixed overall is no decision",
                        card(
                                "\"mixed\"",
                                "{\"name\": \"System Design\", \"rating\": \"no_decision\"},"
                                        + " {\"name\": \"Coding\", \"rating\": null}"),
                        MAP,
                        "11",
                        Recommendation.NO_DECISION,
                        Map.of()),
                reads(
                        "submitted_by when no interviewer; unmapped attributes left out",
                        "{\"submitted_by\": {\"id\": 12}, \"overall_recommendation\": \"strong_yes\", \"attributes\":"
                                + " [{\"name\": \"Adaptable\", \"rating\": \"yes\"}]}",
                        MAP,
                        "12",
                        Recommendation.STRONG_HIRE,
                        Map.of()),
                fails(
                        "an unknown rating names the field",
                        card("\"yes\"", "{\"name\": \"Coding\", \"rating\": \"maybe\"}"),
                        MAP,
                        "$.attributes[0].rating: unknown Greenhouse rating 'maybe'"),
                fails("no interviewer", "{\"attributes\": []}", MAP, "$: names no interviewer id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void row(VendorCase c) {
        c.check(AtsVendor.GREENHOUSE);
    }
}
