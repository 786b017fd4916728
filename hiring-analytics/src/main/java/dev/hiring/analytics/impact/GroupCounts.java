package dev.hiring.analytics.impact;

import dev.hiring.core.HiringException;

/**
 * The counts of one group: how many were assessed and how many were selected (or, for the scoring rate, scored
 * above the median).
 *
 * @param group the group's label
 * @param applicants the number assessed, at least 1
 * @param selected the number selected, 0 ≤ selected ≤ applicants
 */
public record GroupCounts(String group, long applicants, long selected) {
    /**
     * Checks the counts.
     *
     * @throws HiringException if the label is blank, the group is empty, or a count is out of range
     */
    public GroupCounts {
        if (group.isBlank()) {
            throw new HiringException("group: the label must not be blank");
        }
        if (applicants <= 0) {
            throw new HiringException("group '" + group + "': applicants must be at least 1, was " + applicants
                    + " (a zero-size group has no selection rate)");
        }
        if (selected < 0 || selected > applicants) {
            throw new HiringException("group '" + group + "': selected must be between 0 and applicants (" + applicants
                    + "), was " + selected);
        }
    }

    /** selected / applicants. */
    public double rate() {
        return (double) selected / applicants;
    }
}
