package dev.hiring.rubric;

import dev.hiring.core.HiringException;

/**
 * An evaluation that is well-formed but cannot be decided as it stands: one interviewer with two scorecards (their
 * voice would count twice), an evaluation for another role than the policy's, or scorecards of different candidates
 * in one import. The {@link #problem()} says which; the message names the field and the ids involved, never notes.
 */
public class UndecidableEvaluationException extends HiringException {
    private static final long serialVersionUID = 1L;

    /** What makes the evaluation undecidable. */
    public enum Problem {
        /** An interviewer has more than one scorecard. */
        DUPLICATE_INTERVIEWER,
        /** The evaluation's role is not the role the policy decides. */
        ROLE_MISMATCH,
        /** The scorecards are for different candidates. */
        DIFFERENT_CANDIDATES
    }

    /** What makes the evaluation undecidable. */
    private final Problem problem;

    /**
     * Creates the exception.
     *
     * @param problem what makes the evaluation undecidable
     * @param message the field and ids involved, such as {@code scorecards[2].interviewer: 'i-1' already has
     *     scorecards[0]}
     */
    public UndecidableEvaluationException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    /** What makes the evaluation undecidable. */
    public Problem problem() {
        return problem;
    }
}
