package dev.hiring.rubric;

/**
 * An interviewer's overall recommendation on a {@link Scorecard}. {@link #NO_DECISION} means the interviewer gave
 * none; it never counts as a negative or as a zero.
 */
public enum Recommendation {
    /** Strongly in favour of hiring. */
    STRONG_HIRE,
    /** In favour of hiring. */
    HIRE,
    /** Against hiring; a rejection reason is expected. */
    NO_HIRE,
    /** Strongly against hiring; a veto under policies with {@link DecisionRule.StrongNoHireVeto}. */
    STRONG_NO_HIRE,
    /** No recommendation given. */
    NO_DECISION;

    /** Whether this recommendation is against hiring ({@link #NO_HIRE} or {@link #STRONG_NO_HIRE}). */
    public boolean isNegative() {
        return this == NO_HIRE || this == STRONG_NO_HIRE;
    }
}
