package dev.hiring.rubric.importer;

import static dev.hiring.rubric.importer.VendorCase.fails;
import static dev.hiring.rubric.importer.VendorCase.reads;

import dev.hiring.rubric.Recommendation;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LeverImporterTest {
    static final String MAP = "{\"criteria\": {\"Architecture\": \"system-design\", \"f-2\": \"coding-and-apis\"}}";

    static String form(String fields) {
        return "{\"user\": \"u-1\", \"completedAt\": 1764669600000, \"fields\": [" + fields + "]}";
    }

    static Stream<VendorCase> cases() {
        return Stream.of(
                reads(
                        "integer and text scores; the first unmapped score field is the recommendation",
                        form("{\"type\": \"score-system\", \"text\": \"Rating\", \"value\": \"3 - Hire\"},"
                                + " {\"type\": \"score\", \"text\": \"Architecture\", \"value\": 4},"
                                + " {\"type\": \"score\", \"id\": \"f-2\", \"text\": \"Code\", \"value\": \"2 - No\"}"),
                        MAP,
                        "u-1",
                        Recommendation.HIRE,
                        Map.of("system-design", 3, "coding-and-apis", 1)),
                reads(
                        "a level 1 overall is a strong no hire; null is unrated",
                        form("{\"type\": \"score\", \"text\": \"Overall\", \"value\": 1},"
                                + " {\"type\": \"score\", \"text\": \"Architecture\", \"value\": null}"),
                        MAP,
                        "u-1",
                        Recommendation.STRONG_NO_HIRE,
                        Map.of()),
                reads(
                        "text fields are not scores",
                        form("{\"type\": \"textarea\", \"text\": \"Notes\", \"value\": \"anything\"}"),
                        MAP,
                        "u-1",
                        Recommendation.NO_DECISION,
                        Map.of()),
                fails(
                        "a score out of range names the field",
                        form("{\"type\": \"score\", \"text\": \"Architecture\", \"value\": 5}"),
                        MAP,
                        "$.fields[0].value: Lever score must be a number 1 to 4"),
                fails(
                        "a time that is not epoch milliseconds",
                        "{\"user\": \"u-1\", \"completedAt\": \"yesterday\", \"fields\": []}",
                        MAP,
                        "$.completedAt: must be epoch milliseconds"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void row(VendorCase c) {
        c.check(AtsVendor.LEVER);
    }
}
