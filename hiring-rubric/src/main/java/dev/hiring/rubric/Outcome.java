package dev.hiring.rubric;

/** The outcome of a {@link Decision}. How rule verdicts resolve to an outcome: {@link DecisionPolicy}. */
public enum Outcome {
    /** Every rule passed (or did not apply): make an offer. */
    HIRE,
    /** A veto fired or the bar was not met. */
    NO_HIRE,
    /** Not enough evidence to decide: too few interviewers filled the rubric, nothing was rated, or a negative
     * scorecard lacks its rejection reason. */
    MORE_EVIDENCE_NEEDED,
    /**
     * Interviewers disagree more than the policy allows and settling the disagreement can change the outcome: hold
     * a debrief before deciding.
     */
    DEBRIEF
}
