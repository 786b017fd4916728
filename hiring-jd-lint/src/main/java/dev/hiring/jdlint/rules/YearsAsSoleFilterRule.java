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
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The guide's "Don't require arbitrary years of experience as the sole filter": a requirement item that is only
 * "N years (of X)", naming no concrete skill (a technology, or a skill such as "relational databases" or "system
 * design") and no scope or outcome ("large-scale", "complex", "shipped"), or years that exceed the age of the
 * technology they are of.
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
    /** Creates the rule. */
    public YearsAsSoleFilterRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Lexicon yearsWords = ctx.lexicon("years-words");
        Lexicon countWords = ctx.lexicon("years-count-words");
        Lexicon history = ctx.lexicon("years-history-words");
        Lexicon experience = ctx.lexicon("experience-words");
        Lexicon skills = ctx.lexicon("years-skills");
        Lexicon tech = ctx.lexicon("technologies");
        int thisYear = LocalDate.now(ctx.clock()).getYear();
        int n = doc.wordCount();
        Set<Integer> reportedSentences = new HashSet<>();
        for (int k = 0; k + 1 < n; k++) {
            int t = doc.wordToken(k);
            // "5+ years", "3-5 years", or a count word: "a few years", "one to five years", "four (4) years"
            int years = doc.isNumber(t) ? RuleSupport.leadingInt(doc.token(t)) : -1;
            int yk = k + 1;
            boolean counted = years < 0 && countWords.lengthAt(doc, k) > 0;
            if (counted) {
                yk = k + countWords.lengthAt(doc, k);
            }
            // "3-5 years", "four (4) years": skip the second number
            if (yk < n
                    && doc.isNumber(doc.wordToken(yk))
                    && RuleSupport.leadingInt(doc.token(doc.wordToken(yk))) >= 0) {
                yk++;
            }
            if ((!counted && (years <= 0 || years > 60)) || yk >= n || yearsWords.lengthAt(doc, yk) == 0) {
                continue;
            }
            // "over the past four years", "founded 10 years ago": the company's history, not a requirement
            if ((k > 0 && history.lengthAt(doc, k - 1) > 0) || (yk + 1 < n && history.lengthAt(doc, yk + 1) > 0)) {
                k = yk;
                continue;
            }
            int yt = doc.wordToken(yk);
            int sentence = doc.sentence(t);
            boolean aboutExperience = RuleSupport.sentenceHas(doc, k, experience);
            // a count word needs experience wording in its sentence: "twice a year" is not a requirement
            if (doc.sentence(yt) != sentence
                    || !(aboutExperience || (!counted && inRequirements(doc, doc.tokenStart(t))))) {
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
            // a count word ("a few years") is read only in a list item or a requirements section
            boolean listed = item != null && item.kind() == BlockKind.ITEM;
            if (!isRequirement(doc, item) || (counted && !listed && !inRequirements(doc, doc.tokenStart(t)))) {
                k = yk;
                continue;
            }
            List<PhraseMatch> named = tech.findAll(doc, doc.tokenEnd(yt), to);
            if (years > 0 && !named.isEmpty()) {
                // the years are of the first technology named after them, not of every one in the item
                PhraseMatch m = named.get(0);
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
            boolean skilled = tech.occursIn(doc, from, to) || skills.occursIn(doc, from, to);
            if (!skilled && reportedSentences.add(sentence)) {
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
        ItemKinds.Kind kind = ItemKinds.of(doc, item);
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
}
