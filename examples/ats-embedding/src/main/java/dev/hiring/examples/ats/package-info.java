/** The SDK's own HTTP server embedded in an applicant tracking system's JVM. */
@NullMarked
package dev.hiring.examples.ats;

import org.jspecify.annotations.NullMarked;
