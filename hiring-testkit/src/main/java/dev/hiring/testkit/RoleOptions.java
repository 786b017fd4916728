package dev.hiring.testkit;

import dev.hiring.core.InvalidHiringDataException;

/**
 * How {@link HiringGens#roles(RoleOptions)} shapes generated roles. Roles within the defaults meet every policy of
 * the guide (so {@code HiringValidator.violations(role)} is empty); responsibilities outside 3 to 5 break the
 * guide's "3–5 core responsibilities" on purpose.
 *
 * @param minResponsibilities the fewest responsibilities, at least 0
 * @param maxResponsibilities the most responsibilities, at least {@code minResponsibilities}
 * @param maxSkillsPerImportance the most required (and the most nice-to-have) skills, at least 1
 * @param remotePercent the chance (0 to 100) of a remote or hybrid role (which then states its time zones)
 */
public record RoleOptions(
        int minResponsibilities, int maxResponsibilities, int maxSkillsPerImportance, int remotePercent) {

    /**
     * Checks the ranges.
     *
     * @throws InvalidHiringDataException naming the option out of range
     */
    public RoleOptions {
        if (minResponsibilities < 0 || maxResponsibilities < minResponsibilities || maxResponsibilities > 20) {
            throw new InvalidHiringDataException("responsibilities must satisfy 0 <= min <= max <= 20, were "
                    + minResponsibilities + " and " + maxResponsibilities);
        }
        if (maxSkillsPerImportance < 1 || maxSkillsPerImportance > 20) {
            throw new InvalidHiringDataException(
                    "maxSkillsPerImportance must be 1 to 20, was " + maxSkillsPerImportance);
        }
        if (remotePercent < 0 || remotePercent > 100) {
            throw new InvalidHiringDataException("remotePercent must be 0 to 100, was " + remotePercent);
        }
    }

    /** 3 to 5 responsibilities, up to 3 skills of each importance, remote or hybrid half of the time. */
    public static RoleOptions defaults() {
        return new RoleOptions(3, 5, 3, 50);
    }

    /** Returns a copy with another range of responsibilities. */
    public RoleOptions withResponsibilities(int min, int max) {
        return new RoleOptions(min, max, maxSkillsPerImportance, remotePercent);
    }

    /** Returns a copy with another maximum of skills per importance. */
    public RoleOptions withMaxSkillsPerImportance(int max) {
        return new RoleOptions(minResponsibilities, maxResponsibilities, max, remotePercent);
    }

    /** Returns a copy with another chance of a remote or hybrid role. */
    public RoleOptions withRemotePercent(int percent) {
        return new RoleOptions(minResponsibilities, maxResponsibilities, maxSkillsPerImportance, percent);
    }
}
