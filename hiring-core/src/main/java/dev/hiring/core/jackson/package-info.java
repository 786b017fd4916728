/**
 * The SDK modules' shared Jackson configuration and error translation; exported to the SDK's own modules only, not
 * public API.
 */
@org.jspecify.annotations.NullMarked
package dev.hiring.core.jackson;
