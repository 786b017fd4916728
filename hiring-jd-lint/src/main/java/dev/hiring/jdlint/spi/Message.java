package dev.hiring.jdlint.spi;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One message a rule may report, keyed by id; {@code {0}}, {@code {1}}… are replaced by the report's arguments. */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Message {
    /** The message id, kebab-case, unique within the rule. */
    String id();

    /** The message text, without a trailing period. */
    String text();
}
