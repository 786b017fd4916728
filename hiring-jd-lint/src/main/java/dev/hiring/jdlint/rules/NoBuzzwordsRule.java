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
 * The guide's "Don't use buzzwords (rockstar, ninja)": every buzzword of the {@code buzzwords} word list (patterns
 * with their inflections and spellings), with its suggested replacement; not in a technical sense the entry names
 * ("hero image", "guru meditation"), under negation ("we do not expect you to hit the ground running") or in quotes.
 * Severity by category: dumb titles and bro culture at the rule's severity, hollow pressure at most a warning,
 * vague marketing a suggestion.
 */
@RuleMeta(
        id = "no-buzzwords",
        summary = "Do not use buzzwords such as rockstar or ninja",
        reason = "Buzzwords say nothing about the job and put off experienced candidates and many women",
        severity = Severity.ERROR,
        category = Category.LANGUAGE,
        guideRef = "outcomes-and-team",
        messages = {@Message(id = "buzzword", text = "\"{0}\" is a buzzword")})
public final class NoBuzzwordsRule implements JdRule {
    /** Creates the rule. */
    public NoBuzzwordsRule() {}

    /**
     * The severity of a category: dumb titles and bro culture at the rule's severity, hollow pressure one step
     * milder, vague marketing a suggestion (each at most the configured severity of the rule).
     */
    static Severity severity(String category) {
        return switch (category) {
            case "hollow-pressure" -> Severity.WARNING;
            case "vague-marketing" -> Severity.SUGGESTION;
            default -> Severity.ERROR;
        };
    }

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Lexicon buzz = ctx.lexicon("buzzwords");
        Lexicon negators = ctx.lexicon("negators");
        for (PhraseMatch m : buzz.findAll(doc)) {
            if (RuleSupport.negated(doc, m, negators) || RuleSupport.quoted(doc, m)) {
                continue;
            }
            String suggestion = buzz.attribute(m.entry(), "suggestion");
            ctx.reportWithSuggestion(
                    severity(buzz.attribute(m.entry(), "category")),
                    doc.span(m.start(), m.end()),
                    "buzzword",
                    suggestion.isEmpty() ? "describe the skill or outcome instead" : suggestion,
                    doc.originalText(m.start(), m.end()));
        }
    }
}
