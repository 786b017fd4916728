package dev.hiring.analytics.calibration;

import dev.hiring.core.HiringException;

/**
 * The final hiring decision for one candidate.
 *
 * @param candidate the candidate's id
 * @param hired whether the candidate was hired (an offer decision)
 */
public record FinalDecision(String candidate, boolean hired) {
    /**
     * Checks the id.
     *
     * @throws HiringException if the id is blank
     */
    public FinalDecision {
        if (candidate.isBlank()) {
            throw new HiringException("decision: candidate must not be blank");
        }
    }
}
