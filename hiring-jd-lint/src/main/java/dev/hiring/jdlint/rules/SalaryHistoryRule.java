package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.BlockKind;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Asking for current or past pay ("please state your current salary", "salary history", "last drawn CTC"), which
 * EU Directive 2023/970 art. 5(2) and many US state and city laws forbid. Asking for expected pay is fine. The
 * phrases are data ({@code salary-history.json}); the finding cites the directive and every jurisdiction the
 * posting names (or the configuration selects) whose salary-history inquiry ban is in force on the clock's date
 * ({@code jurisdictions.json}, {@code salaryHistoryLaw} and {@code salaryHistorySince}).
 *
 * <p>Not reported: a match under negation ("we will never ask for your salary history") or in quotes; in a
 * heading (a topic, not a question); in a sentence about the law ("in line with the salary history ban"); pay
 * that belongs to the company ("our current salary bands", "the current salary range for this role"); a pay
 * document ("payslips") in a benefits section or in a sentence that asks nothing of the candidate.
 */
@RuleMeta(
        id = "salary-history",
        summary = "Do not ask candidates for their current or past pay",
        reason = "Pay history carries past pay gaps into the offer; EU Directive 2023/970 art. 5(2) and many US"
                + " state and city laws forbid asking for it",
        severity = Severity.WARNING,
        category = Category.LEGAL,
        guideRef = "beyond-guide/salary-history",
        messages = {
            @Message(
                    id = "pay-history",
                    text = "\"{0}\" asks for current or past pay, which EU Directive 2023/970 art. 5(2) forbids{1}")
        })
public final class SalaryHistoryRule implements JdRule {
    /** How far before a match an owner of the pay ("our") is looked for, in words. */
    private static final int OWNER_REACH = 3;

    /** Creates the rule. */
    public SalaryHistoryRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Lexicon lex = ctx.lexicon("salary-history");
        List<PhraseMatch> matches = lex.findAll(doc);
        if (matches.isEmpty()) {
            return;
        }
        Lexicon negators = ctx.lexicon("negators");
        Lexicon legal = ctx.lexicon("legal-context");
        Lexicon structure = ctx.lexicon("pay-structure");
        Lexicon owner = ctx.lexicon("pay-owner-other");
        Lexicon candidateOwner = ctx.lexicon("pay-owner-candidate");
        Lexicon request = ctx.lexicon("request");
        String laws = null;
        for (PhraseMatch m : matches) {
            if (RuleSupport.negated(doc, m, negators)
                    || RuleSupport.quoted(doc, m)
                    || inHeading(doc, m)
                    || RuleSupport.sentenceHas(doc, m.firstWord(), legal)
                    || AboutWhom.boilerplate(doc, m.firstWord(), ctx)) {
                continue;
            }
            if (companyPay(doc, m, structure, owner, candidateOwner)) {
                continue;
            }
            if (lex.attribute(m.entry(), "kind").equals("document")
                    && (RuleSupport.sectionKind(doc, m.start()) == SectionKind.BENEFITS
                            || !RuleSupport.sentenceHas(doc, m.firstWord(), request))) {
                continue;
            }
            if (laws == null) {
                laws = laws(doc, ctx);
            }
            ctx.reportWithSuggestion(
                    doc.span(m.start(), m.end()),
                    "pay-history",
                    "ask for the candidate's salary expectations instead, and state the pay range",
                    doc.originalText(m.start(), m.end()),
                    laws);
        }
    }

    private static boolean inHeading(JdDocument doc, PhraseMatch m) {
        return doc.blockAt(m.start()).map(b -> b.kind() == BlockKind.HEADING).orElse(false);
    }

    /**
     * Whether the pay is the company's: a pay-structure word right after the match ("current salary range",
     * "current pay bands", "for this role"), or an owner within {@link #OWNER_REACH} words before it ("our
     * current compensation", "our public compensation history") with no candidate's possessive ("your", "their")
     * nearer.
     */
    private static boolean companyPay(
            JdDocument doc, PhraseMatch m, Lexicon structure, Lexicon owner, Lexicon candidateOwner) {
        int n = doc.wordCount();
        int sentence = doc.sentence(doc.wordToken(m.firstWord()));
        int after = m.lastWord() + 1;
        if (after < n && doc.sentence(doc.wordToken(after)) == sentence && structure.lengthAt(doc, after) > 0) {
            return true;
        }
        for (int j = m.firstWord() - 1; j >= 0 && m.firstWord() - j <= OWNER_REACH; j--) {
            if (doc.sentence(doc.wordToken(j)) != sentence || candidateOwner.lengthAt(doc, j) > 0) {
                return false;
            }
            if (owner.lengthAt(doc, j) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The jurisdictions whose salary-history inquiry ban applies and is in force, as a clause appended to the
     * message ("" when none): "; so do California (Cal. Lab. Code §432.3 (AB 168), since 2018-01-01) and …".
     */
    private static String laws(JdDocument doc, RuleContext ctx) {
        Lexicon places = ctx.lexicon("jurisdictions");
        LocalDate today = LocalDate.now(ctx.clock());
        List<String> cited = new ArrayList<>();
        for (RuleSupport.Place p : RuleSupport.jurisdictions(doc, ctx).values()) {
            int e = p.entry();
            String law = places.attribute(e, "salaryHistoryLaw");
            String since = places.attribute(e, "salaryHistorySince");
            if (law.isEmpty()
                    || since.isEmpty()
                    || !places.attribute(e, "salaryHistoryInquiryBan").equals("true")
                    || today.isBefore(RuleSupport.date(since))) {
                continue;
            }
            String status = places.attribute(e, "salaryHistoryStatus");
            String note = status.isEmpty() || status.equals("confirmed") ? "" : ", " + status;
            cited.add(places.attribute(e, "name") + " (" + law + ", since " + since + note + ")");
        }
        if (cited.isEmpty()) {
            return "";
        }
        String joined = cited.size() == 1
                ? cited.get(0)
                : String.join(", ", cited.subList(0, cited.size() - 1)) + " and " + cited.get(cited.size() - 1);
        return "; so " + (cited.size() == 1 ? "does " : "do ") + joined;
    }
}
