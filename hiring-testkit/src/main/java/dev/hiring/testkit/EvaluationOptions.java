package dev.hiring.testkit;

import dev.hiring.core.InvalidHiringDataException;

/**
 * How {@link HiringGens#evaluations(dev.hiring.rubric.DecisionPolicy, EvaluationOptions)} and {@link
 * HiringGens#scorecards(dev.hiring.rubric.DecisionPolicy, EvaluationOptions)} shape their values. Percentages are
 * chances from 0 to 100 per scorecard (or per criterion, for {@code unratedPercent}).
 *
 * <pre>{@code
 * EvaluationOptions.defaults().withScorecards(2, 4).withStrongNoHirePercent(0)
 * }</pre>
 *
 * @param minScorecards the fewest scorecards per evaluation, at least 0
 * @param maxScorecards the most scorecards per evaluation, at least {@code minScorecards}
 * @param interviewers the size of the interviewer pool ({@code i-1} … {@code i-n}); two scorecards may share one
 * @param unratedPercent the chance that a scorecard leaves a criterion unrated
 * @param strongNoHirePercent the chance of a STRONG_NO_HIRE recommendation
 * @param redFlagPercent the chance that a scorecard records a red flag of the policy
 * @param missingReasonPercent the chance that a negative scorecard gives no rejection reason
 * @param notesPercent the chance that a scorecard carries private notes
 */
public record EvaluationOptions(
        int minScorecards,
        int maxScorecards,
        int interviewers,
        int unratedPercent,
        int strongNoHirePercent,
        int redFlagPercent,
        int missingReasonPercent,
        int notesPercent) {

    /** The most scorecards an evaluation may be asked for. */
    public static final int MAX_SCORECARDS = 1_000;

    /**
     * Checks the ranges.
     *
     * @throws InvalidHiringDataException naming the option out of range
     */
    public EvaluationOptions {
        if (minScorecards < 0 || maxScorecards < minScorecards || maxScorecards > MAX_SCORECARDS) {
            throw new InvalidHiringDataException("scorecards must satisfy 0 <= min <= max <= " + MAX_SCORECARDS
                    + ", were " + minScorecards + " and " + maxScorecards);
        }
        if (interviewers < 1) {
            throw new InvalidHiringDataException("interviewers must be at least 1, was " + interviewers);
        }
        percent(unratedPercent, "unratedPercent");
        percent(strongNoHirePercent, "strongNoHirePercent");
        percent(redFlagPercent, "redFlagPercent");
        percent(missingReasonPercent, "missingReasonPercent");
        percent(notesPercent, "notesPercent");
    }

    private static void percent(int value, String name) {
        if (value < 0 || value > 100) {
            throw new InvalidHiringDataException(name + " must be 0 to 100, was " + value);
        }
    }

    /**
     * 0 to 6 scorecards from a pool of 6 interviewers; a criterion unrated 25% of the time; STRONG_NO_HIRE 5%, a red
     * flag 5%, a negative scorecard without its reason 20%, notes 30%.
     */
    public static EvaluationOptions defaults() {
        return new EvaluationOptions(0, 6, 6, 25, 5, 5, 20, 30);
    }

    /** Returns a copy with another range of scorecards per evaluation. */
    public EvaluationOptions withScorecards(int min, int max) {
        return new EvaluationOptions(
                min,
                max,
                interviewers,
                unratedPercent,
                strongNoHirePercent,
                redFlagPercent,
                missingReasonPercent,
                notesPercent);
    }

    /** Returns a copy with another interviewer pool size. */
    public EvaluationOptions withInterviewers(int pool) {
        return new EvaluationOptions(
                minScorecards,
                maxScorecards,
                pool,
                unratedPercent,
                strongNoHirePercent,
                redFlagPercent,
                missingReasonPercent,
                notesPercent);
    }

    /** Returns a copy with another chance of leaving a criterion unrated. */
    public EvaluationOptions withUnratedPercent(int percent) {
        return new EvaluationOptions(
                minScorecards,
                maxScorecards,
                interviewers,
                percent,
                strongNoHirePercent,
                redFlagPercent,
                missingReasonPercent,
                notesPercent);
    }

    /** Returns a copy with another chance of a STRONG_NO_HIRE recommendation. */
    public EvaluationOptions withStrongNoHirePercent(int percent) {
        return new EvaluationOptions(
                minScorecards,
                maxScorecards,
                interviewers,
                unratedPercent,
                percent,
                redFlagPercent,
                missingReasonPercent,
                notesPercent);
    }

    /** Returns a copy with another chance of a red flag. */
    public EvaluationOptions withRedFlagPercent(int percent) {
        return new EvaluationOptions(
                minScorecards,
                maxScorecards,
                interviewers,
                unratedPercent,
                strongNoHirePercent,
                percent,
                missingReasonPercent,
                notesPercent);
    }

    /** Returns a copy with another chance that a negative scorecard gives no rejection reason. */
    public EvaluationOptions withMissingReasonPercent(int percent) {
        return new EvaluationOptions(
                minScorecards,
                maxScorecards,
                interviewers,
                unratedPercent,
                strongNoHirePercent,
                redFlagPercent,
                percent,
                notesPercent);
    }

    /** Returns a copy with another chance of private notes. */
    public EvaluationOptions withNotesPercent(int percent) {
        return new EvaluationOptions(
                minScorecards,
                maxScorecards,
                interviewers,
                unratedPercent,
                strongNoHirePercent,
                redFlagPercent,
                missingReasonPercent,
                percent);
    }
}
