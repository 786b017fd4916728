/** Implementation details of the linter: normalizer, tokenizer, readers and word lists; not an API. */
@NullMarked
package dev.hiring.jdlint.internal;

import org.jspecify.annotations.NullMarked;
