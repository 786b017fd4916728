package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.internal.text.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles the pattern language of word-list entries into plain word sequences ({@link Variant}s) for the linear
 * word-number matcher. No regular expression is involved: a pattern is expanded once, at load time, into the finite
 * set of word sequences it stands for.
 *
 * <ul>
 *   <li>Words separated by spaces match whole normalized tokens, case-insensitive.
 *   <li>{@code (a|b|c)}: alternatives; an alternative may be several words or a punctuation character
 *       ({@code (and|,|/|&)}). A group may be glued to a word: {@code self-start(er|ers|ing)}.
 *   <li>{@code ?} after a word or a group makes it optional.
 *   <li>{@code word~}: the word and its regular English inflections (s, es, ies, ed, ing, er, ers, with a final e
 *       dropped and y turned to i where English does so).
 *   <li>A hyphenated word ({@code self-starter}) matches "self-starter", "self starter" and "selfstarter".
 *   <li>A punctuation character between words must appear between the matched words.
 * </ul>
 */
public final class LexiconPatterns {
    /** The most word sequences one pattern may expand to. */
    public static final int MAX_VARIANTS = 8192;

    private LexiconPatterns() {}

    /**
     * One word sequence a pattern stands for.
     *
     * @param words the normalized word tokens
     * @param gaps per word, the punctuation that must stand between it and the previous word, or {@code null}
     *     (nothing required); {@code gaps[0]} is always {@code null}
     */
    // The arrays are read in the matching loops; a variant is never compared or hashed, so the record's identity
    // equals on them does not matter.
    @SuppressWarnings("ArrayRecordComponent")
    public record Variant(
            String[] words,
            @org.jspecify.annotations.Nullable String[] gaps) {
        /** Whether any gap requires punctuation. */
        public boolean hasGaps() {
            for (String g : gaps) {
                if (g != null) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A pattern that cannot be compiled; the message names the problem, the caller names the entry. */
    public static final class BadPatternException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadPatternException(String message) {
            super(message);
        }
    }

    /**
     * The word sequence of a literal phrase, exactly as phrases have always been matched (punctuation dropped); none
     * for a phrase without a word (such as a currency symbol, which lists only hold to be asked by text).
     */
    public static List<Variant> literal(String phrase) {
        String[] w = PhraseTokens.of(phrase);
        return w.length == 0 ? List.of() : List.of(new Variant(w, new String[w.length]));
    }

    /**
     * The word sequences of a pattern, longest first, without duplicates.
     *
     * @throws BadPatternException if the pattern is malformed (unbalanced parentheses, an empty alternative, a
     *     misplaced {@code ?} or {@code ~}, an unsupported character, no word, punctuation at either end, or more
     *     than {@link #MAX_VARIANTS} sequences)
     */
    public static List<Variant> compile(String pattern) {
        Parser p = new Parser(pattern);
        List<Node> seq = p.sequence();
        if (p.pos < pattern.length()) {
            throw new BadPatternException("unbalanced ')' at character " + (p.pos + 1));
        }
        Set<String> texts = expand(seq);
        Map<String, Variant> out = new LinkedHashMap<>();
        for (String text : texts) {
            for (Variant v : words(text)) {
                out.putIfAbsent(String.join(" ", v.words()) + "\u0000" + String.join("\u0000", gapKey(v)), v);
                if (out.size() > MAX_VARIANTS) {
                    throw new BadPatternException("the pattern stands for more than " + MAX_VARIANTS + " phrases");
                }
            }
        }
        List<Variant> list = new ArrayList<>(out.values());
        list.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
        return List.copyOf(list);
    }

    private static List<String> gapKey(Variant v) {
        List<String> k = new ArrayList<>();
        for (String g : v.gaps()) {
            k.add(g == null ? "" : g);
        }
        return k;
    }

    /** A parsed pattern element. */
    private sealed interface Node permits Text, Group, Optional {}

    private record Text(String text) implements Node {}

    private record Group(List<List<Node>> alternatives) implements Node {}

    private record Optional(Node node) implements Node {}

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        /** A sequence up to the end, a '|' or a ')'. */
        List<Node> sequence() {
            List<Node> out = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '|' || c == ')') {
                    break;
                }
                pos++;
                if (c == '(') {
                    flush(out, text);
                    List<List<Node>> alts = new ArrayList<>();
                    while (true) {
                        List<Node> alt = sequence();
                        if (blank(alt)) {
                            throw new BadPatternException("empty alternative at character " + pos
                                    + " (write '?' after the group to make it optional)");
                        }
                        alts.add(alt);
                        if (pos >= s.length()) {
                            throw new BadPatternException("unbalanced '(': no ')' after character " + pos);
                        }
                        char d = s.charAt(pos++);
                        if (d == ')') {
                            break;
                        }
                    }
                    out.add(new Group(alts));
                } else if (c == '?') {
                    flush(out, text);
                    if (out.isEmpty()) {
                        throw new BadPatternException("'?' at character " + pos + " follows no word or group");
                    }
                    Node last = out.remove(out.size() - 1);
                    if (last instanceof Group || last instanceof Optional) {
                        out.add(last instanceof Optional ? last : new Optional(last));
                    } else {
                        String t = ((Text) last).text();
                        if (t.isEmpty() || t.charAt(t.length() - 1) == ' ') {
                            throw new BadPatternException("'?' at character " + pos + " follows no word or group");
                        }
                        int cut = t.lastIndexOf(' ') + 1;
                        if (cut > 0) {
                            out.add(new Text(t.substring(0, cut)));
                        }
                        out.add(new Optional(new Text(t.substring(cut))));
                    }
                } else if (c == '~') {
                    boolean endOfWord = pos >= s.length() || " |)".indexOf(s.charAt(pos)) >= 0;
                    boolean afterWord = (text.length() > 0 && text.charAt(text.length() - 1) != ' ')
                            || (text.length() == 0 && !out.isEmpty() && !(out.get(out.size() - 1) instanceof Text));
                    if (!endOfWord || !afterWord) {
                        throw new BadPatternException("'~' at character " + pos + " must end a word");
                    }
                    text.append('~');
                } else if ("*[]{}\\^$".indexOf(c) >= 0) {
                    throw new BadPatternException("unsupported character '" + c + "' at character " + pos);
                } else {
                    text.append(Character.isWhitespace(c) ? ' ' : c);
                }
            }
            flush(out, text);
            return out;
        }

