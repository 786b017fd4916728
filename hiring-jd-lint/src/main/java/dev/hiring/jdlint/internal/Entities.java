package dev.hiring.jdlint.internal;

import java.util.Map;

/** Decodes the HTML character references that occur in job descriptions: numeric ones and common named ones. */
final class Entities {
    private static final Map<String, Integer> NAMED = Map.ofEntries(
            Map.entry("amp", (int) '&'),
            Map.entry("lt", (int) '<'),
            Map.entry("gt", (int) '>'),
            Map.entry("quot", (int) '"'),
            Map.entry("apos", (int) '\''),
            Map.entry("nbsp", 0xA0),
            Map.entry("shy", 0xAD),
            Map.entry("zwj", 0x200D),
            Map.entry("zwnj", 0x200C),
            Map.entry("ndash", 0x2013),
            Map.entry("mdash", 0x2014),
            Map.entry("hellip", 0x2026),
            Map.entry("lsquo", 0x2018),
            Map.entry("rsquo", 0x2019),
            Map.entry("ldquo", 0x201C),
            Map.entry("rdquo", 0x201D),
            Map.entry("laquo", 0xAB),
            Map.entry("raquo", 0xBB),
            Map.entry("bull", 0x2022),
            Map.entry("middot", 0xB7),
            Map.entry("pound", 0xA3),
            Map.entry("euro", 0x20AC),
            Map.entry("yen", 0xA5),
            Map.entry("cent", 0xA2),
            Map.entry("copy", 0xA9),
            Map.entry("reg", 0xAE),
            Map.entry("trade", 0x2122),
            Map.entry("times", 0xD7),
            Map.entry("deg", 0xB0),
            Map.entry("eacute", 0xE9),
            Map.entry("egrave", 0xE8),
            Map.entry("aacute", 0xE1),
            Map.entry("uuml", 0xFC),
            Map.entry("ouml", 0xF6),
            Map.entry("auml", 0xE4),
            Map.entry("szlig", 0xDF));

    private Entities() {}

    /** The code point of the reference between {@code from} and {@code to} (without & and ;), or -1. */
    static int decode(String s, int from, int to) {
        if (from >= to) {
            return -1;
        }
        if (s.charAt(from) == '#') {
            int radix = 10;
            int k = from + 1;
            if (k < to && (s.charAt(k) == 'x' || s.charAt(k) == 'X')) {
                radix = 16;
                k++;
            }
            if (k >= to || to - k > 7) {
                return -1;
            }
            int v = 0;
            for (; k < to; k++) {
                int d = Character.digit(s.charAt(k), radix);
                if (d < 0) {
                    return -1;
                }
                v = v * radix + d;
            }
            return v > 0 && v <= Character.MAX_CODE_POINT && !(v >= 0xD800 && v <= 0xDFFF) ? v : -1;
        }
        Integer cp = NAMED.get(s.substring(from, to));
        return cp == null ? -1 : cp;
    }
}
