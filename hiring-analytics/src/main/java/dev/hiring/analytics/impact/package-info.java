/**
 * Adverse impact: selection rates, impact ratios against the highest-rate group, the four-fifths rule of the
 * EEOC Uniform Guidelines (29 CFR 1607.4(D)) with significance beside it, and the impact-ratio tables of New
 * York City Local Law 144 (6 RCNY 5-300 ff.).
 */
@NullMarked
package dev.hiring.analytics.impact;

import org.jspecify.annotations.NullMarked;
