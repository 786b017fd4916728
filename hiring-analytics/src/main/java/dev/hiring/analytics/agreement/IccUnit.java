package dev.hiring.analytics.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.hiring.core.HiringException;
import java.util.Locale;

/**
 * The unit of reliability of an intraclass correlation (Shrout and Fleiss 1979): one judge's rating, ICC(·,1),
 * or the mean of the k judges' ratings, ICC(·,k). In JSON and on the command line the lower-case name.
 */
public enum IccUnit {
    /** The reliability of a single judge's rating. */
    SINGLE,
    /** The reliability of the mean of the k judges' ratings. */
    AVERAGE;

    /** The lower-case name used in JSON and on the command line. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a unit from its name, in any case.
     *
     * @throws HiringException if {@code text} names no unit
     */
    @JsonCreator
    public static IccUnit parse(String text) {
        for (IccUnit u : values()) {
            if (u.name().equalsIgnoreCase(text.trim())) {
                return u;
            }
        }
        throw new HiringException("unit must be one of single, average");
    }
}
