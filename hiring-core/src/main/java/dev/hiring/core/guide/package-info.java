/**
 * Guides by id: {@link dev.hiring.core.guide.GuideRegistry}, an immutable registry of the built-in guides and of
 * guides a user registers or loads from JSON files, each read with the SDK's JSON configuration and checked
 * (structure and Jakarta constraints) on loading.
 */
@NullMarked
package dev.hiring.core.guide;

import org.jspecify.annotations.NullMarked;
