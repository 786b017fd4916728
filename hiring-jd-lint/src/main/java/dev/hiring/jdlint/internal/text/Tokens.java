package dev.hiring.jdlint.internal.text;

import java.util.Arrays;

/**
 * The tokens of a normalized text, as parallel arrays, from one linear pass. Word tokens are runs of letters and
 * digits with inner {@code . , '} (a comma only between digits) and trailing {@code + #} ("node.js", "c++",
 * "85,000", "10+"); every other visible character is a one-character punctuation token. A sentence number
 * increments after {@code . ! ? ;} and at each newline (block boundary).
 */
public final class Tokens {
    /** A word with at least one letter. */
    public static final byte WORD = 0;
    /** A word starting with a digit. */
    public static final byte NUMBER = 1;
    /** One punctuation or symbol character. */
    public static final byte PUNCT = 2;

    /** Start offsets (normalized text). */
    public final int[] start;
    /** End offsets (exclusive). */
    public final int[] end;
    /** Kinds. */
    public final byte[] kind;
    /** Sentence numbers. */
    public final int[] sentence;
    /** The number of tokens. */
    public final int count;

    /** The normalized text the tokens are of. */
    private final String source;

    /**
     * The token texts, made on first use: most tokens are only ever looked up by their offsets (word-list lookups
     * read the characters in place), so a string per token would be work thrown away. A slot is written at most
     * once with a string equal to any other write, and strings are safe to share between threads without a lock,
     * so concurrent first uses need no synchronization.
     */
    private final @org.jspecify.annotations.Nullable String[] text;

    /** ASCII character classes: bit 1 letter, bit 2 digit (same answers as {@link Character}). */
    private static final byte[] ASCII = new byte[128];

    /** The one-character strings of ASCII, so that punctuation tokens (about half of all tokens) share them. */
    private static final String[] ONE = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) ((Character.isLetter(c) ? 1 : 0) | (Character.isDigit(c) ? 2 : 0));
            ONE[c] = String.valueOf(c);
        }
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? ASCII[c] != 0 : Character.isLetterOrDigit(c);
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (ASCII[c] & 1) != 0 : Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c < 128 ? (ASCII[c] & 2) != 0 : Character.isDigit(c);
    }

    private Tokens(String source, int[] start, int[] end, byte[] kind, int[] sentence, int count) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.sentence = sentence;
        this.text = new String[count];
        this.count = count;
    }

    /** The text of token {@code i}. */
    public String text(int i) {
        String t = text[i];
        if (t == null) {
            int from = start[i];
            char c = source.charAt(from);
            t = end[i] == from + 1 && c < 128 ? ONE[c] : source.substring(from, end[i]);
            text[i] = t;
        }
        return t;
    }

    /** Tokenizes a normalized text. */
    public static Tokens of(String str) {
        char[] s = str.toCharArray();
        int cap = Math.max(16, s.length / 4);
        int[] st = new int[cap];
        int[] en = new int[cap];
        byte[] kd = new byte[cap];
        int[] se = new int[cap];
        int n = 0;
        int sentence = 0;
        int len = s.length;
        int i = 0;
        while (i < len) {
            char c = s[i];
            if (c == ' ') {
                i++;
                continue;
            }
            if (c == '\n') {
                sentence++;
                i++;
                continue;
            }
            int from = i;
            byte k;
            if (isLetterOrDigit(c)) {
                boolean letter = isLetter(c);
                i++;
                while (i < len) {
                    char d = s[i];
                    if (isLetterOrDigit(d)) {
                        letter |= isLetter(d);
                        i++;
                    } else if ((d == '.' || d == '\'' || d == ',')
                            && i + 1 < len
                            && isLetterOrDigit(s[i + 1])
                            && (d != ',' || (isDigit(s[i - 1]) && isDigit(s[i + 1])))
                            && (d != '\'' || isLetter(s[i - 1]))) {
                        i++;
                    } else if (d == '+' || d == '#') {
                        while (i < len && (s[i] == '+' || s[i] == '#')) {
                            i++;
                        }
                        break;
                    } else {
                        break;
                    }
                }
                k = isDigit(c) ? NUMBER : (letter ? WORD : NUMBER);
            } else {
                if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s[i + 1])) {
                    i += 2;
                } else {
                    i++;
                }
                k = PUNCT;
            }
            if (n == st.length) {
                int m = n * 2;
                st = Arrays.copyOf(st, m);
                en = Arrays.copyOf(en, m);
                kd = Arrays.copyOf(kd, m);
                se = Arrays.copyOf(se, m);
            }
            st[n] = from;
            en[n] = i;
            kd[n] = k;
            se[n] = sentence;
            n++;
            if (k == PUNCT && (c == '.' || c == '!' || c == '?' || c == ';')) {
                sentence++;
            }
        }
        return new Tokens(str, st, en, kd, se, n);
    }
}
