package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.PhraseMatch;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a list is about, read from its items when its heading is missing or says nothing known: duties (an
 * imperative or "-ing" verb, "you will …"), qualifications ("experience", "knowledge", "N years", a degree,
 * "you have"), optional qualifications (an item marked bonus, preferred, a plus, ideally …) or benefits. Each item
 * is read from its first words (after a word of frequency such as "sometimes", {@code item-lead-ins}) with the
 * {@code duty-starters}, {@code qualification-starters}, {@code nice-markers} and {@code benefit-items} word lists; the list takes the kind of at least half of its items.
 */
public final class ItemKinds {
    /** The kind of one item. */
    public enum Kind {
        /** A duty. */
        DUTY,
        /** A qualification. */
        QUALIFICATION,
        /** A qualification marked optional. */
        OPTIONAL,
        /** A benefit. */
        BENEFIT,
        /** None of these. */
        OTHER
    }

    private static final int YEARS_WINDOW = 4;
    private static final Lexicon NICE = Lexicons.get("nice-markers");
    private static final Lexicon BENEFITS = Lexicons.get("benefit-items");
    private static final Lexicon YEARS = Lexicons.get("years-words");
    private static final Lexicon QUALIFICATIONS = Lexicons.get("qualification-starters");
    private static final Lexicon DUTIES = Lexicons.get("duty-starters");
    /** Words of frequency that may open an item before what it is ("Sometimes you may have to design …"). */
    private static final Lexicon LEAD_INS = Lexicons.get("item-lead-ins");

    private static final Lexicon WEAK = Lexicons.get("weak-qualification-starters");
    private static final Lexicon WEAK_NICE = Lexicons.get("weak-nice-markers");
    /** The key of the per-document item kinds (package-private: tests read it). */
    static final Object CACHE = new Object();

    private ItemKinds() {}

    /**
     * The kind of a list item, read once per document: the rules that ask about the same item (mixed lists,
     * years-only requirements) and the section builder share the answer.
     */
    @SuppressWarnings("unchecked")
    public static Kind of(JdDocument doc, Block item) {
        Map<Integer, Kind> cache = DocumentData.get(doc, CACHE, Map.class, d -> new ConcurrentHashMap<Integer, Kind>());
        return cache.computeIfAbsent(item.start(), k -> of(doc, item.start(), item.end()));
    }

    /**
     * Whether a match of the {@code nice-markers} marks something optional: a phrase ("is a plus", "nice to
     * have") or a strong word ("preferred", "ideally") always; a weak word ({@code weak-nice-markers}: "plus",
     * "welcome", "helpful" …) only where it closes its sentence or item or stands before a colon ("Kafka
     * experience welcome", "Bonus: Rust"), not in "a helpful product" or "we welcome people from".
     */
    public static boolean marksOptional(JdDocument doc, PhraseMatch m) {
        if (m.firstWord() != m.lastWord() || WEAK_NICE.lengthAt(doc, m.firstWord()) == 0) {
            return true;
        }
        int t = doc.wordToken(m.lastWord());
        if (t + 1 < doc.tokenCount() && doc.token(t + 1).equals(":")) {
            return true;
        }
        int next = m.lastWord() + 1;
        return next >= doc.wordCount() || doc.sentence(doc.wordToken(next)) != doc.sentence(t);
    }

    /** Whether a match of the {@code nice-markers} is a weak word ("plus", "welcome" …) rather than a phrase. */
    public static boolean weakMarker(JdDocument doc, PhraseMatch m) {
        return m.firstWord() == m.lastWord() && WEAK_NICE.lengthAt(doc, m.firstWord()) > 0;
    }

    /**
     * Whether an item read as a qualification starts with a word that only a list of qualifications makes one
     * ("be", "have", "a" …): "Have direct contact with clients" among duties is a duty.
     */
    public static boolean weakStart(JdDocument doc, Block item) {
        int k = doc.firstWordAtOrAfter(item.start());
        if (k >= doc.wordCount() || doc.tokenStart(doc.wordToken(k)) >= item.end()) {
            return false;
        }
        return WEAK.lengthAt(doc, k) > 0 && QUALIFICATIONS.lengthAt(doc, k) == 1 && !doc.isNumber(doc.wordToken(k));
    }

