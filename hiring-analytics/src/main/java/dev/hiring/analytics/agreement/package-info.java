/**
 * Inter-rater agreement: Fleiss' kappa, Cohen's kappa (unweighted, linear, quadratic), Krippendorff's alpha at an
 * explicit level of measurement and the intraclass correlations of Shrout and Fleiss (1979), over plain rating
 * tables, plus an adapter from rubric evaluations.
 */
@NullMarked
package dev.hiring.analytics.agreement;

import org.jspecify.annotations.NullMarked;
