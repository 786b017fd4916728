package dev.hiring.rubric.importer;

import static dev.hiring.rubric.importer.VendorCase.fails;
import static dev.hiring.rubric.importer.VendorCase.reads;

import dev.hiring.rubric.Recommendation;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AshbyImporterTest {
    static final String MAP = "{\"criteria\": {\"design\": \"system-design\", \"Coding\": \"coding-and-apis\"}}";

    static String feedback(String values) {
        return "{\"submittedByUser\": {\"id\": \"a-1\"}, \"applicationId\": \"app-9\","
                + " \"formDefinition\": {\"sections\": [{\"fields\": ["
                + "{\"field\": {\"path\": \"design\", \"title\": \"System design\", \"type\": \"Score\"}},"
                + "{\"field\": {\"path\": \"code\", \"title\": \"Coding\", \"type\": \"Score\"}},"
                + "{\"field\": {\"path\": \"notes\", \"title\": \"Notes\", \"type\": \"RichText\"}}]}]},"
                + " \"submittedValues\": " + values + "}";
    }

    static Stream<VendorCase> cases() {
        return Stream.of(
                reads(
                        "a number, and a score object matched by title",
                        feedback("{\"overall_recommendation\": \"hire\", \"design\": 4, \"code\": {\"score\": 3}}"),
                        MAP,
                        "a-1",
                        Recommendation.HIRE,
                        Map.of("system-design", 3, "coding-and-apis", 2)),
                reads(
                        "a numeric string; absent is unrated",
                        feedback("{\"overall_recommendation\": \"strong_no_hire\", \"design\": \"1\"}"),
                        MAP,
                        "a-1",
                        Recommendation.STRONG_NO_HIRE,
                        Map.of("system-design", 1)),
                reads(
                        "the mapping adds recommendations",
                        feedback("{\"overall_recommendation\": \"lean_hire\"}"),
                        "{\"criteria\": {\"design\": \"system-design\"}, \"recommendations\": {\"lean_hire\": \"HIRE\"}}",
                        "a-1",
                        Recommendation.HIRE,
                        Map.of()),
                fails(
                        "a score out of range names the field",
                        feedback("{\"design\": 7}"),
                        MAP,
                        "$.submittedValues.design: Ashby score 7 is not between 1 and 4"),
                fails(
                        "an unknown recommendation",
                        feedback("{\"overall_recommendation\": \"maybe\"}"),
                        MAP,
                        "$.submittedValues.overall_recommendation: unknown recommendation 'maybe'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void row(VendorCase c) {
        c.check(AtsVendor.ASHBY);
    }
}
