/** The SDK's one JSON configuration: a hardened Jackson {@code ObjectMapper} and typed reading errors. */
@NullMarked
package dev.hiring.core.json;

import org.jspecify.annotations.NullMarked;
