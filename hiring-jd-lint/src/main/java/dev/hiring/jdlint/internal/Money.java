package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.spi.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds pay amounts and ranges in a document with one pass over the tokens: numbers ("85,000", "85k", "20 000",
 * "4.5"), a currency next to them (symbol or code), ranges joined by a dash, "to", "and" or "up to", open-ended
 * amounts ("up to X", "X+", "from X") and a pay period in the same sentence.
 */
public final class Money {
    /**
     * An amount of money.
     *
     * @param value the value
     * @param start normalized start (including the currency)
     * @param end normalized end
     * @param lastWord the word index of the number
     * @param currency whether a currency is attached
     * @param plus whether it ends with {@code +}
     */
    public record Amount(
            double value, int start, int end, int firstWord, int lastWord, boolean currency, boolean plus) {}

    /**
     * A pay statement: a closed range or a single, possibly open-ended, amount.
     *
     * @param min the lower bound
     * @param max the upper bound (equal to min for single amounts)
     * @param closed whether both bounds are stated
     * @param openEnded whether it is "up to X", "X+" or "from X"
     * @param period whether a pay period is stated or implied nearby
     * @param start normalized start
     * @param end normalized end
     */
    public record Pay(double min, double max, boolean closed, boolean openEnded, boolean period, int start, int end) {}

    /** Amounts from this size on are taken as yearly figures when no period is stated. */
    public static final double ANNUAL_MAGNITUDE = 10_000;

    private Money() {}

    /** The pay statements of a document (amounts with a currency only). */
    public static List<Pay> find(JdDocument doc, Lexicon currencies, Lexicon periods, Lexicon symbols) {
        List<Amount> amounts = amounts(doc, currencies, symbols);
        List<Pay> out = new ArrayList<>();
        int n = doc.wordCount();
        for (int i = 0; i < amounts.size(); i++) {
            Amount a = amounts.get(i);
            Amount b = i + 1 < amounts.size() ? amounts.get(i + 1) : null;
            if (b != null
                    && joined(doc, a, b, currencies)
                    && (a.currency() || b.currency())
                    && a.value() <= b.value()
                    && a.value() > 0) {
                // a yearly salary is implied by its size: ranges of 10,000 and more are annual figures
                boolean period =
                        a.value() >= ANNUAL_MAGNITUDE || hasPeriod(doc, a.firstWord(), b.lastWord(), periods, n);
                out.add(new Pay(a.value(), b.value(), true, false, period, a.start(), b.end()));
                i++;
                continue;
            }
            if (!a.currency()) {
                continue;
            }
            boolean open = a.plus()
                    || before(doc, a.firstWord(), "up", "to")
                    || before1(doc, a.firstWord(), "from")
                    || before(doc, a.firstWord(), "starting", "at")
                    || before(doc, a.firstWord(), "starting", "from")
                    || before1(doc, a.firstWord(), "max")
                    || before1(doc, a.firstWord(), "maximum")
                    || before1(doc, a.firstWord(), "minimum")
                    || after(doc, a.lastWord(), "and", "up")
                    || after(doc, a.lastWord(), "or", "more");
            boolean period = hasPeriod(doc, a.firstWord(), a.lastWord(), periods, n);
            out.add(new Pay(a.value(), a.value(), false, open, period, a.start(), a.end()));
        }
        return out;
    }

    private static boolean before1(JdDocument doc, int k, String w) {
        return k >= 1 && doc.token(doc.wordToken(k - 1)).equals(w) && sameSentence(doc, k - 1, k);
    }

    private static boolean before(JdDocument doc, int k, String w1, String w2) {
        return k >= 2
                && doc.token(doc.wordToken(k - 2)).equals(w1)
                && doc.token(doc.wordToken(k - 1)).equals(w2)
                && sameSentence(doc, k - 2, k);
    }

