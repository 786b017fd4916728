package dev.hiring.rubric;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A {@link DecisionPolicy}'s merge rule for an interviewer with more than one scorecard in an evaluation
 * ({@link DecisionPolicy#duplicateInterviewer()}; JSON {@code "duplicateInterviewer": "refuse" | "latest" |
 * "mean"}). Whatever the rule, an interviewer is one voice.
 */
public enum DuplicateInterviewer {
    /**
     * The default: {@link DecisionPolicy#requireDecidable(CandidateEvaluation)} refuses the evaluation
     * ({@link UndecidableEvaluationException.Problem#DUPLICATE_INTERVIEWER}); merge the scorecards before deciding.
     * Not written in the policy's JSON, so policies without a merge rule keep their hash.
     */
    @JsonProperty("refuse")
    REFUSE,
    /**
     * The interviewer's scorecard with the latest {@code submittedAt} counts, the others are left out. A scorecard
     * without a time counts as older than any with one; among equally late scorecards the one whose canonical JSON
     * sorts last counts, so the choice never depends on the order of the scorecards.
     */
    @JsonProperty("latest")
    LATEST,
    /**
     * The interviewer's scorecards become one: each criterion's rating is the mean of the interviewer's ratings of
     * it, taken to the nearest level of the scale (a tie to the lower level); the recommendation is the least
     * favourable one given (STRONG_NO_HIRE, NO_HIRE, HIRE, STRONG_HIRE; NO_DECISION only if none was given); the
     * rejection reasons and red flags are all of theirs; stage and time are the latest card's; notes are left out.
     */
    @JsonProperty("mean")
    MEAN
}
