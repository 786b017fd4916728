package dev.hiring.jdlint.rules;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.spi.Category;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Lexicon;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.PhraseMatch;
import dev.hiring.jdlint.spi.RuleContext;
import dev.hiring.jdlint.spi.RuleMeta;
import java.util.Set;

/**
 * The guide's "Mention measurable outcomes (scale, traffic, latency targets)": a number about the work, with a
 * unit ("10k requests per second", "p95 under 100 ms", "2 million users", "hundreds of clusters"). Not a number
 * in the benefits, pay or process sections, a percentage of time, pay or a population ("50% of the time", "86% of
 * the population"), a duration or time split ("1 week per month on call"), a magnitude without a unit of the work
 * ("77 million Americans"), an ordinal ("3rd party"), or a number inside a name or code ("K-12", "COVID-19",
 * "Fortune 500").
 */
@RuleMeta(
        id = "measurable-outcomes",
        summary = "Mention measurable outcomes such as scale, traffic or latency targets",
        reason = "Numbers show the scale of the work and what success looks like; adjectives do not",
        severity = Severity.WARNING,
        category = Category.CONTENT,
        guideRef = "outcomes-and-team",
        messages = {
            @Message(
                    id = "missing",
                    text = "No measurable outcome: state scale, traffic or a latency target with a number and unit")
        })
public final class MeasurableOutcomesRule implements JdRule {
    private static final Set<String> SUFFIXES =
            Set.of("ms", "k", "m", "b", "tb", "gb", "pb", "rps", "qps", "tps", "x", "mm", "bn", "s");

    private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");

    /** How many words after a percent sign are read for what it is a share of. */
    private static final int SHARE_WORDS = 3;

    /** Creates the rule. */
    public MeasurableOutcomesRule() {}

    @Override
    public void check(JdDocument doc, RuleContext ctx) {
        Lexicon money = ctx.lexicon("metric-money-words");
        for (PhraseMatch m : ctx.lexicon("metric-words").findAll(doc)) {
            // "millions of dollars" is money, not scale
            if (aboutTheWork(doc, m.start()) && !money(doc, m.lastWord() + 1, money)) {
                return;
            }
        }
        Lexicon notAfter = ctx.lexicon("metric-not-after");
        Lexicon notBefore = ctx.lexicon("metric-not-before");
        Lexicon notUnits = ctx.lexicon("metric-not-units");
        Lexicon magnitudes = ctx.lexicon("metric-magnitudes");
        Lexicon change = ctx.lexicon("metric-change-words");
        Lexicon reach = ctx.lexicon("metric-reach-nouns");
        Lexicon numberWords = ctx.lexicon("number-words");
        Lexicon units = ctx.lexicon("metric-units");
        Lexicon years = ctx.lexicon("years-words");
        Lexicon currency = ctx.lexicon("currency-codes");
        Lexicon symbols = ctx.lexicon("currency-symbols");
        int n = doc.wordCount();
        for (int k = 0; k < n; k++) {
            int t = doc.wordToken(k);
            // "one million customers": a number word before a magnitude reads as a number
            boolean spelled = !doc.isNumber(t)
                    && numberWords.lengthAt(doc, k) == 1
                    && k + 1 < n
                    && magnitudes.lengthAt(doc, k + 1) > 0;
            if (!doc.isNumber(t) && !spelled) {
                continue;
            }
            String tok = doc.token(t);
            if (!aboutTheWork(doc, doc.tokenStart(t)) || tok.equals("401k") || tok.length() > 12) {
                continue;
            }
            if (t > 0 && !doc.isWord(t - 1) && symbols.phrases().contains(doc.token(t - 1))) {
                continue;
            }
            if (inName(doc, t) || (k > 0 && notBefore.lengthAt(doc, k - 1) > 0)) {
                continue;
            }
            int i = 0;
            while (i < tok.length()
                    && (Character.isDigit(tok.charAt(i)) || tok.charAt(i) == ',' || tok.charAt(i) == '.')) {
                i++;
            }
            String suffix = tok.substring(i).replace("+", "");
            if (ORDINALS.contains(suffix)) {
                continue;
            }
            if (!suffix.isEmpty() && SUFFIXES.contains(suffix)) {
                // "24x7" on-call and "3.0.x" versions are not multipliers
                boolean x = suffix.equals("x");
                boolean next = t + 1 < doc.tokenCount() && doc.tokenStart(t + 1) == doc.tokenEnd(t);
                if (!(x && (next || tok.indexOf('.') >= 0))) {
                    return;
                }
            }
            if (t + 1 < doc.tokenCount() && doc.token(t + 1).equals("%")) {
                if (share(doc, k, notAfter, units, change)) {
                    return;
                }
                continue;
            }
            if (unitFollows(doc, k, units, magnitudes, reach, notUnits, years, currency)) {
                return;
            }
        }
        ctx.reportDocument(doc, "missing");
    }

