package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Span;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;

/** The job title: at most {@code maxLength} characters, no buzzword, not ALL CAPS, no exclamation mark. */
@RuleMeta(
        id = "job-title",
        summary = "Use a plain, searchable job title",
        reason =
                "Candidates search for standard titles; long, shouting or buzzword titles are not found or not trusted",
        severity = Severity.WARNING,
        category = Category.LANGUAGE,
        guideRef = "beyond-guide/job-title",
        messages = {
            @Message(id = "too-long", text = "The title is {0} characters long (more than {1})"),
            @Message(id = "buzzword", text = "The title contains the buzzword \"{0}\""),
            @Message(id = "all-caps", text = "The title is in ALL CAPS"),
            @Message(id = "exclamation", text = "The title contains an exclamation mark")
        })
public final class JobTitleRule implements JdRule {
    /**
     * Options.
     *
     * @param maxLength the longest title, in characters
     */
    public record Options(int maxLength) {
        /** The defaults: 60 characters. */
        public static final Options DEFAULTS = new Options(60);
    }

    /** Creates the rule. */
    public JobTitleRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Block b = doc.titleBlock().orElse(null);
        if (b == null) {
            return;
        }
        Options o = ctx.options(Options.class, Options.DEFAULTS);
        Span span = doc.span(b.start(), b.end());
        String title = doc.originalText(b.start(), b.end());
        int length = b.end() - b.start();
        if (length > o.maxLength()) {
            ctx.report(span, "too-long", length, o.maxLength());
        }
        Lexicon buzz = ctx.lexicon("buzzwords");
        for (PhraseMatch m : buzz.findAll(doc, b.start(), b.end())) {
            ctx.report(doc.span(m.start(), m.end()), "buzzword", doc.originalText(m.start(), m.end()));
        }
        int capsWords = 0;
        int lowerLetters = 0;
        int run = 0;
        for (int i = 0; i <= title.length(); i++) {
            char c = i < title.length() ? title.charAt(i) : ' ';
            if (Character.isUpperCase(c)) {
                run++;
            } else if (Character.isLowerCase(c)) {
                lowerLetters++;
                run = -1000;
            } else {
                if (run >= 3) {
                    capsWords++;
                }
                run = 0;
            }
        }
        if (capsWords >= 2 && lowerLetters == 0) {
            ctx.report(span, "all-caps");
        }
        int bang = title.indexOf('!');
        if (bang >= 0) {
            int at = doc.text().indexOf('!', b.start());
            if (at >= 0 && at < b.end()) {
                ctx.report(doc.span(at, at + 1), "exclamation");
            } else {
                ctx.report(span, "exclamation");
            }
        }
    }
}
