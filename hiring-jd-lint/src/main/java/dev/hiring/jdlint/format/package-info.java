/** Output formats for lint reports: text, JSON and SARIF 2.1.0. */
@NullMarked
package dev.hiring.jdlint.format;

import org.jspecify.annotations.NullMarked;
