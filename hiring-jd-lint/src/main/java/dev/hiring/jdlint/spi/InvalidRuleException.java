package dev.hiring.jdlint.spi;

import dev.hiring.core.HiringException;

/**
 * A lint rule that breaks the contract of the rule SPI: a {@link JdRule} without a {@link RuleMeta} annotation,
 * or a finding reported with a message id that the rule's metadata does not declare. The message names the rule
 * (its class or id) and what is missing.
 */
public final class InvalidRuleException extends HiringException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public InvalidRuleException(String message) {
        super(message);
    }
}
