package dev.hiring.analytics.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.hiring.core.HiringException;
import java.util.Locale;

/**
 * Krippendorff's levels of measurement, each with its difference function δ² (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability", section C). There is deliberately no default: the level is a property of the
 * data that the caller must state. In JSON and on the command line a level is its lower-case name.
 */
public enum MeasurementLevel {
    /** Categories without order: δ²(c,k) = 0 if c = k, else 1. */
    NOMINAL,
    /**
     * Ranks: δ²(c,k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², where n_g counts the pairable values g (the values are
     * ordered by their numeric value).
     */
    ORDINAL,
    /** Equal intervals: δ²(c,k) = (c − k)². */
    INTERVAL,
    /** Ratios with a true zero: δ²(c,k) = ((c − k)/(c + k))², 0 when c = k = 0. */
    RATIO;

    /** The lower-case name used in JSON and on the command line. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a level from its name, in any case.
     *
     * @throws HiringException if {@code text} names no level
     */
    @JsonCreator
    public static MeasurementLevel parse(String text) {
        for (MeasurementLevel l : values()) {
            if (l.name().equalsIgnoreCase(text.trim())) {
                return l;
            }
        }
        throw new HiringException("level must be one of nominal, ordinal, interval, ratio");
    }
}
