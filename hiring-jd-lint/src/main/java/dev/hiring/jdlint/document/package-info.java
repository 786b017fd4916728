/**
 * The document model: a job description as read ({@link dev.hiring.jdlint.document.JdDocument}: normalized text,
 * tokens, blocks, sections, title, original spans). The bottom layer of the linter: it depends on no other
 * package of it.
 */
@NullMarked
package dev.hiring.jdlint.document;

import org.jspecify.annotations.NullMarked;
