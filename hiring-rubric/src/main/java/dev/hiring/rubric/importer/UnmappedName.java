package dev.hiring.rubric.importer;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A vendor name an import met but the {@link AtsMapping} does not map, so whatever it carried was not imported: a
 * Greenhouse attribute, a Lever or Ashby score field, a Workable trait, or a vendor rejection reason of the
 * application. Names are the vendor's template labels (attribute names, field titles, reason names), never answers
 * or notes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what the name is: {@value #ATTRIBUTE}, {@value #FIELD}, {@value #TRAIT} or {@value #REJECTION_REASON}
 * @param name the vendor's name (or id, for Lever archive reasons), as found
 * @param count how many times the import met it (once per payload that has it)
 */
@JsonPropertyOrder({"kind", "name", "count"})
public record UnmappedName(String kind, String name, int count) {
    /** A Greenhouse scorecard attribute. */
    public static final String ATTRIBUTE = "attribute";

    /** A Lever or Ashby score field. */
    public static final String FIELD = "field";

    /** A Workable score-card trait. */
    public static final String TRAIT = "trait";

    /** A vendor rejection (archive, disqualification) reason on the application. */
    public static final String REJECTION_REASON = "rejection reason";
}
