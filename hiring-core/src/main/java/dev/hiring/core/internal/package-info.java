/**
 * Implementation details of {@code hiring-core} that sit below its public packages: the JSON configuration that
 * both {@link dev.hiring.core.json.HiringJson} and the built-in guide loader use. Depends on no other SDK package,
 * and the module does not export it.
 */
@org.jspecify.annotations.NullMarked
package dev.hiring.core.internal;
