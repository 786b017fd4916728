package dev.hiring.rubric;

/**
 * What a failing {@link DecisionRule} means for the outcome. Listed in the order {@link DecisionPolicy} resolves
 * them: the first kind with a failing rule decides.
 */
public enum RuleKind {
    /** A failing veto makes the outcome {@link Outcome#NO_HIRE}, whatever else holds. */
    VETO,
    /** A failing evidence rule makes the outcome {@link Outcome#MORE_EVIDENCE_NEEDED}. */
    EVIDENCE,
    /**
     * A failing disagreement rule makes the outcome {@link Outcome#DEBRIEF} when a debrief can change it; when the
     * bar fails (or holds) whatever the debrief settles, the outcome is NO_HIRE (or HIRE). See {@link DecisionPolicy}.
     */
    DISAGREEMENT,
    /** A failing bar (score threshold, criterion floor) makes the outcome {@link Outcome#NO_HIRE}. */
    BAR
}
