package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.Block;
import dev.hiring.jdlint.JdDocument;
import dev.hiring.jdlint.SectionKind;
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
     * The section kind a list's items say, or {@link SectionKind#OTHER} when no kind holds at least half of them
     * (or the list has fewer than two items).
     */
    public static SectionKind ofList(JdDocument doc, List<Block> items) {
        if (items.size() < 2) {
            return SectionKind.OTHER;
        }
        int[] n = new int[Kind.values().length];
        for (Block b : items) {
            n[of(doc, b.start(), b.end()).ordinal()]++;
        }
        int half = (items.size() + 1) / 2;
        if (n[Kind.OPTIONAL.ordinal()] >= half) {
            return SectionKind.NICE_TO_HAVE;
        }
        if (n[Kind.QUALIFICATION.ordinal()] + n[Kind.OPTIONAL.ordinal()] >= half
                && n[Kind.QUALIFICATION.ordinal()] + n[Kind.OPTIONAL.ordinal()] > n[Kind.DUTY.ordinal()]) {
            return SectionKind.REQUIREMENTS;
        }
        if (n[Kind.DUTY.ordinal()] >= half) {
            return SectionKind.RESPONSIBILITIES;
        }
        if (n[Kind.BENEFIT.ordinal()] >= half) {
            return SectionKind.BENEFITS;
        }
        return SectionKind.OTHER;
    }

    /** The number of items whose own kind is that of a section of kind {@code kind}. */
    public static int share(JdDocument doc, List<Block> items, SectionKind kind) {
        int n = 0;
        for (Block b : items) {
            Kind k = of(doc, b.start(), b.end());
            boolean match = switch (kind) {
                case RESPONSIBILITIES -> k == Kind.DUTY;
                case REQUIREMENTS -> k == Kind.QUALIFICATION || k == Kind.OPTIONAL;
                case NICE_TO_HAVE -> k == Kind.OPTIONAL;
                case BENEFITS -> k == Kind.BENEFIT;
                default -> false;
            };
            if (match) {
                n++;
            }
        }
        return n;
    }
}
