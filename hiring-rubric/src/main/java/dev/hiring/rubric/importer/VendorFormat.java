package dev.hiring.rubric.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.Violation;
import java.util.List;

/**
 * One vendor's payload shapes: how a scorecard payload becomes a {@link CardDraft}, and where its application object
 * keeps the rejection reason. {@link AtsImporter} does the rest (arrays, candidates, the report), the same for all.
 * Implementations are stateless.
 */
interface VendorFormat {
    /** The vendor. */
    AtsVendor vendor();

    /**
     * Reads one payload object into the card: interviewer, candidate, time, recommendation and ratings (through
     * {@link ImportSession#rate}); records values read past and ids found in the report, bad values in problems.
     */
    void read(
            JsonNode payload,
            String path,
            CardDraft card,
            ImportSession session,
            ImportCollector report,
            List<Violation> problems);

    /** The property an application object may be wrapped in ({@code ""} when none). */
    String applicationWrapper();

    /** The application's rejection reason; bad shapes are recorded in problems. */
    ApplicationReason applicationReason(JsonNode application, String path, List<Violation> problems);

    /** Where the vendor keeps rejection reasons, for the report's hints. */
    String reasonsKeptWhere();

    /** The format of a vendor. */
    static VendorFormat of(AtsVendor vendor) {
        return switch (vendor) {
            case GREENHOUSE -> new GreenhouseImporter();
            case LEVER -> new LeverImporter();
            case ASHBY -> new AshbyImporter();
            case WORKABLE -> new WorkableImporter();
        };
    }
}
