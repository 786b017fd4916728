/** Generators of hiring data and reusable laws to property-test hiring policies. */
@NullMarked
@HiringStyle
package dev.hiring.testkit;

import dev.hiring.core.HiringStyle;
import org.jspecify.annotations.NullMarked;
