package dev.hiring.rubric;

/** The verdict of one {@link DecisionRule} on one candidate. */
public enum Verdict {
    /** The rule's condition holds. */
    PASS,
    /** The rule's condition does not hold; what that means depends on the rule's {@link RuleKind}. */
    FAIL,
    /** The rule has nothing to judge (for example a floor on a criterion nobody rated). */
    NOT_APPLICABLE
}
