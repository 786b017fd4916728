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
 * and their factories, so an Immutables upgrade cannot change the binary API. Accessors are JavaBean-named
 * ({@code getX()}/{@code isX()}) so that Jakarta Bean Validation sees their constraints, while builders and
 * JSON keep the short names ({@code .name(..)}, {@code "name"}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        get = {"get*", "is*"},
        init = "*",
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        strictBuilder = true,
        jakarta = true,
        jdkOnly = true,
        defaultAsDefault = true,
        throwForInvalidImmutableState = InvalidHiringDataException.class,
        throwForNullPointer = InvalidHiringDataException.class)
public @interface HiringStyle {}
