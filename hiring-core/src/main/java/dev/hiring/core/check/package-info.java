/** Guide checks: pure functions that compare a value with the guide and return findings, never throw. */
@NullMarked
package dev.hiring.core.check;

import org.jspecify.annotations.NullMarked;
