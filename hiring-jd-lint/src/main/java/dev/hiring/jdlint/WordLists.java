package dev.hiring.jdlint;

import dev.hiring.jdlint.internal.PhraseLexicon;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.LexiconEntry;
import dev.hiring.jdlint.spi.LexiconFormatException;
import java.util.List;
import java.util.Map;

/**
 * Word lists of your own, for custom rules: a {@link Lexicon} matched exactly as the built-in ones are (whole word
 * tokens of the normalized text, within one sentence, longest first, linear in the text).
 *
 * <pre>{@code
 * static final Lexicon CODENAMES = WordLists.of("acme-codenames", List.of("project falcon", "bluebird"));
 * }</pre>
 */
public final class WordLists {
    private WordLists() {}

    /** A word list of phrases without attributes. */
    public static Lexicon of(String name, List<String> phrases) {
        return PhraseLexicon.of(name, phrases);
    }

    /**
     * A word list of phrases, each with its attributes (same order and size).
     *
     * @throws IllegalArgumentException if the lists differ in size
     */
    public static Lexicon of(String name, List<String> phrases, List<Map<String, String>> attributes) {
        return PhraseLexicon.of(name, phrases, attributes);
    }

    /**
     * A word list of entries: literal phrases or patterns of the word-list pattern language, with their
     * {@code notIf} contexts and attributes (see {@link LexiconEntry}).
     *
     * <pre>{@code
     * Lexicon l = WordLists.ofEntries("acme", List.of(
     *         LexiconEntry.pattern("code (monkey|monkeys)", List.of("code monkey island"), Map.of())));
     * }</pre>
     *
     * @throws LexiconFormatException if a pattern is malformed (the message names the list, the entry and the
     *     problem)
     */
    public static Lexicon ofEntries(String name, List<LexiconEntry> entries) {
        return PhraseLexicon.ofEntries(name, entries);
    }
}
