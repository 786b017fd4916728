package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.JdDocument;
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
    /** Creates the rule. */
    public YearsAsSoleFilterRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Lexicon yearsWords = ctx.lexicon("years-words");
        Lexicon experience = ctx.lexicon("experience-words");
        Lexicon impact = ctx.lexicon("impact-words");
        Lexicon tech = ctx.lexicon("technologies");
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
            if (doc.sentence(yt) != sentence || !RuleSupport.sentenceHas(doc, k, experience)) {
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
            if (!impact.occursIn(doc, from, to) && reportedSentences.add(sentence)) {
                ctx.report(
                        doc.span(doc.tokenStart(t), doc.tokenEnd(yt)),
                        "sole-filter",
                        doc.originalText(doc.tokenStart(t), doc.tokenEnd(yt)));
            }
            k = yk;
        }
    }
}