    private static boolean after(JdDocument doc, int k, String w1, String w2) {
        int n = doc.wordCount();
        for (int j = k + 1; j <= k + 2 && j + 1 < n; j++) {
            if (doc.token(doc.wordToken(j)).equals(w1)
                    && doc.token(doc.wordToken(j + 1)).equals(w2)
                    && sameSentence(doc, k, j + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSentence(JdDocument doc, int k1, int k2) {
        return doc.sentence(doc.wordToken(k1)) == doc.sentence(doc.wordToken(k2));
    }

    private static boolean hasPeriod(JdDocument doc, int first, int last, Lexicon periods, int n) {
        int sentence = doc.sentence(doc.wordToken(first));
        for (int k = Math.max(0, first - 8); k < Math.min(n, last + 10); k++) {
            if (k >= first && k <= last) {
                continue;
            }
            if (doc.sentence(doc.wordToken(k)) != sentence && k > last) {
                break;
            }
            if (doc.sentence(doc.wordToken(k)) == sentence && periods.lengthAt(doc, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The period words that may follow the first amount of a range: "$193,000/yr to $231,000/yr". */
    private static final Set<String> PERIOD_JOINERS =
            Set.of("yr", "year", "hr", "hour", "mo", "month", "per", "pa", "annually", "annum");

    /** Whether only joiners (dash, to, and, up to, a period, a currency) stand between two amounts. */
    private static boolean joined(JdDocument doc, Amount a, Amount b, Lexicon currencies) {
        if (doc.sentence(doc.wordToken(a.lastWord())) != doc.sentence(doc.wordToken(b.firstWord()))) {
            return false;
        }
        if (b.start() < a.end()) {
            return false;
        }
        int gapWords = b.firstWord() - a.lastWord() - 1;
        if (gapWords > 3) {
            return false;
        }
        for (int k = a.lastWord() + 1; k < b.firstWord(); k++) {
            String t = doc.token(doc.wordToken(k));
            if (!(t.equals("to")
                    || t.equals("and")
                    || t.equals("up")
                    || t.equals("till")
                    || t.equals("until")
                    || t.equals("k")
                    || PERIOD_JOINERS.contains(t)
                    || currencies.lengthAt(doc, k) > 0)) {
                return false;
            }
        }
        // punctuation between: only dashes, slashes, tildes and currency symbols
        String text = doc.text();
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ';' || c == '\n' || c == '(' || c == ')' || c == ',') {
                return false;
            }
        }
        return gapWords > 0
                || text.substring(a.end(), b.start()).indexOf('-') >= 0
                || text.substring(a.end(), b.start()).indexOf('~') >= 0
                || text.substring(a.end(), b.start()).indexOf('/') >= 0;
    }

    /** The amounts of a document: numbers with a value, their currency if any. */
    public static List<Amount> amounts(JdDocument doc, Lexicon currencies, Lexicon symbols) {
        List<Amount> out = new ArrayList<>();
        int n = doc.wordCount();
        String text = doc.text();
        for (int k = 0; k < n; k++) {
            int t = doc.wordToken(k);
            if (!doc.isNumber(t)) {
                continue;
            }
            String tok = doc.token(t);
            int first = k;
            int start = doc.tokenStart(t);
            int end = doc.tokenEnd(t);
            // "20 000" written with a space as thousands separator
            StringBuilder digits = new StringBuilder(tok);
            while (k + 1 < n && isPlainDigits(tok) && tok.length() <= 3) {
                int t2 = doc.wordToken(k + 1);
                String nx = doc.token(t2);
                if (doc.isNumber(t2)
                        && nx.length() == 3
                        && isPlainDigits(nx)
                        && doc.tokenStart(t2) == end + 1
                        && text.charAt(end) == ' ') {
                    digits.append(nx);
                    end = doc.tokenEnd(t2);
                    k++;
                    tok = nx;
                } else {
                    break;
                }
            }
            double v = parse(digits.toString());
            if (v < 0) {
                continue;
            }
            boolean plus = digits.charAt(digits.length() - 1) == '+';
            boolean cur = false;
            // symbol or code right before
            int tokIdx = doc.wordToken(first);
            if (tokIdx > 0
                    && !doc.isWord(tokIdx - 1)
                    && isSymbol(doc.token(tokIdx - 1), symbols)
                    && doc.tokenEnd(tokIdx - 1) >= doc.tokenStart(tokIdx) - 1) {
                cur = true;
                start = doc.tokenStart(tokIdx - 1);
            } else if (first > 0
                    && currencies.lengthAt(doc, first - 1) == 1
                    && doc.sentence(doc.wordToken(first - 1)) == doc.sentence(tokIdx)) {
                cur = true;
                start = doc.tokenStart(doc.wordToken(first - 1));
            }
            int lastTok = doc.wordToken(k);
            // "k" after the number
            int after = lastTok + 1;
            if (after < doc.tokenCount() && doc.token(after).equals("k") && doc.tokenStart(after) == end) {
                v *= 1000;
                end = doc.tokenEnd(after);
                after++;
            }
            if (!cur && after < doc.tokenCount() && doc.tokenStart(after) <= end + 1) {
                String a = doc.token(after);
                if ((!doc.isWord(after) && isSymbol(a, symbols)) || (doc.isWord(after) && isCode(a, currencies))) {
                    cur = true;
                    end = doc.tokenEnd(after);
                    if (a.equals("+")) {
                        plus = true;
                    }
                }
            }
            if (after < doc.tokenCount() && doc.token(after).equals("+") && doc.tokenStart(after) == end) {
                plus = true;
            }
            out.add(new Amount(v, start, end, first, k, cur, plus));
        }
        return out;
    }

    private static boolean isSymbol(String tok, Lexicon symbols) {
        return symbols.phrases().contains(tok);
    }

    private static boolean isCode(String tok, Lexicon codes) {
        for (String p : codes.phrases()) {
            if (p.equals(tok)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlainDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** The value of a number token ("85,000", "85k", "4.5", "10+"), or -1. */
    static double parse(String tok) {
        double v = 0;
        double scale = 0;
        boolean any = false;
        int i = 0;
        for (; i < tok.length(); i++) {
            char c = tok.charAt(i);
            if (Character.isDigit(c)) {
                if (scale > 0) {
                    v += (c - '0') / scale;
                    scale *= 10;
                } else {
                    v = v * 10 + (c - '0');
                }
                any = true;
                if (v > 1e13) {
                    return -1;
                }
            } else if (c == ',') {
                // a thousands separator: skipped
            } else if (c == '.' && scale == 0) {
                scale = 10;
            } else {
                break;
            }
        }
        if (!any) {
            return -1;
        }
        String suffix = tok.substring(i);
        if (suffix.equals("k") || suffix.equals("k+")) {
            v *= 1000;
        } else if (!(suffix.isEmpty() || suffix.equals("+") || suffix.equals("lpa"))) {
            return -1;
        }
        return v;
    }
}
