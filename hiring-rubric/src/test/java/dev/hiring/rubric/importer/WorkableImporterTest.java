package dev.hiring.rubric.importer;

import static dev.hiring.rubric.importer.VendorCase.fails;
import static dev.hiring.rubric.importer.VendorCase.reads;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.Recommendation;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WorkableImporterTest {
    static final String MAP = "{\"criteria\": {\"Architecture\": \"system-design\", \"Coding\": \"coding-and-apis\"}}";

    static String rating(String scale, String grade, String traits) {
        return "{\"member_id\": \"w-1\", \"scale\": \"" + scale + "\", \"grade\": " + grade
                + ", \"score_card\": {\"sections\": [{\"traits\": [" + traits + "]}]}}";
    }

    static Stream<VendorCase> cases() {
        return Stream.of(
                reads(
                        "thumbs 2 is a strong hire; definite and positive",
                        rating(
                                "thumbs",
                                "2",
                                "{\"name\": \"Architecture\", \"score\": \"definite\"},"
                                        + " {\"name\": \"Coding\", \"score\": \"positive\"}"),
                        MAP,
                        "w-1",
                        Recommendation.STRONG_HIRE,
                        Map.of("system-design", 3, "coding-and-apis", 2)),
                reads(
                        "stars 0 is a strong no hire; negative is below",
                        rating("stars", "0", "{\"name\": \"Architecture\", \"score\": \"negative\"}"),
                        MAP,
                        "w-1",
                        Recommendation.STRONG_NO_HIRE,
                        Map.of("system-design", 1)),
                reads(
                        "numbers 6 of 9 is a hire; absent score is unrated",
                        rating("numbers", "6", "{\"name\": \"Architecture\"}"),
                        MAP,
                        "w-1",
                        Recommendation.HIRE,
                        Map.of()),
                fails("an unknown scale", rating("smileys", "1", ""), MAP, "$.scale: unknown Workable scale 'smileys'"),
                fails(
                        "a grade beyond the scale",
                        rating("thumbs", "3", ""),
                        MAP,
                        "$.grade: must be a whole number from 0 to 2 for scale thumbs"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void row(VendorCase c) {
        c.check(AtsVendor.WORKABLE);
    }

    @Test
    void anUnmappedDisqualificationReasonIsNamedByItsDigestNeverByItsText() {
        String text = "Candidate mentioned a family situation during the call";
        String candidate = "{\"id\": \"x\", \"disqualified\": true, \"disqualification_reason\": \"" + text + "\"}";
        String payload = rating("thumbs", "0", "");
        AtsImporter importer = AtsImporter.of(
                AtsVendor.WORKABLE,
                AtsMapping.parse(MAP),
                HiringPolicies.seniorBackendEngineer().ratingScale());

        ImportReport report = importer.readWithReport(payload, candidate).report();

        String digest = AtsImporter.freeTextName(text);
        assertThat(digest).matches("free text sha256:[0-9a-f]{12}");
        assertThat(report.unmapped())
                .singleElement()
                .satisfies(u -> assertThat(u.name()).isEqualTo(digest));
        assertThat(dev.hiring.core.json.HiringJson.write(report))
                .doesNotContain("family")
                .doesNotContain("Candidate mentioned");

        String mapping = "{\"criteria\": {}, \"rejectionReasons\": {\"" + digest + "\": \"shallow-system-design\"}}";
        ImportResult mapped = AtsImporter.of(
                        AtsVendor.WORKABLE,
                        AtsMapping.parse(mapping),
                        HiringPolicies.seniorBackendEngineer().ratingScale())
                .readWithReport(payload, candidate);
        assertThat(mapped.evaluation().rejectionReasons()).containsExactly("shallow-system-design");
        assertThat(mapped.report().unmapped()).isEmpty();
    }
}
