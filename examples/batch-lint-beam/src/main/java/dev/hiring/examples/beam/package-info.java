/** Apache Beam pipelines over the SDK: lint postings at scale, and aggregate adverse-impact counts. */
@NullMarked
package dev.hiring.examples.beam;

import org.jspecify.annotations.NullMarked;
