/** The README's quickstart example. */
@NullMarked
package dev.hiring.examples.quickstart;

import org.jspecify.annotations.NullMarked;