        private static boolean blank(List<Node> seq) {
            for (Node n : seq) {
                if (!(n instanceof Text t) || !t.text().isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private static void flush(List<Node> out, StringBuilder text) {
            if (text.length() > 0) {
                out.add(new Text(text.toString()));
                text.setLength(0);
            }
        }
    }

    /** Every text a sequence stands for. */
    private static Set<String> expand(List<Node> seq) {
        Set<String> acc = new LinkedHashSet<>();
        acc.add("");
        for (Node n : seq) {
            Set<String> parts = expand(n);
            Set<String> next = new LinkedHashSet<>();
            for (String a : acc) {
                for (String b : parts) {
                    next.add(a + b);
                    if (next.size() > MAX_VARIANTS) {
                        throw new BadPatternException("the pattern stands for more than " + MAX_VARIANTS + " phrases");
                    }
                }
            }
            acc = next;
        }
        return acc;
    }

    private static Set<String> expand(Node n) {
        if (n instanceof Text t) {
            return Set.of(t.text());
        }
        if (n instanceof Optional o) {
            Set<String> s = new LinkedHashSet<>(expand(o.node()));
            s.add("");
            return s;
        }
        Set<String> s = new LinkedHashSet<>();
        for (List<Node> alt : ((Group) n).alternatives()) {
            s.addAll(expand(alt));
        }
        return s;
    }

    /** The word sequences of one expanded text: hyphen variants and inflections, punctuation as gaps. */
    private static List<Variant> words(String text) {
        List<List<String[]>> pieces = new ArrayList<>(); // per piece: its alternatives, each a token list
        for (String piece : text.trim().split(" +", -1)) {
            if (piece.isEmpty()) {
                continue;
            }
            boolean inflect = piece.endsWith("~");
            String body = inflect ? piece.substring(0, piece.length() - 1) : piece;
            if (body.indexOf('~') >= 0) {
                throw new BadPatternException("'~' must end a word");
            }
            String[] toks = tokens(body);
            if (toks.length == 0) {
                throw new BadPatternException("'~' must follow a word");
            }
            List<String[]> alts = new ArrayList<>();
            alts.add(toks);
            if (body.indexOf('-') > 0 && isWord(toks[0]) && isWord(toks[toks.length - 1])) {
                StringBuilder joined = new StringBuilder();
                for (String t : toks) {
                    if (isWord(t)) {
                        joined.append(t);
                    }
                }
                alts.add(new String[] {joined.toString()});
            }
            if (inflect) {
                List<String[]> inflected = new ArrayList<>();
                for (String[] a : alts) {
                    String last = a[a.length - 1];
                    if (!isWord(last)) {
                        throw new BadPatternException("'~' must follow a word");
                    }
                    for (String form : inflections(last)) {
                        String[] c = a.clone();
                        c[c.length - 1] = form;
                        inflected.add(c);
                    }
                }
                alts = inflected;
            }
            pieces.add(alts);
        }
        List<List<String>> acc = new ArrayList<>();
        acc.add(List.of());
        for (List<String[]> alts : pieces) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> a : acc) {
                for (String[] t : alts) {
                    List<String> c = new ArrayList<>(a);
                    c.addAll(List.of(t));
                    next.add(c);
                }
            }
            acc = next;
            if (acc.size() > MAX_VARIANTS) {
                throw new BadPatternException("the pattern stands for more than " + MAX_VARIANTS + " phrases");
            }
        }
        List<Variant> out = new ArrayList<>();
        for (List<String> toks : acc) {
            out.add(variant(toks));
        }
        return out;
    }

