/**
 * Funnel metrics from stage-transition events: cohort pass-through, conversion per sourcing channel, time to
 * hire, offer acceptance, touchpoints per candidate and the rejection-reason distribution.
 */
@NullMarked
package dev.hiring.analytics.funnel;

import org.jspecify.annotations.NullMarked;
