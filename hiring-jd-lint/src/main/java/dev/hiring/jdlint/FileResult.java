package dev.hiring.jdlint;

/**
 * The lint report of one file.
 *
 * @param path the path as given (or {@code <stdin>})
 * @param report the report
 */
public record FileResult(String path, LintReport report) {}
