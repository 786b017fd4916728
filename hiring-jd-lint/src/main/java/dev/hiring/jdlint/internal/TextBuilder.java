package dev.hiring.jdlint.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Builds the normalized text of a document from slices of the original text, keeping for every normalized
 * character the original offsets it came from. Normalization: HTML entities decoded, zero-width characters and
 * soft hyphens removed, common Cyrillic and Greek homoglyphs folded to Latin, typographic quotes and dashes
 * folded to ASCII, NFKC, lower case, and runs of white space collapsed to one space. One pass, linear.
 */
public final class TextBuilder {
    private char[] text = new char[0];
    private int[] origStart = new int[0];
    private int[] origEnd = new int[0];
    private int length;
    private char[] source = new char[0];
    private @org.jspecify.annotations.Nullable String sourceRef;

    /** Creates an empty builder. */
    public TextBuilder() {}

    /** The number of normalized characters so far. */
    public int length() {
        return length;
    }

    /** The last normalized character, or {@code '\n'} when empty. */
    public char last() {
        return length == 0 ? '\n' : text[length - 1];
    }

    /**
     * Appends a slice of the original text.
     *
     * @param original the original text
     * @param from first offset, inclusive
     * @param to last offset, exclusive
     * @param markdownEscapes whether a backslash before ASCII punctuation is dropped
     * @param skipTags whether {@code <...>} tags are dropped
     */
    // Identity on purpose: the copy of the source's characters is kept for the same string object; an equal string
    // that is another object only costs one more copy.
    @SuppressWarnings("ReferenceEquality")
    public void append(String original, int from, int to, boolean markdownEscapes, boolean skipTags) {
        if (original != sourceRef) {
            source = original.toCharArray();
            sourceRef = original;
            if (text.length < original.length() + 16) {
                int n = original.length() + 16;
                text = Arrays.copyOf(text, n);
                origStart = Arrays.copyOf(origStart, n);
                origEnd = Arrays.copyOf(origEnd, n);
            }
        }
        char[] src = source;
        int i = from;
        while (i < to) {
            char c = src[i];
            if (c < 0x80) {
                if (c == '&') {
                    int end = entityEnd(original, i, to);
                    if (end > 0) {
                        int cp = Entities.decode(original, i + 1, end - 1);
                        if (cp >= 0) {
                            appendCodePoint(cp, i, end);
                            i = end;
                            continue;
                        }
                    }
                } else if (c == '\\' && markdownEscapes && i + 1 < to && isAsciiPunct(src[i + 1])) {
                    i++;
                    continue;
                } else if (c == '<' && skipTags) {
                    int close = original.indexOf('>', i);
                    if (close >= 0 && close < to) {
                        space(i, close + 1);
                        i = close + 1;
                        continue;
                    }
                }
                appendAscii(c, i, i + 1);
                i++;
            } else {
                int cp = original.codePointAt(i);
                int n = Character.charCount(cp);
                appendCodePoint(cp, i, Math.min(i + n, to));
                i += n;
            }
        }
    }

    /** Appends one space mapped to the given original range, collapsing with a preceding space or newline. */
    public void space(int origFrom, int origTo) {
        if (length == 0 || text[length - 1] == ' ' || text[length - 1] == '\n') {
            return;
        }
        put(' ', origFrom, origTo);
    }

    /** Ends a block: appends a newline (dropping a trailing space), mapped to the given original offset. */
    public void newline(int origOffset) {
        if (length == 0) {
            return;
        }
        if (text[length - 1] == ' ') {
            length--;
        }
        if (length > 0 && text[length - 1] != '\n') {
            put('\n', origOffset, origOffset);
        }
    }

    private void appendAscii(char c, int from, int to) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0x0B) {
            space(from, to);
            return;
        }
        if (c < 0x20 || c == 0x7F) {
            return;
        }
        put(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c, from, to);
    }

    private void appendCodePoint(int cp, int from, int to) {
        if (cp < 0x80) {
            appendAscii((char) cp, from, to);
            return;
        }
        if (isInvisible(cp)) {
            return;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            space(from, to);
            return;
        }
        char folded = Homoglyphs.fold(cp);
        if (folded != 0) {
            put(folded, from, to);
            return;
        }
        String s = normalized(cp);
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            char f = ch < 0x80 ? ch : Homoglyphs.fold(ch);
            if (ch == ' ') {
                space(from, to);
            } else if (f != 0) {
                put(f, from, to);
            } else if (!isInvisible(ch)) {
                put(ch, from, to);
            }
        }
    }

    /**
     * The NFKC form of a code point in lower case, for the characters of the Basic Multilingual Plane from a table
     * filled on first use, one page of 256 characters at a time: a posting in another script, or with accented
     * letters, repeats a few hundred characters thousands of times. Entries are strings, safe to share between
     * threads, and a slot written twice gets equal strings, so the table needs no lock.
     */
    private static String normalized(int cp) {
        if (cp > 0xFFFF) {
            return normalize(cp);
        }
        @org.jspecify.annotations.Nullable String[] page = PAGES[cp >>> 8];
        if (page == null) {
            page = new String[256];
            PAGES[cp >>> 8] = page;
        }
        String s = page[cp & 0xFF];
        if (s == null) {
            s = normalize(cp);
            page[cp & 0xFF] = s;
        }
        return s;
    }

    private static final @org.jspecify.annotations.Nullable String[] @org.jspecify.annotations.Nullable [] PAGES =
            new String[256][];

    private static String normalize(int cp) {
        String s = new String(Character.toChars(cp));
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private void put(char c, int from, int to) {
        if (length == text.length) {
            int n = Math.max(64, length * 2);
            text = Arrays.copyOf(text, n);
            origStart = Arrays.copyOf(origStart, n);
            origEnd = Arrays.copyOf(origEnd, n);
        }
        text[length] = c;
        origStart[length] = from;
        origEnd[length] = to;
        length++;
    }

    /** The normalized text. */
    public String text() {
        int n = length;
        while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\n')) {
            n--;
        }
        length = n;
        return new String(text, 0, n);
    }

    /**
     * For each normalized character, the original offset it starts at: the builder's own array, not a copy, and
     * longer than the text; for a caller that copies what it keeps (such as {@code JdDocument.of}).
     */
    public int[] starts() {
        return origStart;
    }

    /** For each normalized character, the original offset it ends at (exclusive); the builder's own array, as {@link #starts()}. */
    public int[] ends() {
        return origEnd;
    }

    static boolean isInvisible(int cp) {
        return cp == 0x00AD
                || (cp >= 0x200B && cp <= 0x200F)
                || (cp >= 0x2060 && cp <= 0x2064)
                || cp == 0xFEFF
                || cp == 0x034F
                || cp == 0x180E
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0x202A && cp <= 0x202E);
    }

    private static boolean isAsciiPunct(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /** The offset after the {@code ;} of an entity starting at {@code amp}, or -1. Bounded look-ahead. */
    private static int entityEnd(String s, int amp, int to) {
        int limit = Math.min(to, amp + 12);
        for (int k = amp + 1; k < limit; k++) {
            char c = s.charAt(k);
            if (c == ';') {
                return k > amp + 1 ? k + 1 : -1;
            }
            if (!(Character.isLetterOrDigit(c) || c == '#')) {
                return -1;
            }
        }
        return -1;
    }
}
