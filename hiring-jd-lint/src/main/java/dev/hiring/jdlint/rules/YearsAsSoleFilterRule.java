package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.BlockKind;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.internal.ItemKinds;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The guide's "Don't require arbitrary years of experience as the sole filter": a requirement that is only
 * "N+ years (of X)" with no outcome or impact wording, or years that exceed the technology's age.
 */
@RuleMeta(
        id = "years-as-sole-filter",
        summary = "Do not use years of experience as the sole filter",
        reason = "Years measure time served, not what someone can do; they screen out capable candidates",
        severity = Severity.ERROR,
        category = Category.CONTENT,
        guideRef = "requirements",
        messages = {
            @Message(
                    id = "sole-filter",
                    text =
                            "\"{0}\" is a years-only requirement: say what the candidate has done (impact, scale, outcomes)"),
            @Message(
                    id = "exceeds-age",
                    text = "{0} years of {1} asked, but {1} is only {2} years old (first released {3})")
        })
public final class YearsAsSoleFilterRule implements JdRule {
    /**
     * The fewest words of substance (not numbers, years, experience, technology names or small words) an item
     * that names a technology needs to say more than "N years of X": "5+ years of Go, building and running gRPC
     * services" does, "4+ years of experience working with Node.js" does not.
     */
    private static final int MIN_SUBSTANCE = 3;

    /** Creates the rule. */
    public YearsAsSoleFilterRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Lexicon yearsWords = ctx.lexicon("years-words");
        Lexicon experience = ctx.lexicon("experience-words");
        Lexicon impact = ctx.lexicon("impact-words");
        Lexicon tech = ctx.lexicon("technologies");
        Lexicon filler = ctx.lexicon("years-filler");
        int thisYear = LocalDate.now(ctx.clock()).getYear();
        int n = doc.wordCount();
        Set<Integer> reportedSentences = new HashSet<>();
        for (int k = 0; k + 1 < n; k++) {
            int t = doc.wordToken(k);
            if (!doc.isNumber(t)) {
                continue;
            }
            int years = RuleSupport.leadingInt(doc.token(t));
            int yk = k + 1;
            // "3-5 years": skip the upper bound
            if (yk < n
                    && doc.isNumber(doc.wordToken(yk))
                    && RuleSupport.leadingInt(doc.token(doc.wordToken(yk))) >= 0) {
                yk++;
            }
            if (years <= 0 || years > 60 || yk >= n || yearsWords.lengthAt(doc, yk) == 0) {
                continue;
            }
            int yt = doc.wordToken(yk);
            int sentence = doc.sentence(t);
            if (doc.sentence(yt) != sentence
                    || !(RuleSupport.sentenceHas(doc, k, experience) || inRequirements(doc, doc.tokenStart(t)))) {
                continue;
            }
            int sStart = k;
            while (sStart > 0 && doc.sentence(doc.wordToken(sStart - 1)) == sentence) {
                sStart--;
            }
            int sEnd = yk;
            while (sEnd + 1 < n && doc.sentence(doc.wordToken(sEnd + 1)) == sentence) {
                sEnd++;
            }
            int from = doc.tokenStart(doc.wordToken(sStart));
            int to = doc.tokenEnd(doc.wordToken(sEnd));
            Block item = doc.blockAt(doc.tokenStart(t)).orElse(null);
            if (item != null && item.kind() == BlockKind.ITEM) {
                from = Math.min(from, item.start());
                to = Math.max(to, item.end());
            }
            if (!isRequirement(doc, item)) {
                k = yk;
                continue;
            }
            for (PhraseMatch m : tech.findAll(doc, doc.tokenEnd(yt), to)) {
                int released = Integer.parseInt(tech.attribute(m.entry(), "released"));
                int age = thisYear - released;
                if (years > age) {
                    ctx.report(
                            doc.span(m.start(), m.end()),
                            "exceeds-age",
                            years,
                            tech.attribute(m.entry(), "name"),
                            age,
                            released);
                }
            }
            boolean more = tech.occursIn(doc, from, to)
                    && substance(doc, from, to, yearsWords, experience, tech, filler) >= MIN_SUBSTANCE;
            if (!impact.occursIn(doc, from, to) && !more && reportedSentences.add(sentence)) {
                ctx.report(
                        doc.span(doc.tokenStart(t), doc.tokenEnd(yt)),
                        "sole-filter",
                        doc.originalText(doc.tokenStart(t), doc.tokenEnd(yt)));
            }
            k = yk;
        }
    }

    /**
     * Whether a block is a requirement: not a duty or a benefit by its words, and not in a section about the
     * company, benefits, pay, place or process ("founded 25 years ago", "a team with 25 years of experience").
     */
    private static boolean isRequirement(JdDocument doc, @Nullable Block item) {
        if (item == null) {
            return true;
        }
        ItemKinds.Kind kind = ItemKinds.of(doc, item.start(), item.end());
        if (kind == ItemKinds.Kind.DUTY || kind == ItemKinds.Kind.BENEFIT) {
            return false;
        }
        SectionKind section = RuleSupport.sectionKind(doc, item.start());
        return switch (section) {
            case ABOUT, BENEFITS, COMPENSATION, LOCATION, PROCESS -> false;
            default -> true;
        };
    }

    private static boolean inRequirements(JdDocument doc, int offset) {
        SectionKind kind = RuleSupport.sectionKind(doc, offset);
        return kind == SectionKind.REQUIREMENTS || kind == SectionKind.NICE_TO_HAVE;
    }

    /**
     * The number of words in {@code [from, to)} that say something beyond "N years of experience with X": not a
     * number, a years or experience word, a technology name or a small word ({@code years-filler}).
     */
    private static int substance(
            JdDocument doc, int from, int to, Lexicon years, Lexicon experience, Lexicon tech, Lexicon filler) {
        int end = doc.firstWordAtOrAfter(to);
        int n = 0;
        for (int k = doc.firstWordAtOrAfter(from); k < end; k++) {
            int len = Math.max(
                    Math.max(tech.lengthAt(doc, k), filler.lengthAt(doc, k)),
                    Math.max(years.lengthAt(doc, k), experience.lengthAt(doc, k)));
            if (len > 0) {
                k += len - 1;
            } else if (!doc.isNumber(doc.wordToken(k))) {
                n++;
            }
        }
        return n;
    }
}
