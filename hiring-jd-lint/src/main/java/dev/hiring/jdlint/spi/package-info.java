/** The rule contract and the service-provider interface for custom rules. */
@NullMarked
package dev.hiring.jdlint.spi;

import org.jspecify.annotations.NullMarked;
