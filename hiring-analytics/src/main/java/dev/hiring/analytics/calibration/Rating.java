package dev.hiring.analytics.calibration;

import dev.hiring.core.HiringException;

/**
 * One interviewer's score of one candidate on one criterion.
 *
 * @param interviewer the interviewer's id
 * @param criterion the rubric criterion id
 * @param candidate the candidate's id (an opaque reference, never a name)
 * @param score the score, a finite number (for instance the rating level 1..3)
 */
public record Rating(String interviewer, String criterion, String candidate, double score) {
    /**
     * Checks the rating.
     *
     * @throws HiringException if an id is blank or the score is not finite
     */
    public Rating {
        if (interviewer.isBlank() || criterion.isBlank() || candidate.isBlank()) {
            throw new HiringException("rating: interviewer, criterion and candidate must not be blank");
        }
        if (!Double.isFinite(score)) {
            throw new HiringException("rating: score must be a finite number");
        }
    }
}
