package dev.hiring.core;

/** The period a pay figure refers to. */
public enum PayPeriod {
    /** Per hour. */
    HOUR,
    /** Per day. */
    DAY,
    /** Per week. */
    WEEK,
    /** Per month. */
    MONTH,
    /** Per year. */
    YEAR;
}
