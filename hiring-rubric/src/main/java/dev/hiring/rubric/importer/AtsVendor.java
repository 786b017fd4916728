package dev.hiring.rubric.importer;

import java.util.Locale;
import java.util.Optional;

/** The applicant-tracking systems the importers read. */
public enum AtsVendor {
    /** Greenhouse Harvest API v1 scorecards. */
    GREENHOUSE,
    /** Lever API v1 feedback forms. */
    LEVER,
    /** Ashby {@code applicationFeedback.list} items. */
    ASHBY,
    /** Workable SPI v3 "rate candidate" bodies. */
    WORKABLE;

    /** The lower-case id, as used on the command line ({@code greenhouse}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The vendor with this id (any case), if any. */
    public static Optional<AtsVendor> byId(String id) {
        for (AtsVendor v : values()) {
            if (v.id().equalsIgnoreCase(id)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
