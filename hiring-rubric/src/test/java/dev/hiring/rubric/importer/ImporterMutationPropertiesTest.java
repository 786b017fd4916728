package dev.hiring.rubric.importer;

import static dev.hiring.rubric.importer.AtsImporterTest.SCALE;
import static dev.hiring.rubric.importer.AtsImporterTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.hiring.core.HiringException;
import dev.hiring.core.RatingLevel;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.MutatedJson;
import dev.hiring.rubric.Scorecard;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Mutations of the vendors' own example payloads read or fail with the SDK's exception; every rating an import
 * produces is a level of the scale under a mapped criterion. A stated share of the mutations imports with ratings, so
 * the rating checks really run.
 */
class ImporterMutationPropertiesTest {
    static final int EXAMPLES = 800;

    record Vendor(AtsVendor vendor, String fixture, AtsMapping mapping) {}

    static final List<Vendor> VENDORS = List.of(
            new Vendor(
                    AtsVendor.GREENHOUSE,
                    "greenhouse-scorecard.json",
                    AtsMapping.parse(fixture("greenhouse-mapping.json"))),
            new Vendor(
                    AtsVendor.ASHBY,
                    "ashby-application-feedback.json",
                    AtsMapping.of(Map.of("technical_skills", "coding-and-apis"))),
            new Vendor(
                    AtsVendor.WORKABLE,
                    "workable-rating.json",
                    AtsMapping.of(Map.of("Analytical Skills", "system-design", "Decision making", "coding-and-apis"))),
            new Vendor(AtsVendor.LEVER, "lever-feedback.json", AtsMapping.of(Map.of("Rating", "system-design"))));

    /** The vendors' keys, the same as the robustness property's. */
    static final List<String> KEYS = ImporterRobustnessPropertiesTest.KEYS;

    static final List<String> SCALARS = List.of(
            "null",
            "true",
            "0",
            "1",
            "4",
            "5",
            "-1",
            "2.5",
            "\"\"",
            "\"yes\"",
            "\"no\"",
            "\"mixed\"",
            "\"maybe\"",
            "\"strong_yes\"",
            "\"3 - Hire\"",
            "\"9 - Odd\"",
            "\"4\"",
            "\"positive\"",
            "\"definite\"",
            "\"thumbs\"",
            "\"stars\"",
            "\"Score\"",
            "\"score\"",
            "\"2026-11-02T10:00:00Z\"",
            "\"not a time\"");

    @Test
    void mutatedVendorPayloadsImportWithValidRatingsOrFailWithTheSdkException() {
        Set<Integer> levels = SCALE.levels().stream().map(RatingLevel::value).collect(Collectors.toSet());
        AtomicInteger rated = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        for (Vendor v : VENDORS) {
            qt().withExamples(EXAMPLES / VENDORS.size())
                    .withFixedSeed(7L)
                    .forAll(MutatedJson.of(in -> fixture(v.fixture()), KEYS, SCALARS))
                    .checkAssert(text -> {
                        try {
                            ImportResult r = AtsImporter.of(v.vendor(), v.mapping(), SCALE)
                                    .readWithReport(text);
                            CandidateEvaluation e = r.evaluation();
                            boolean any = false;
                            for (Scorecard s : e.scorecards()) {
                                assertThat(levels).containsAll(s.ratings().values());
                                assertThat(v.mapping().criteria().values())
                                        .containsAll(s.ratings().keySet());
                                any |= !s.ratings().isEmpty();
                            }
                            if (any) {
                                rated.incrementAndGet();
                            }
                            assertThat(r.report().toJson()).doesNotContain("great communicator", "smooth jazz");
                        } catch (HiringException expected) {
                            failed.incrementAndGet();
                            assertThat(expected.getMessage()).isNotBlank();
                        }
                    });
        }
        int total = VENDORS.size() * (EXAMPLES / VENDORS.size());
        // seed 7: 545 of 800 import with ratings, 23 are refused
        assertThat(rated.get() / (double) total)
                .as("share that imports with ratings")
                .isBetween(0.55, 0.8);
        assertThat(failed.get() / (double) total).as("share refused").isBetween(0.01, 0.1);
    }
}
