package dev.hiring.jdlint.spi;

import java.util.List;
import java.util.Map;

/**
 * One entry of a {@link Lexicon}: a literal phrase, or a pattern of the word-list pattern language, with the
 * contexts that cancel a match and the entry's attributes (a suggestion, a category, a source).
 *
 * <p>Patterns: words separated by spaces match whole normalized words, case-insensitive; {@code (a|b|c)} are
 * alternatives (several words or one punctuation character each, and a group may be glued to a word:
 * {@code self-start(er|ing)}); {@code ?} after a word or group makes it optional; {@code word~} adds the regular
 * English inflections (s, es, ies, ed, ing, er, ers); a hyphenated word {@code self-starter} also matches
 * "self starter" and "selfstarter". A match is dropped when a {@code notIf} pattern matches words overlapping it.
 *
 * @param text the phrase or the pattern
 * @param pattern whether {@code text} is a pattern (otherwise a literal phrase, punctuation ignored)
 * @param notIf patterns whose match over words overlapping a match of this entry cancels it
 * @param attributes the entry's attributes
 */
public record LexiconEntry(String text, boolean pattern, List<String> notIf, Map<String, String> attributes) {
    /** Copies the lists. */
    public LexiconEntry {
        notIf = List.copyOf(notIf);
        attributes = Map.copyOf(attributes);
    }

    /** A literal phrase. */
    public static LexiconEntry phrase(String phrase, Map<String, String> attributes) {
        return new LexiconEntry(phrase, false, List.of(), attributes);
    }

    /** A pattern with its cancelling contexts. */
    public static LexiconEntry pattern(String pattern, List<String> notIf, Map<String, String> attributes) {
        return new LexiconEntry(pattern, true, notIf, attributes);
    }
}
