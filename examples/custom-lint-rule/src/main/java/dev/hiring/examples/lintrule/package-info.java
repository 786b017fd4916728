/** A company's own job-description rule, found by the linter through the ServiceLoader. */
@NullMarked
package dev.hiring.examples.lintrule;

import org.jspecify.annotations.NullMarked;
