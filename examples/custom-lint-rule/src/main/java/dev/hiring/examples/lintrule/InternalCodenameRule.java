package dev.hiring.examples.lintrule;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.WordLists;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.util.List;

/**
 * Acme's own rule: a posting must not use internal project codenames, which mean nothing to candidates. The
 * codenames are a word list, matched as whole words in linear time by the SDK's {@link Lexicon}.
 */
@RuleMeta(
        id = "acme-internal-codename",
        summary = "Do not use internal project codenames",
        reason = "Candidates cannot know what an internal codename means; say what the project does",
        severity = Severity.WARNING,
        category = Category.LANGUAGE,
        guideRef = "beyond-guide/internal-codenames",
        messages = {@Message(id = "codename", text = "\"{0}\" is an internal codename: say what the project does")})
public final class InternalCodenameRule implements JdRule {
    /** The codenames, as they appear in Acme's documents. */
    static final Lexicon CODENAMES =
            WordLists.of("acme-codenames", List.of("project falcon", "bluebird", "hydra platform", "tiger team"));

    /** Creates the rule. */
    public InternalCodenameRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        for (PhraseMatch m : CODENAMES.findAll(doc)) {
            ctx.report(doc.span(m.start(), m.end()), "codename", doc.originalText(m.start(), m.end()));
        }
    }
}
