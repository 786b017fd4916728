package dev.hiring.analytics.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.hiring.core.HiringException;
import java.util.Locale;

/**
 * The three cases of Shrout and Fleiss (1979), "Intraclass correlations: uses in assessing rater reliability",
 * Psychological Bulletin 86(2), 420–428. In JSON and on the command line {@code icc1}, {@code icc2},
 * {@code icc3}.
 */
public enum IccModel {
    /** Case 1: each target rated by a different random set of k judges (one-way random effects). */
    ICC1,
    /** Case 2: a random sample of k judges rates every target (two-way random effects, absolute agreement). */
    ICC2,
    /** Case 3: the same fixed k judges rate every target (two-way mixed effects, consistency). */
    ICC3;

    /** The lower-case name used in JSON and on the command line. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a model from its name, in any case.
     *
     * @throws HiringException if {@code text} names no model
     */
    @JsonCreator
    public static IccModel parse(String text) {
        for (IccModel m : values()) {
            if (m.name().equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw new HiringException("model must be one of icc1, icc2, icc3");
    }
}
