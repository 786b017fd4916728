package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.document.Span;
import dev.hiring.jdlint.internal.Money;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Pay-transparency laws: when the posting names the role's place (or the configuration selects a jurisdiction) whose law
 * in force on the clock's date requires a pay range in job postings, the range must meet that law: present,
 * closed (no "up to", "from", "X+"), not wider than the allowed spread (Ontario), with a description of benefits
 * and an application deadline where required. The jurisdictions are data ({@code jurisdictions.json}) with
 * effective dates and sources.
 */
@RuleMeta(
        id = "pay-transparency",
        summary = "Meet the pay-transparency law of the places the posting names",
        reason = "Several US states, cities and Canadian provinces require a good-faith pay range in every posting",
        severity = Severity.WARNING,
        category = Category.LEGAL,
        guideRef = "beyond-guide/pay-transparency",
        messages = {
            @Message(
                    id = "no-range",
                    text = "{0} requires a pay range in job postings (since {1}); this posting has none"),
            @Message(id = "open-ended", text = "{0} requires a closed range with a minimum and a maximum (since {1})"),
            @Message(id = "too-wide", text = "{0} allows a range at most {1} wide (since {2}); this one spans {3}"),
            @Message(id = "no-benefits", text = "{0} requires a general description of benefits (since {1})"),
            @Message(id = "no-deadline", text = "{0} requires the application deadline in the posting (since {1})")
        })
public final class PayTransparencyRule implements JdRule {
    /** Creates the rule. */
    public PayTransparencyRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Lexicon places = ctx.lexicon("jurisdictions");
        Map<String, RuleSupport.Place> selected = RuleSupport.jurisdictions(doc, ctx);
        if (selected.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(ctx.clock());
        List<Money.Pay> pay = RuleSupport.pay(doc, ctx);
        Money.Pay closed = null;
        Money.Pay open = null;
        for (Money.Pay p : pay) {
            if (p.closed() && closed == null) {
                closed = p;
            } else if (p.openEnded() && open == null) {
                open = p;
            }
        }
        boolean benefits = !doc.sections(SectionKind.BENEFITS).isEmpty()
                || ctx.lexicon("benefits-words").occursIn(doc, 0, doc.text().length());
        boolean deadline =
                ctx.lexicon("deadline-words").occursIn(doc, 0, doc.text().length());
        for (RuleSupport.Place j : selected.values()) {
            int e = j.entry();
            String sinceText = places.attribute(e, "since");
            if (sinceText.isEmpty()) {
                continue; // a salary-history law only: no pay range required in postings
            }
            LocalDate since = RuleSupport.date(sinceText);
            if (today.isBefore(since)) {
                continue;
            }
            String name = places.attribute(e, "name");
            Span at = j.span();
            if (closed == null) {
                if (open != null) {
                    ctx.report(doc.span(open.start(), open.end()), "open-ended", name, since);
                } else {
                    ctx.report(at, "no-range", name, since);
                }
                continue;
            }
            String maxSpread = places.attribute(e, "maxSpread");
            if (!maxSpread.isEmpty()) {
                double limit = Double.parseDouble(maxSpread);
                String exempt = places.attribute(e, "spreadExemptAbove");
                boolean isExempt = !exempt.isEmpty() && closed.min() > Double.parseDouble(exempt);
                double spread = closed.max() - closed.min();
                if (spread > limit && !isExempt) {
                    ctx.report(
                            doc.span(closed.start(), closed.end()), "too-wide", name, fmt(limit), since, fmt(spread));
                }
            }
            if (places.attribute(e, "benefits").equals("true") && !benefits) {
                ctx.report(at, "no-benefits", name, since);
            }
            String deadlineSince = places.attribute(e, "applicationDeadlineSince");
            if (!deadlineSince.isEmpty() && !today.isBefore(RuleSupport.date(deadlineSince)) && !deadline) {
                ctx.report(at, "no-deadline", name, deadlineSince);
            }
        }
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%,.0f", v);
    }
}
