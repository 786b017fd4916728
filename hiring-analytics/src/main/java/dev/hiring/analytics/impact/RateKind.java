package dev.hiring.analytics.impact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.hiring.core.HiringException;
import java.util.Locale;

/**
 * Which rate an impact table compares. NYC Local Law 144's rules (6 RCNY § 5-300) define both: the selection rate
 * (share of a category selected to move forward or assigned a classification) and the scoring rate (share of a
 * category scoring above the sample's median score). In JSON {@code selection} or {@code scoring}.
 */
public enum RateKind {
    /** Selected / applicants. */
    SELECTION,
    /** Scoring strictly above the median of the full sample / applicants. */
    SCORING;

    /** The lower-case name used in JSON. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a rate kind from its name, in any case.
     *
     * @throws HiringException if {@code text} names no rate kind
     */
    @JsonCreator
    public static RateKind parse(String text) {
        for (RateKind k : values()) {
            if (k.name().equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        throw new HiringException("rate must be one of selection, scoring");
    }
}
