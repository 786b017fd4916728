package dev.hiring.testkit;

/**
 * A way {@link JdGens#broken(JdDefect, JdDefect...)} breaks an otherwise clean job description, with the id of the
 * jd-lint rule that should find it.
 */
public enum JdDefect {
    /** The pay sentence is removed: no salary range anywhere. */
    MISSING_PAY_BAND("compensation-band"),
    /** Buzzwords ("rockstar", "ninja", "guru", …) are inserted into the responsibilities and the team text. */
    BUZZWORDS("no-buzzwords"),
    /** The responsibilities and the requirements are merged under one heading. */
    SECTIONS_MERGED("separate-responsibilities-requirements");

    private final String ruleId;

    JdDefect(String ruleId) {
        this.ruleId = ruleId;
    }

    /** The id of the jd-lint rule that reports this defect. */
    public String ruleId() {
        return ruleId;
    }
}
