package dev.hiring.jdlint.spi;

import dev.hiring.core.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The metadata of a rule: its public id, what it checks, its default severity and the guide row it enforces. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleMeta {
    /** The rule id, kebab-case; part of the public contract and never derived from the class name. */
    String id();

    /** A one-line summary without a trailing period. */
    String summary();

    /** Why the rule matters: the reason attached to each finding. */
    String reason();

    /** The default severity. */
    Severity severity();

    /** The area the rule checks. */
    Category category();

    /** The hiring-core {@code JdGuideline} id it enforces, or {@code beyond-guide/<topic>}. */
    String guideRef();

    /** The messages the rule may report. */
    Message[] messages();
}
