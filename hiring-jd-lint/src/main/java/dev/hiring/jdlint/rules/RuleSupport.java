package dev.hiring.jdlint.rules;

import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.document.Span;
import dev.hiring.jdlint.internal.DocumentData;
import dev.hiring.jdlint.internal.Money;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import java.util.List;

/** Helpers shared by the built-in rules. */
final class RuleSupport {

    /**
     * An ISO date of a word list's attribute (a law's effective date), parsed once: the jurisdiction list holds a
     * few dozen distinct dates, asked about for every posting.
     */
    static java.time.LocalDate date(String iso) {
        return DATES.computeIfAbsent(iso, java.time.LocalDate::parse);
    }

    private static final java.util.Map<String, java.time.LocalDate> DATES =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int NEGATION_WINDOW = 8;
    private static final Object QUOTES_BEFORE = new Object();

    private RuleSupport() {}

    /** Whether a negator ("not", "never", "without"…) precedes the match in its sentence. */
    static boolean negated(JdDocument doc, PhraseMatch m, Lexicon negators) {
        int sentence = doc.sentence(doc.wordToken(m.firstWord()));
        for (int k = Math.max(0, m.firstWord() - NEGATION_WINDOW); k < m.firstWord(); k++) {
            if (doc.sentence(doc.wordToken(k)) == sentence && negators.lengthAt(doc, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the match stands inside double quotes in its block, or is wrapped in single quotes. */
    static boolean quoted(JdDocument doc, PhraseMatch m) {
        String text = doc.text();
        if (m.start() > 0
                && m.end() < text.length()
                && text.charAt(m.start() - 1) == '\''
                && text.charAt(m.end()) == '\'') {
            return true;
        }
        int from = doc.blockAt(m.start()).map(Block::start).orElse(0);
        int[] quotes = DocumentData.get(doc, QUOTES_BEFORE, int[].class, RuleSupport::quotes);
        return (quotesBefore(quotes, m.start()) - quotesBefore(quotes, from)) % 2 == 1;
    }

    /**
     * The offsets of the double quotes of the normalized text, in order: computed once per document, so counting
     * the quotes between a block start and a match is a binary search (a paragraph with many matches stays
     * linear).
     */
    private static int[] quotes(JdDocument doc) {
        String text = doc.text();
        int n = 0;
        for (int i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
            n++;
        }
        int[] out = new int[n];
        n = 0;
        for (int i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
            out[n++] = i;
        }
        return out;
    }

    /** The number of double quotes before a normalized offset. */
    private static int quotesBefore(int[] quotes, int offset) {
        int i = java.util.Arrays.binarySearch(quotes, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** The kind of the innermost section holding a normalized offset, {@link SectionKind#OTHER} outside all. */
    static SectionKind sectionKind(JdDocument doc, int offset) {
        return doc.sectionAt(offset).map(Section::kind).orElse(SectionKind.OTHER);
    }

    /** The number of words in a normalized range. */
    static int words(JdDocument doc, int from, int to) {
        return Math.max(0, doc.firstWordAtOrAfter(to) - doc.firstWordAtOrAfter(from));
    }

    /** The words in all sections of the given kinds (nested sections counted once). */
    static int words(JdDocument doc, SectionKind... kinds) {
        int total = 0;
        int coveredTo = -1;
        for (Section s : doc.sections()) {
            for (SectionKind k : kinds) {
                if (s.kind() == k) {
                    int from = Math.max(s.start(), coveredTo);
                    if (s.end() > from) {
                        total += words(doc, from, s.end());
                        coveredTo = s.end();
                    }
                    break;
                }
            }
        }
        return total;
    }

    /** The pay statements of the document. */
    static List<Money.Pay> pay(JdDocument doc, RuleContext ctx) {
        return Money.find(doc, ctx.lexicon("currency-codes"), ctx.lexicon("period"), ctx.lexicon("currency-symbols"));
    }

    /** Whether the sentence of word {@code k} contains a phrase of the lexicon. */
    static boolean sentenceHas(JdDocument doc, int k, Lexicon lex) {
        int sentence = doc.sentence(doc.wordToken(k));
        int a = k;
        while (a > 0 && doc.sentence(doc.wordToken(a - 1)) == sentence) {
            a--;
        }
        int n = doc.wordCount();
        for (int j = a; j < n && doc.sentence(doc.wordToken(j)) == sentence; j++) {
            if (lex.lengthAt(doc, j) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A jurisdiction that applies to a document.
     *
     * @param entry the entry of one of its aliases in the {@code jurisdictions} word list
     * @param span where the posting names it (the document span when the configuration selects it)
     */
    record Place(int entry, Span span) {}

    /**
     * The jurisdictions that apply, by id in order: those the configuration selects, or else the places the
     * posting names as the role's own (first mention; not the company's office list, and only the role's position
     * when the posting says where the role is).
     *
     * @throws dev.hiring.core.HiringException if the configuration names an unknown jurisdiction
     */
    static java.util.Map<String, Place> jurisdictions(JdDocument doc, RuleContext ctx) {
        Lexicon places = ctx.lexicon("jurisdictions");
        java.util.Map<String, Place> selected = new java.util.LinkedHashMap<>();
        List<String> configured = ctx.jurisdictions();
        if (configured.isEmpty()) {
            java.util.BitSet offices = officeLists(doc, ctx.lexicon("office-list-context"));
            WorkFacts work = WorkFacts.of(doc, ctx);
            for (PhraseMatch m : places.findAll(doc)) {
                String id = places.attribute(m.entry(), "id");
                // the role's own place, not the company's offices ("we have offices in New York and San
                // Francisco") nor any city named when the posting says where the role is ("India - Remote")
                if (!selected.containsKey(id)
                        && !offices.get(m.firstWord())
                        && (!work.roleLocated() || work.rolePosition(doc, m))) {
                    selected.put(id, new Place(m.entry(), doc.span(m.start(), m.end())));
                }
            }
            return selected;
        }
        for (String id : configured) {
            for (int e = 0; e < places.phrases().size() && !selected.containsKey(id); e++) {
                if (places.attribute(e, "id").equals(id)) {
                    selected.put(id, new Place(e, RuleContext.documentSpan(doc)));
                }
            }
            if (!selected.containsKey(id)) {
                throw new dev.hiring.core.HiringException("unknown jurisdiction '" + id + "'");
            }
        }
        return selected;
    }

    /** How many words after "offices in" are read as the company's office list. */
    private static final int OFFICE_LIST_WORDS = 12;

    /**
     * The words after a list of the company's offices ("offices in", "headquartered in"), to the end of their
     * sentence and at most {@link #OFFICE_LIST_WORDS} words.
     */
    private static java.util.BitSet officeLists(JdDocument doc, Lexicon context) {
        java.util.BitSet out = new java.util.BitSet();
        int n = doc.wordCount();
        for (PhraseMatch m : context.findAll(doc)) {
            int sentence = doc.sentence(doc.wordToken(m.lastWord()));
            for (int j = m.lastWord() + 1; j < Math.min(n, m.lastWord() + 1 + OFFICE_LIST_WORDS); j++) {
                if (doc.sentence(doc.wordToken(j)) != sentence) {
                    break;
                }
                out.set(j);
            }
        }
        return out;
    }

    /** The integer value of a leading number token ("10+", "5", "3-5" start), or -1. */
    static int leadingInt(String tok) {
        int v = 0;
        int i = 0;
        while (i < tok.length() && Character.isDigit(tok.charAt(i)) && i < 6) {
            v = v * 10 + (tok.charAt(i) - '0');
            i++;
        }
        if (i == 0) {
            return -1;
        }
        String rest = tok.substring(i);
        return rest.isEmpty() || rest.equals("+") ? v : -1;
    }
}
