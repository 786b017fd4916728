/** A job-description linter for every do and don't of the hiring guide, and beyond. */
@NullMarked
@HiringStyle
package dev.hiring.jdlint;

import dev.hiring.core.HiringStyle;
import org.jspecify.annotations.NullMarked;
