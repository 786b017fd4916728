package dev.hiring.jdlint.spi;

/**
 * A phrase of a {@link Lexicon} found in a document.
 *
 * @param entry the index of the phrase in the lexicon
 * @param firstWord index of the first word token (see {@code JdDocument.wordToken})
 * @param lastWord index of the last word token
 * @param start normalized start offset
 * @param end normalized end offset
 */
public record PhraseMatch(int entry, int firstWord, int lastWord, int start, int end) {}
