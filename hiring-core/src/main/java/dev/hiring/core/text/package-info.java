/** Reading text input the same way everywhere: strict UTF-8, a leading byte order mark skipped, a size limit. */
@NullMarked
package dev.hiring.core.text;

import org.jspecify.annotations.NullMarked;
