/**
 * The {@code hiring} command line. One picocli subcommand class per verb; each parses its arguments, calls a
 * library and prints the result. Exit codes: 0 success, 1 findings, 2 bad usage or bad input (one line on
 * standard error, no stack trace).
 */
@NullMarked
package dev.hiring.cli;

import org.jspecify.annotations.NullMarked;