    /** The kind of the item in the normalized range {@code [from, to)}. */
    public static Kind of(JdDocument doc, int from, int to) {
        int k = doc.firstWordAtOrAfter(from);
        if (k >= doc.wordCount() || doc.tokenStart(doc.wordToken(k)) >= to) {
            return Kind.OTHER;
        }
        int end = doc.firstWordAtOrAfter(to);
        int lead = LEAD_INS.lengthAt(doc, k);
        if (lead > 0 && k + lead < end) {
            k += lead; // "Occasionally, you will travel" reads as "you will travel"
        }
        boolean optional = false;
        for (PhraseMatch m : NICE.findAll(doc, from, to)) {
            optional |= marksOptional(doc, m);
        }
        if (doc.isNumber(doc.wordToken(k))) {
            for (int j = k + 1; j < Math.min(end, k + YEARS_WINDOW); j++) {
                if (YEARS.lengthAt(doc, j) > 0) {
                    return optional ? Kind.OPTIONAL : Kind.QUALIFICATION;
                }
            }
        }
        int q = QUALIFICATIONS.lengthAt(doc, k);
        int d = DUTIES.lengthAt(doc, k);
        if (q > 0 && q >= d) {
            return optional ? Kind.OPTIONAL : Kind.QUALIFICATION;
        }
        if (d > 0) {
            return Kind.DUTY;
        }
        if (optional) {
            return Kind.OPTIONAL;
        }
        return BENEFITS.occursIn(doc, from, to) ? Kind.BENEFIT : Kind.OTHER;
    }

    /**
     * What an item is in a list of the given kind: {@link Kind#DUTY}, {@link Kind#QUALIFICATION} (also when marked
     * optional) or {@link Kind#OTHER}. An item that starts with a word such as "be" or "have" is a duty among
     * duties, a qualification among qualifications and nothing certain elsewhere.
     */
    public static Kind inList(JdDocument doc, Block item, SectionKind list) {
        Kind k = of(doc, item);
        if (k == Kind.DUTY) {
            return Kind.DUTY;
        }
        if (k != Kind.QUALIFICATION && k != Kind.OPTIONAL) {
            return Kind.OTHER;
        }
        if (!weakStart(doc, item)) {
            return Kind.QUALIFICATION;
        }
        return switch (list) {
            case RESPONSIBILITIES -> Kind.DUTY;
            case REQUIREMENTS, NICE_TO_HAVE -> Kind.QUALIFICATION;
            default -> Kind.OTHER;
        };
    }

    /**
     * How a list mixes duties and qualifications, its items read in a list of the given kind.
     *
     * @param duties the items read as duties
     * @param qualifications the items read as qualifications
     * @param size the number of items
     */
    public record Mix(int duties, int qualifications, int size) {
        /** Whether both kinds occur and the smaller is at least a quarter of the list. */
        public boolean mixed() {
            return duties > 0 && qualifications > 0 && Math.min(duties, qualifications) * 4 >= size;
        }
    }

    /** Reads how the (top-level) items of a list in a section of the given kind mix duties and qualifications. */
    public static Mix mix(JdDocument doc, List<Block> items, SectionKind list) {
        int d = 0;
        int q = 0;
        for (Block b : items) {
            switch (inList(doc, b, list)) {
                case DUTY -> d++;
                case QUALIFICATION -> q++;
                default -> {}
            }
        }
        return new Mix(d, q, items.size());
    }

    /**
     * What a list's items say, read once: the section kind they give and how many items agree with it.
     *
     * @param kind the kind at least half of the items have, or {@link SectionKind#OTHER}
     * @param agreeing the number of items whose own kind is that section's (a qualification or optional item for
     *     requirements, a duty for responsibilities …)
     */
    public record ListReading(SectionKind kind, int agreeing) {}

    /**
     * Reads a list: the kind of at least half of its items ({@link SectionKind#OTHER} when none, or for fewer than
     * two items), each item classified once.
     */
    public static ListReading ofList(JdDocument doc, List<Block> items) {
        if (items.size() < 2) {
            return new ListReading(SectionKind.OTHER, 0);
        }
        int optional = 0;
        int plain = 0;
        int duties = 0;
        int benefits = 0;
        for (Block b : items) {
            switch (of(doc, b)) {
                case OPTIONAL -> optional++;
                case QUALIFICATION -> plain++;
                case DUTY -> duties++;
                case BENEFIT -> benefits++;
                case OTHER -> {}
            }
        }
        int half = (items.size() + 1) / 2;
        int qualifications = plain + optional;
        if (optional >= half) {
            return new ListReading(SectionKind.NICE_TO_HAVE, optional);
        }
        if (qualifications >= half && qualifications > duties) {
            return new ListReading(SectionKind.REQUIREMENTS, qualifications);
        }
        if (duties >= half) {
            return new ListReading(SectionKind.RESPONSIBILITIES, duties);
        }
        if (benefits >= half) {
            return new ListReading(SectionKind.BENEFITS, benefits);
        }
        return new ListReading(SectionKind.OTHER, 0);
    }
}
