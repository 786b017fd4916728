/** A fictional company's hiring policy: its own weights and floors, and one extra rule on top of the SDK's. */
@NullMarked
package dev.hiring.examples.policy;

import org.jspecify.annotations.NullMarked;
