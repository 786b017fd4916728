/** Interviewer calibration: rating distributions, leniency offsets, z-scores and recommendation agreement. */
@NullMarked
package dev.hiring.analytics.calibration;

import org.jspecify.annotations.NullMarked;
