@org.jspecify.annotations.NullMarked
package dev.hiring.core.internal;
