package dev.hiring.testkit;

import dev.hiring.core.InvalidHiringDataException;

/**
 * How {@link JdGens} shapes the job descriptions it writes.
 *
 * @param minResponsibilities the fewest responsibility bullets, 3 to 5 (the guide's range)
 * @param maxResponsibilities the most responsibility bullets, {@code minResponsibilities} to 5
 * @param maxRequirements the most requirement bullets, 1 to 4
 * @param extraParagraphs how many more paragraphs about the product at most, 0 to 5 (longer postings)
 */
public record JdOptions(int minResponsibilities, int maxResponsibilities, int maxRequirements, int extraParagraphs) {
    /**
     * Checks the ranges.
     *
     * @throws InvalidHiringDataException naming the option out of range
     */
    public JdOptions {
        if (minResponsibilities < 3 || maxResponsibilities < minResponsibilities || maxResponsibilities > 5) {
            throw new InvalidHiringDataException("responsibilities must satisfy 3 <= min <= max <= 5, were "
                    + minResponsibilities + " and " + maxResponsibilities);
        }
        if (maxRequirements < 1 || maxRequirements > 4) {
            throw new InvalidHiringDataException("maxRequirements must be 1 to 4, was " + maxRequirements);
        }
        if (extraParagraphs < 0 || extraParagraphs > 5) {
            throw new InvalidHiringDataException("extraParagraphs must be 0 to 5, was " + extraParagraphs);
        }
    }

    /** 3 to 5 responsibilities, up to 4 requirements, up to 2 extra paragraphs. */
    public static JdOptions defaults() {
        return new JdOptions(3, 5, 4, 2);
    }

    /** Returns a copy with another range of responsibilities. */
    public JdOptions withResponsibilities(int min, int max) {
        return new JdOptions(min, max, maxRequirements, extraParagraphs);
    }

    /** Returns a copy with another maximum of requirements. */
    public JdOptions withMaxRequirements(int max) {
        return new JdOptions(minResponsibilities, maxResponsibilities, max, extraParagraphs);
    }

    /** Returns a copy with another maximum of extra paragraphs. */
    public JdOptions withExtraParagraphs(int max) {
        return new JdOptions(minResponsibilities, maxResponsibilities, maxRequirements, max);
    }
}
