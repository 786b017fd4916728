/** Implementation details of the rubric module; not exported. */
@NullMarked
package dev.hiring.rubric.internal;

import org.jspecify.annotations.NullMarked;
