package dev.hiring.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How serious a finding is, from the most to the least severe. In JSON and on the command line a severity is
 * its lower-case name: {@code error}, {@code warning}, {@code suggestion}.
 */
public enum Severity {
    /** Breaks a rule of the guide (a "don't"). */
    ERROR,
    /** Misses a recommendation of the guide (a "do"). */
    WARNING,
    /** Could be better; beyond the guide. */
    SUGGESTION;

    /** Whether this severity is {@code other} or more severe. */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) <= 0; // declared from the most to the least severe
    }

    /** The lower-case name used in JSON and on the command line. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a severity from its name, in any case.
     *
     * @throws HiringException if {@code text} names no severity
     */
    @JsonCreator
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new HiringException("severity must be one of error, warning, suggestion");
    }
}
