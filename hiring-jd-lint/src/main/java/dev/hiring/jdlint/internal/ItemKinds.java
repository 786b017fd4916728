package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.spi.Lexicon;
import java.util.List;

/**
 * What a list is about, read from its items when its heading is missing or says nothing known: duties (an
 * imperative or "-ing" verb, "you will …"), qualifications ("experience", "knowledge", "N years", a degree,
 * "you have"), optional qualifications (an item marked bonus, preferred, a plus, ideally …) or benefits. Each item
 * is read from its first words with the {@code duty-starters}, {@code qualification-starters},
 * {@code nice-markers} and {@code benefit-items} word lists; the list takes the kind of at least half of its items.
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

    private ItemKinds() {}

    /** The kind of the item in the normalized range {@code [from, to)}. */
    public static Kind of(JdDocument doc, int from, int to) {
        int k = doc.firstWordAtOrAfter(from);
        if (k >= doc.wordCount() || doc.tokenStart(doc.wordToken(k)) >= to) {
            return Kind.OTHER;
        }
        int end = doc.firstWordAtOrAfter(to);
        boolean optional = NICE.occursIn(doc, from, to);
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
            switch (of(doc, b.start(), b.end())) {
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
