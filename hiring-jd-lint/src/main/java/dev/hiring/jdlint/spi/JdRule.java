package dev.hiring.jdlint.spi;

import dev.hiring.jdlint.document.JdDocument;

/**
 * A lint rule: a small stateless class annotated with {@link RuleMeta}. Rules read the document and report
 * through the context; they keep no state between calls and must be safe to call from several threads.
 */
public interface JdRule {
    /**
     * Checks one document.
     *
     * @param doc the document
     * @param ctx where to report findings and read options and word lists
     */
    void check(JdDocument doc, RuleContext ctx);

    /**
     * The rule's metadata.
     *
     * @throws InvalidRuleException if the class has no {@link RuleMeta} annotation
     */
    default RuleMeta meta() {
        RuleMeta m = getClass().getAnnotation(RuleMeta.class);
        if (m == null) {
            throw new InvalidRuleException(getClass().getName() + " has no @RuleMeta annotation");
        }
        return m;
    }
}
