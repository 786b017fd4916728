package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;

/** The length of a posting: between {@code min} and {@code max} words. */
@RuleMeta(
        id = "length",
        summary = "Keep the description between 300 and 1,000 words",
        reason = "Short postings leave out what candidates need; long ones lose them before the important part",
        severity = Severity.SUGGESTION,
        category = Category.STRUCTURE,
        guideRef = "beyond-guide/length",
        messages = {
            @Message(id = "too-short", text = "{0} words: too short to describe the role (aim for {1} to {2})"),
            @Message(id = "too-long", text = "{0} words: long descriptions lose candidates (aim for {1} to {2})")
        })
public final class LengthRule implements JdRule {
    /**
     * Options.
     *
     * @param min the fewest words
     * @param max the most words
     */
    public record Options(int min, int max) {
        /** The defaults: 300 to 1,000 words. */
        public static final Options DEFAULTS = new Options(300, 1000);
    }

    /** Creates the rule. */
    public LengthRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Options o = ctx.options(Options.class, Options.DEFAULTS);
        int words = doc.wordCount();
        if (words < o.min()) {
            ctx.reportDocument(doc, "too-short", words, o.min(), o.max());
        } else if (words > o.max()) {
            ctx.reportDocument(doc, "too-long", words, o.min(), o.max());
        }
    }
}
