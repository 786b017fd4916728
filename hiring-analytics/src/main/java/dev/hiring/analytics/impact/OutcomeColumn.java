package dev.hiring.analytics.impact;

/**
 * Which column of an individual-level CSV holds the outcome: a selection flag ({@code 1}/{@code 0},
 * {@code true}/{@code false}, {@code yes}/{@code no}, {@code y}/{@code n}, {@code selected}/{@code rejected},
 * any case) for the selection rate, or a score (a number) for the scoring rate.
 *
 * @param kind the rate to compute
 * @param column the CSV column holding the flag or the score
 */
public record OutcomeColumn(RateKind kind, String column) {
    /** The selection rate from a flag column. */
    public static OutcomeColumn selected(String column) {
        return new OutcomeColumn(RateKind.SELECTION, column);
    }

    /** The scoring rate from a score column. */
    public static OutcomeColumn score(String column) {
        return new OutcomeColumn(RateKind.SCORING, column);
    }
}
