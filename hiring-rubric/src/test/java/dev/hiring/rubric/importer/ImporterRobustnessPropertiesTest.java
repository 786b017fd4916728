package dev.hiring.rubric.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.hiring.core.HiringException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Any JSON, shaped like a vendor payload or not, imports or fails with the SDK's exception, never a crash. */
class ImporterRobustnessPropertiesTest {
    static final List<String> KEYS = List.of(
            "attributes",
            "name",
            "rating",
            "overall_recommendation",
            "interviewer",
            "id",
            "candidate_id",
            "submitted_at",
            "fields",
            "type",
            "text",
            "value",
            "user",
            "completedAt",
            "createdAt",
            "submittedValues",
            "formDefinition",
            "sections",
            "field",
            "path",
            "score",
            "submittedByUser",
            "applicationId",
            "submittedAt",
            "member_id",
            "scale",
            "grade",
            "score_card",
            "traits",
            "A");
    static final List<String> SCALARS = List.of(
            "null",
            "true",
            "1",
            "-7",
            "3.5",
            "99999999999999999999",
            "\"\"",
            "\"yes\"",
            "\"3 - Hire\"",
            "\"4\"",
            "\"Score\"",
            "\"score\"",
            "\"thumbs\"",
            "\"stars\"",
            "\"A\"",
            "\"positive\"",
            "\"no_decision\"",
            "\"2014-03-26T21:59:51Z\"",
            "\"not a time\"",
            "\"hire\"");

    static Gen<String> json() {
        return dev.hiring.rubric.RandomJson.of(KEYS, SCALARS, 4);
    }

    @Test
    void anyJsonImportsOrFailsWithTheSdkException() {
        AtsMapping mapping = AtsMapping.builder()
                .putCriteria("A", "system-design")
                .putCriteria("yes", "coding-and-apis")
                .candidate("c-1")
                .build();
        qt().forAll(json(), Generate.enumValues(AtsVendor.class)).checkAssert((text, vendor) -> {
            try {
                assertThat(AtsImporter.of(vendor, mapping, AtsImporterTest.SCALE)
                                .read(text)
                                .scorecards())
                        .allSatisfy(s -> assertThat(s.ratings().values())
                                .allSatisfy(v -> assertThat(v).isBetween(1, 3)));
            } catch (HiringException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        });
    }
}
