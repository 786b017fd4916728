package dev.hiring.analytics.funnel;

import java.time.Instant;

/**
 * One stage transition: a candidate entered a stage (or an outcome event happened) at a time, with the sourcing
 * channel of the candidacy and, for a rejection, the rejection-reason id.
 *
 * @param candidate the candidate's id (an opaque reference)
 * @param stage the stage or outcome event id
 * @param timestamp when it happened
 * @param source the sourcing channel id; empty when unknown
 * @param reason the rejection-reason id; empty when none
 */
public record StageEvent(String candidate, String stage, Instant timestamp, String source, String reason) {}
