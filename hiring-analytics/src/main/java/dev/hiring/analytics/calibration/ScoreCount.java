package dev.hiring.analytics.calibration;

/**
 * One bar of a rating distribution.
 *
 * @param score the score
 * @param count how many ratings had it
 */
public record ScoreCount(double score, long count) {}
