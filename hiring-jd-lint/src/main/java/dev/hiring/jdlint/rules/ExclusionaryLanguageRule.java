package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;

/**
 * Exclusionary wording about the candidate or a requirement: age proxies ("digital native", "young team", "recent
 * graduate" for a senior role), national origin ("native English speaker", "Canadian experience"), disability
 * ("able-bodied", "must be able to stand" for a desk job), "culture fit" and gendered titles. Whom a match is
 * about is read from the words around it in its sentence ({@link AboutWhom}): each entry of
 * {@code exclusionary.json} has a kind that says how.
 *
 * <ul>
 *   <li>{@code trait} (a trait of a person, "native speaker"): reported unless the words before give it to someone
 *       else ("classes with a native speaker", "our users are digital natives");
 *   <li>{@code modifier} (an age word, "young"): reported when the noun it describes is the team or workplace, or
 *       people the sentence gives to the candidate; not when it is the company or a thing ("a young company");
 *   <li>{@code physical} (a physical requirement): reported unless the title names physical work;
 *   <li>{@code term}: reported wherever it stands.
 * </ul>
 *
 * <p>Never reported: a sentence of equal-opportunity or legal boilerplate, a negated or quoted match.
 */
@RuleMeta(
        id = "exclusionary-language",
        summary = "Avoid wording that excludes candidates for reasons unrelated to the job",
        reason = "Proxies for age, origin, disability or affinity screen out qualified people and can be unlawful",
        severity = Severity.WARNING,
        category = Category.INCLUSION,
        guideRef = "beyond-guide/exclusionary-language",
        messages = {@Message(id = "exclusionary", text = "\"{0}\" is {1}")})
public final class ExclusionaryLanguageRule implements JdRule {
    /** Creates the rule. */
    public ExclusionaryLanguageRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Lexicon lex = ctx.lexicon("exclusionary");
        Lexicon negators = ctx.lexicon("negators");
        boolean senior = titleHas(doc, ctx.lexicon("senior-titles"));
        boolean physicalRole = titleHas(doc, ctx.lexicon("physical-work"));
        for (PhraseMatch m : lex.findAll(doc)) {
            if (lex.attribute(m.entry(), "seniorOnly").equals("true") && !senior) {
                continue;
            }
            if (RuleSupport.negated(doc, m, negators)
                    || RuleSupport.quoted(doc, m)
                    || AboutWhom.boilerplate(doc, m.firstWord(), ctx)) {
                continue;
            }
            int end = m.end();
            switch (lex.attribute(m.entry(), "kind")) {
                case "modifier" -> {
                    AboutWhom.Described d = AboutWhom.described(doc, m.firstWord(), m.lastWord(), ctx);
                    if (d.head() == AboutWhom.Head.THING
                            || (d.head() == AboutWhom.Head.PEOPLE
                                    && AboutWhom.holder(doc, m.firstWord(), ctx) == AboutWhom.Holder.OTHER)) {
                        continue;
                    }
                    if (d.lastWord() >= 0) {
                        end = doc.tokenEnd(doc.wordToken(d.lastWord()));
                    }
                }
                case "physical" -> {
                    if (physicalRole) {
                        continue;
                    }
                }
                case "term" -> {}
                default -> {
                    if (AboutWhom.holder(doc, m.firstWord(), ctx) == AboutWhom.Holder.OTHER) {
                        continue;
                    }
                }
            }
            String reason = lex.attribute(m.entry(), "reason");
            String suggestion = lex.attribute(m.entry(), "suggestion");
            ctx.reportWithSuggestion(
                    doc.span(m.start(), end),
                    "exclusionary",
                    suggestion.isEmpty() ? "remove it" : suggestion,
                    doc.originalText(m.start(), end),
                    reason.isEmpty() ? "exclusionary" : reason);
        }
    }

    private static boolean titleHas(JdDocument doc, Lexicon words) {
        return doc.titleBlock()
                .map(b -> words.occursIn(doc, b.start(), b.end()))
                .orElse(false);
    }
}
