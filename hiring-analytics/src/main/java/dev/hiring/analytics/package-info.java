/** Interviewer agreement, calibration, adverse impact and funnel metrics. */
@NullMarked
@HiringStyle
package dev.hiring.analytics;

import dev.hiring.core.HiringStyle;
import org.jspecify.annotations.NullMarked;
