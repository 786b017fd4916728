/** Checks values against the Jakarta Bean Validation constraints of the SDK (the guide's policies). */
@NullMarked
package dev.hiring.core.validation;

import org.jspecify.annotations.NullMarked;
