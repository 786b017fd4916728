/**
 * What a rule author needs: the rule contract ({@link dev.hiring.jdlint.spi.JdRule},
 * {@link dev.hiring.jdlint.spi.RuleMeta}, {@link dev.hiring.jdlint.spi.RuleContext}), word lists
 * ({@link dev.hiring.jdlint.spi.Lexicon}, {@link dev.hiring.jdlint.spi.PhraseMatch}) and the service-provider
 * interface for custom rules ({@link dev.hiring.jdlint.spi.RuleProvider}). It depends only on the document model.
 */
@NullMarked
package dev.hiring.jdlint.spi;

import org.jspecify.annotations.NullMarked;
