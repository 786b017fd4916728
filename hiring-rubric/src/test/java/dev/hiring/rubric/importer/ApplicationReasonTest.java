package dev.hiring.rubric.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.Violation;
import dev.hiring.core.json.HiringJson;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Where each vendor's application keeps its rejection reason, and how a bad shape is reported. */
class ApplicationReasonTest {

    static Stream<Arguments> reasons() {
        return Stream.of(
                // vendor, application, reason path, name, id, problem (null: none)
                Arguments.of(
                        AtsVendor.GREENHOUSE,
                        "{\"rejection_reason\": {\"id\": 7, \"name\": \"Lacking skill\"}}",
                        "$.rejection_reason",
                        "Lacking skill",
                        "7",
                        null),
                Arguments.of(
                        AtsVendor.GREENHOUSE, "{\"rejection_reason\": null}", "$.rejection_reason", null, null, null),
                Arguments.of(
                        AtsVendor.GREENHOUSE,
                        "{\"rejection_reason\": \"Lacking skill\"}",
                        "$.rejection_reason",
                        null,
                        null,
                        "$.rejection_reason: must be an object with name and id, or null"),
                Arguments.of(
                        AtsVendor.ASHBY,
                        "{\"archiveReason\": {\"id\": \"r-1\", \"text\": \"Position filled\"}}",
                        "$.archiveReason",
                        "Position filled",
                        "r-1",
                        null),
                Arguments.of(AtsVendor.ASHBY, "{}", "$.archiveReason", null, null, null),
                Arguments.of(
                        AtsVendor.ASHBY,
                        "{\"archiveReason\": [1]}",
                        "$.archiveReason",
                        null,
                        null,
                        "$.archiveReason: must be an object with text and id, or null"),
                Arguments.of(
                        AtsVendor.LEVER,
                        "{\"archived\": {\"reason\": \"63dd55b2\", \"archivedAt\": 1}}",
                        "$.archived.reason",
                        null,
                        "63dd55b2",
                        null),
                Arguments.of(AtsVendor.LEVER, "{\"archived\": null}", "$.archived.reason", null, null, null),
                Arguments.of(
                        AtsVendor.LEVER,
                        "{\"archived\": true}",
                        "$.archived.reason",
                        null,
                        null,
                        "$.archived: must be an object with reason, or null"),
                Arguments.of(
                        AtsVendor.WORKABLE,
                        "{\"disqualified\": true, \"disqualification_reason\": \"Not a fit\"}",
                        "$.disqualification_reason",
                        "Not a fit",
                        null,
                        null),
                Arguments.of(
                        AtsVendor.WORKABLE,
                        "{\"disqualified\": false, \"disqualification_reason\": \"Not a fit\"}",
                        "$.disqualification_reason",
                        null,
                        null,
                        null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("reasons")
    void readsTheVendorsReason(
            AtsVendor vendor,
            String application,
            String path,
            @Nullable String name,
            @Nullable String id,
            @Nullable String problem) {
        List<Violation> problems = new ArrayList<>();
        ApplicationReason r =
                VendorFormat.of(vendor).applicationReason(HiringJson.read(application, JsonNode.class), "$", problems);
        assertThat(r.path()).isEqualTo(path);
        assertThat(r.name().isTextual() ? r.name().textValue() : null).isEqualTo(name);
        assertThat(ImportSession.id(r.id())).isEqualTo(id);
        assertThat(r.freeText()).isEqualTo(vendor == AtsVendor.WORKABLE && name != null);
        assertThat(problems)
                .extracting(Violation::toString)
                .containsExactlyElementsOf(problem == null ? List.of() : List.of(problem));
    }

    @Test
    void aFieldThatIsNotAScoreIsNamedByItsType() {
        assertThat(ImportSession.notAScore("$.f", "textarea", true))
                .isEqualTo(new IgnoredValue(
                        "$.f", "a field of type 'textarea' is not a score (free text); never imported"));
        assertThat(ImportSession.notAScore("$.f", "Boolean", false))
                .isEqualTo(new IgnoredValue("$.f", "a field of type 'Boolean' is not a score; not imported"));
    }
}
