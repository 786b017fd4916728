package dev.hiring.jdlint.spi;

import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Span;
import java.time.Clock;
import java.util.List;

/** What a rule sees while it checks one document: reporting, its options, word lists and the clock. */
public interface RuleContext {
    /**
     * Reports a finding.
     *
     * @param span where
     * @param messageId one of the rule's declared message ids
     * @param args the message arguments for {@code {0}}, {@code {1}}…
     */
    void report(Span span, String messageId, Object... args);

    /** Reports a finding with a suggestion of what to write instead. */
    void reportWithSuggestion(Span span, String messageId, String suggestion, Object... args);

    /**
     * Reports a finding with a suggestion at a milder severity than the rule's: the finding's severity is the rule's
     * (configured) severity or {@code atMost}, whichever is milder. For rules whose entries differ in weight (a
     * category of buzzword). The default ignores {@code atMost}.
     */
    default void reportWithSuggestion(
            dev.hiring.core.Severity atMost, Span span, String messageId, String suggestion, Object... args) {
        reportWithSuggestion(span, messageId, suggestion, args);
    }

    /** Reports a finding about the document as a whole (placed on the title, or the start). */
    default void reportDocument(JdDocument doc, String messageId, Object... args) {
        report(documentSpan(doc), messageId, args);
    }

    /** The span document-level findings use: the title block, or the first block, or the start. */
    static Span documentSpan(JdDocument doc) {
        return doc.titleBlock()
                .map(b -> doc.span(b.start(), b.end()))
                .orElseGet(() -> doc.blocks().isEmpty()
                        ? doc.originalSpan(0, 0)
                        : doc.span(
                                doc.blocks().get(0).start(), doc.blocks().get(0).start()));
    }

    /**
     * The rule's options: the defaults with the configured values laid over them.
     *
     * @throws dev.hiring.core.HiringException if the configuration has an unknown or mistyped option
     */
    <T extends Record> T options(Class<T> type, T defaults);

    /** A word list by name, with the configured additions and removals applied. */
    Lexicon lexicon(String name);

    /** The clock for "as of" decisions (pay-transparency laws in force). */
    Clock clock();

    /** The jurisdictions the configuration selects (ids); empty means "those the posting names". */
    List<String> jurisdictions();
}
