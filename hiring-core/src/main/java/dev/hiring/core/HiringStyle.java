package dev.hiring.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the SDK, applied in each value package's {@code package-info.java}. It is public
 * because the SDK's other modules apply it to their value packages; it is not meant for application code.
 *
 * <p>Generated {@code ImmutableX} classes are package-private: users only see the hand-written public types
 * and their factories, so an Immutables upgrade cannot change the binary API; {@code overshadowImplementation}
 * makes {@code build()} and the {@code with*} methods return the public type. Accessors are named like record
 * components ({@code name()}, as are builder methods and JSON keys), the SDK's one accessor style;
 * {@link dev.hiring.core.validation.HiringValidator} makes Jakarta Bean Validation see their constraints. See
 * {@code docs/conventions.md}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        get = "*",
        init = "*",
        overshadowImplementation = true,
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        strictBuilder = true,
        jakarta = true,
        jdkOnly = true,
        defaultAsDefault = true,
        throwForInvalidImmutableState = InvalidHiringDataException.class,
        throwForNullPointer = InvalidHiringDataException.class)
public @interface HiringStyle {}
