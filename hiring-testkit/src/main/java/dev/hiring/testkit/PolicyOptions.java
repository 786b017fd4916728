package dev.hiring.testkit;

import dev.hiring.core.InvalidHiringDataException;

/**
 * How {@link HiringGens#policies(PolicyOptions)} shapes generated decision policies.
 *
 * @param minCriteria the fewest criteria in the weight profile, at least 1
 * @param maxCriteria the most criteria, at least {@code minCriteria}
 * @param rulePercent the chance (0 to 100) that each built-in rule kind appears in a policy
 * @param guideScale whether to use the guide's 3-level scale (below=1, meets=2, exceeds=3) rather than generated
 *     scales
 */
public record PolicyOptions(int minCriteria, int maxCriteria, int rulePercent, boolean guideScale) {
    /** The most criteria a policy may be asked for. */
    public static final int MAX_CRITERIA = 50;

    /**
     * Checks the ranges.
     *
     * @throws InvalidHiringDataException naming the option out of range
     */
    public PolicyOptions {
        if (minCriteria < 1 || maxCriteria < minCriteria || maxCriteria > MAX_CRITERIA) {
            throw new InvalidHiringDataException("criteria must satisfy 1 <= min <= max <= " + MAX_CRITERIA + ", were "
                    + minCriteria + " and " + maxCriteria);
        }
        if (rulePercent < 0 || rulePercent > 100) {
            throw new InvalidHiringDataException("rulePercent must be 0 to 100, was " + rulePercent);
        }
    }

    /** 1 to 6 criteria, each rule kind with a 50% chance, generated scales. */
    public static PolicyOptions defaults() {
        return new PolicyOptions(1, 6, 50, false);
    }

    /** Returns a copy with another range of criteria. */
    public PolicyOptions withCriteria(int min, int max) {
        return new PolicyOptions(min, max, rulePercent, guideScale);
    }

    /** Returns a copy with another chance for each rule kind. */
    public PolicyOptions withRulePercent(int percent) {
        return new PolicyOptions(minCriteria, maxCriteria, percent, guideScale);
    }

    /** Returns a copy that uses (or not) the guide's rating scale. */
    public PolicyOptions withGuideScale(boolean guide) {
        return new PolicyOptions(minCriteria, maxCriteria, rulePercent, guide);
    }
}
