/** A small HTTP service on the JDK's own HttpServer that embeds the SDK in an applicant tracking system. */
@NullMarked
package dev.hiring.examples.ats;

import org.jspecify.annotations.NullMarked;
