/** Scorecards, aggregation and explainable decision rules, with ATS importers. */
@NullMarked
@HiringStyle
package dev.hiring.rubric;

import dev.hiring.core.HiringStyle;
import org.jspecify.annotations.NullMarked;
