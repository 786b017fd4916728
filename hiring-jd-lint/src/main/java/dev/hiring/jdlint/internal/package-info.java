/**
 * Implementation details of the linter, not an API: the readers, normalizer and document assembly, the section
 * finder, the word-list matching engine ({@link dev.hiring.jdlint.internal.PhraseLexicon},
 * {@link dev.hiring.jdlint.internal.LexiconSet}), the built-in word lists and the per-document shared data.
 */
@NullMarked
package dev.hiring.jdlint.internal;

import org.jspecify.annotations.NullMarked;
