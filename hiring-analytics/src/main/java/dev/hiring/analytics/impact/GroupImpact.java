package dev.hiring.analytics.impact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * One row of an impact table: a group's rate, its impact ratio against the reference group and the significance
 * of the difference. The ratio is never reported without its significance.
 *
 * @param group the group's label
 * @param applicants the number assessed
 * @param selected the number selected (or scoring above the median)
 * @param rate selected / applicants
 * @param impactRatio rate / reference rate, in [0, 1]; 1 for the reference; {@code null} when the group is
 *     excluded or no group has a positive rate
 * @param fourFifthsViolation whether the impact ratio is strictly below 0.8 (29 CFR 1607.4(D))
 * @param fisherP the two-sided p-value of Fisher's exact test of this group against the reference group;
 *     {@code null} for the reference itself, an excluded group, or more than
 *     {@link AdverseImpact#FISHER_MAX_INDIVIDUALS} individuals in the two groups (then read {@code z})
 * @param z the pooled two-proportion z statistic (this group's rate minus the reference's, over the pooled
 *     standard error); {@code null} for the reference, an excluded group, or when the pooled rate is 0 or 1
 * @param zP the two-sided normal p-value of {@code z}, or {@code null} with it
 * @param under2Percent whether the group holds less than 2% of all individuals (unknown category included)
 * @param excluded whether the group was left out of the impact ratios because it is under 2% and exclusion was
 *     asked for (its counts and rate are still reported)
 * @param smallNumbersFlip whether moving a single selection (one more for a flagged group, one fewer for an
 *     unflagged one) would flip the four-fifths flag
 */
@JsonPropertyOrder({
    "group",
    "applicants",
    "selected",
    "rate",
    "impactRatio",
    "fourFifthsViolation",
    "fisherP",
    "z",
    "zP",
    "under2Percent",
    "excluded",
    "smallNumbersFlip"
})
public record GroupImpact(
        String group,
        long applicants,
        long selected,
        double rate,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double impactRatio,
        boolean fourFifthsViolation,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double fisherP,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double z,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double zP,
        boolean under2Percent,
        boolean excluded,
        boolean smallNumbersFlip) {}
