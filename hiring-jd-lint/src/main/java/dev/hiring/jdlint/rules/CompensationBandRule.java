package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.internal.Money;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.util.List;

/**
 * The guide's "Don't be ambiguous about the compensation band": a closed numeric range with a currency and a
 * period; vague pay ("competitive", "DOE", "negotiable", "up to X", "X+") is named. A salary label counts as the
 * (yearly) period.
 */
@RuleMeta(
        id = "compensation-band",
        summary = "State the pay as a closed range with currency and period",
        reason = "A pay range saves everyone an interview loop that ends in a mismatch, and many places require it",
        severity = Severity.ERROR,
        category = Category.LOGISTICS,
        guideRef = "logistics",
        messages = {
            @Message(
                    id = "missing",
                    text =
                            "No pay range: state a closed range with currency and period, e.g. \"EUR 85,000-105,000 per year\""),
            @Message(id = "vague", text = "Vague pay \"{0}\": state a closed range with currency and period"),
            @Message(id = "open-ended", text = "Open-ended pay \"{0}\": state both a minimum and a maximum"),
            @Message(id = "no-period", text = "The pay range \"{0}\" has no period: say per year, month or hour")
        })
public final class CompensationBandRule implements JdRule {
    /** Creates the rule. */
    public CompensationBandRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        List<Money.Pay> pay = RuleSupport.pay(doc, ctx);
        Money.Pay closedNoPeriod = null;
        for (Money.Pay p : pay) {
            if (p.closed() && p.period()) {
                return;
            }
            if (p.closed() && closedNoPeriod == null) {
                closedNoPeriod = p;
            }
        }
        if (closedNoPeriod != null) {
            ctx.report(
                    doc.span(closedNoPeriod.start(), closedNoPeriod.end()),
                    "no-period",
                    doc.originalText(closedNoPeriod.start(), closedNoPeriod.end()));
            return;
        }
        for (Money.Pay p : pay) {
            if (p.openEnded()) {
                ctx.report(doc.span(p.start(), p.end()), "open-ended", doc.originalText(p.start(), p.end()));
                return;
            }
        }
        Lexicon vague = ctx.lexicon("vague-pay");
        Lexicon context = ctx.lexicon("pay-context");
        for (PhraseMatch m : vague.findAll(doc)) {
            String phrase = vague.phrase(m.entry());
            if (phrase.equals("up to")
                    || phrase.equals("from")
                    || phrase.equals("and up")
                    || phrase.startsWith("starting")) {
                continue;
            }
            if (RuleSupport.sentenceHas(doc, m.firstWord(), context)) {
                ctx.report(doc.span(m.start(), m.end()), "vague", doc.originalText(m.start(), m.end()));
                return;
            }
        }
        ctx.reportDocument(doc, "missing");
    }
}