    /** Words and punctuation tokens into a variant: punctuation becomes the gap before the next word. */
    private static Variant variant(List<String> toks) {
        List<String> w = new ArrayList<>();
        List<@org.jspecify.annotations.Nullable String> g = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String t : toks) {
            if (isWord(t)) {
                if (w.isEmpty() && pending.length() > 0) {
                    throw new BadPatternException("a pattern cannot start with punctuation");
                }
                w.add(t);
                g.add(pending.length() == 0 ? null : pending.toString());
                pending.setLength(0);
            } else if (!t.equals("-")) {
                pending.append(t);
            }
        }
        if (pending.length() > 0) {
            throw new BadPatternException("a pattern cannot end with punctuation");
        }
        if (w.isEmpty()) {
            throw new BadPatternException("the pattern has no word");
        }
        return new Variant(w.toArray(new String[0]), g.toArray(new String[0]));
    }

    private static boolean isWord(String token) {
        return !token.isEmpty() && Character.isLetterOrDigit(token.charAt(0));
    }

    /** All tokens (words and punctuation) of a piece, normalized as documents are. */
    private static String[] tokens(String piece) {
        TextBuilder b = new TextBuilder();
        b.append(piece, 0, piece.length(), false, false);
        Tokens t = Tokens.of(b.text());
        String[] out = new String[t.count];
        for (int i = 0; i < t.count; i++) {
            out[i] = t.text(i);
        }
        return out;
    }

    /** A word and its regular inflections: s, es, ies, ed, ing, er, ers (final e dropped, y to i). */
    static Set<String> inflections(String w) {
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        int n = w.length();
        char last = w.charAt(n - 1);
        boolean consonantY = last == 'y' && n > 1 && "aeiou".indexOf(w.charAt(n - 2)) < 0;
        if (consonantY) {
            String stem = w.substring(0, n - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
            out.add(stem + "ier");
            out.add(stem + "iers");
            out.add(w + "ing");
            return out;
        }
        if (last == 'e') {
            String stem = w.substring(0, n - 1);
            out.add(w + "s");
            out.add(w + "d");
            out.add(stem + "ing");
            out.add(w + "r");
            out.add(w + "rs");
            return out;
        }
        out.add(w + "s");
        if ("sxz".indexOf(last) >= 0 || w.endsWith("ch") || w.endsWith("sh") || last == 'o') {
            out.add(w + "es");
        }
        out.add(w + "ed");
        out.add(w + "ing");
        out.add(w + "er");
        out.add(w + "ers");
        return out;
    }
}
