package dev.hiring.analytics.calibration;

import dev.hiring.core.HiringException;

/**
 * One interviewer's hire or no-hire recommendation for one candidate.
 *
 * @param interviewer the interviewer's id
 * @param candidate the candidate's id
 * @param hire whether the interviewer recommended hiring
 */
public record HireRecommendation(String interviewer, String candidate, boolean hire) {
    /**
     * Checks the ids.
     *
     * @throws HiringException if an id is blank
     */
    public HireRecommendation {
        if (interviewer.isBlank() || candidate.isBlank()) {
            throw new HiringException("recommendation: interviewer and candidate must not be blank");
        }
    }
}
