/** Implementation details of the analytics module: CSV scanning and number parsing. Not exported. */
@NullMarked
package dev.hiring.analytics.internal;

import org.jspecify.annotations.NullMarked;
