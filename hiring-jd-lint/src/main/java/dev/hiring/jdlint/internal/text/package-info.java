/** The tokenizer of normalized text, shared by the document model and the matching engine; not an API. */
@NullMarked
package dev.hiring.jdlint.internal.text;

import org.jspecify.annotations.NullMarked;
