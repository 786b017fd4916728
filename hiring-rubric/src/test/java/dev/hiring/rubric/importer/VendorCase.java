package dev.hiring.rubric.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.HiringException;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.Recommendation;
import dev.hiring.rubric.Scorecard;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of a vendor importer's table: a payload and a mapping, and either the scorecard expected (interviewer,
 * recommendation, ratings as guide level values) or the start of the error expected.
 */
record VendorCase(
        String name,
        String payload,
        String mapping,
        @Nullable String interviewer,
        @Nullable Recommendation recommendation,
        Map<String, Integer> ratings,
        @Nullable String error) {

    static VendorCase reads(
            String name,
            String payload,
            String mapping,
            String interviewer,
            Recommendation rec,
            Map<String, Integer> r) {
        return new VendorCase(name, payload, mapping, interviewer, rec, r, null);
    }

    static VendorCase fails(String name, String payload, String mapping, String error) {
        return new VendorCase(name, payload, mapping, null, null, Map.of(), error);
    }

    /** Imports the payload with the vendor and checks the row. */
    void check(AtsVendor vendor) {
        AtsImporter importer = AtsImporter.of(
                vendor,
                AtsMapping.parse(mapping),
                HiringPolicies.seniorBackendEngineer().ratingScale());
        if (error != null) {
            assertThatThrownBy(() -> importer.read(payload))
                    .as(name)
                    .isInstanceOf(HiringException.class)
                    .hasMessageContaining(error);
            return;
        }
        Scorecard s = importer.read(payload).scorecards().get(0);
        assertThat(s.interviewer()).as(name).isEqualTo(interviewer);
        assertThat(s.recommendation()).as(name).isEqualTo(recommendation);
        assertThat(s.ratings()).as(name).isEqualTo(ratings);
    }

    @Override
    public String toString() {
        return name;
    }
}