    /**
     * Whether the number at word {@code k} is followed, in its sentence and within two words, by a unit of the
     * work; a magnitude ("million") needs one after it too (or people reached: "30 million people"), and a duration, a year or a currency ends the search.
     */
    private static boolean unitFollows(
            JdDocument doc,
            int k,
            Lexicon units,
            Lexicon magnitudes,
            Lexicon reach,
            Lexicon notUnits,
            Lexicon years,
            Lexicon currency) {
        int n = doc.wordCount();
        int sentence = doc.sentence(doc.wordToken(k));
        int last = k + 2;
        for (int j = k + 1; j <= last && j < n; j++) {
            if (doc.sentence(doc.wordToken(j)) != sentence) {
                return false;
            }
            if (years.lengthAt(doc, j) > 0 || currency.lengthAt(doc, j) > 0 || notUnits.lengthAt(doc, j) > 0) {
                return false;
            }
            if (magnitudes.lengthAt(doc, j) > 0) {
                // "2 million users", "3 billion events a day", not "77 million Americans"
                last = j + 2;
                continue;
            }
            if (units.lengthAt(doc, j) > 0 || (last > k + 2 && reach.lengthAt(doc, j) > 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the percentage at word {@code k} is about the work: not followed by a benefit or a share of time
     * ("matching", "of the time"); when it is a share "of" something, of a unit of the work ("99% of requests", not
     * "86% of the population"); when it ends its sentence, in a sentence about a unit or a change ("cut latency by
     * 30%", not "Travel: up to 20%").
     */
    private static boolean share(JdDocument doc, int k, Lexicon notAfter, Lexicon units, Lexicon change) {
        int n = doc.wordCount();
        int sentence = doc.sentence(doc.wordToken(k));
        if (k + 1 >= n || doc.sentence(doc.wordToken(k + 1)) != sentence) {
            // a bare "up to 20%" (of travel, say) is not an outcome; "cut latency by 30%" is
            return RuleSupport.sentenceHas(doc, k, units) || RuleSupport.sentenceHas(doc, k, change);
        }
        if (notAfter.lengthAt(doc, k + 1) > 0) {
            return false;
        }
        if (!doc.token(doc.wordToken(k + 1)).equals("of")) {
            return true;
        }
        for (int j = k + 2; j < Math.min(n, k + 2 + SHARE_WORDS); j++) {
            if (doc.sentence(doc.wordToken(j)) != sentence) {
                return false;
            }
            if (units.lengthAt(doc, j) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a money word follows word {@code k} ("of dollars", "in revenue") within two words. */
    private static boolean money(JdDocument doc, int k, Lexicon money) {
        for (int j = k; j < Math.min(doc.wordCount(), k + 2); j++) {
            if (money.lengthAt(doc, j) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether number token {@code t} is part of a name or code: joined by a hyphen to a word before it ("K-12",
     * "CS-04", "COVID-19").
     */
    private static boolean inName(JdDocument doc, int t) {
        return t >= 2
                && doc.token(t - 1).equals("-")
                && doc.tokenEnd(t - 1) == doc.tokenStart(t)
                && doc.tokenEnd(t - 2) == doc.tokenStart(t - 1)
                && doc.isWord(t - 2)
                && !doc.isNumber(t - 2);
    }

    /** Whether an offset lies outside the benefits, pay and process sections. */
    private static boolean aboutTheWork(JdDocument doc, int offset) {
        SectionKind kind = RuleSupport.sectionKind(doc, offset);
        return switch (kind) {
            case BENEFITS, COMPENSATION, PROCESS, REQUIREMENTS, NICE_TO_HAVE -> false;
            default -> true;
        };
    }
}
