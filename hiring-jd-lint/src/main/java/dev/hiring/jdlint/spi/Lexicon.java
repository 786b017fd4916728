package dev.hiring.jdlint.spi;

import dev.hiring.jdlint.document.JdDocument;
import java.util.List;
import java.util.Map;

/**
 * A word list: phrases matched as whole word tokens of the normalized text, within one sentence, longest first
 * and without overlap. Each phrase may carry attributes (a suggestion, a category). Matching is a table lookup
 * per word, so it is linear in the text.
 *
 * <p>Rules get the built-in lists, with the configured changes, from {@link RuleContext#lexicon}; a list of their
 * own comes from {@code dev.hiring.jdlint.WordLists.of}. Implemented by the SDK; implementations are immutable and
 * thread-safe.
 */
public interface Lexicon {
    /** The lexicon's name. */
    String name();

    /** The phrases, in order. */
    List<String> phrases();

    /** The phrase of an entry. */
    String phrase(int entry);

    /** An attribute of an entry, or {@code ""} when absent. */
    String attribute(int entry, String key);

    /** The attributes of an entry. */
    Map<String, String> attributes(int entry);

    /** Every match in the whole document. */
    List<PhraseMatch> findAll(JdDocument doc);

    /** Every match lying in the normalized range {@code [from, to)}. */
    List<PhraseMatch> findAll(JdDocument doc, int from, int to);

    /**
     * Every match lying in the normalized range, by scanning it directly instead of using the document's match
     * index; for small ranges such as a heading.
     */
    List<PhraseMatch> findAllInRange(JdDocument doc, int from, int to);

    /** Whether any phrase occurs in the normalized range. */
    boolean occursIn(JdDocument doc, int from, int to);

    /** The entry of the longest phrase starting at word {@code k}, or -1. */
    int entryAt(JdDocument doc, int k);

    /** The number of words of the longest phrase starting at word {@code k}, or 0. */
    int lengthAt(JdDocument doc, int k);
}
