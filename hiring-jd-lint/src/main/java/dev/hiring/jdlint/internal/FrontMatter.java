package dev.hiring.jdlint.internal;

/**
 * YAML ({@code ---}) or TOML ({@code +++}) front matter at the start of a posting: metadata, not body text. The
 * body is read from a copy of the text whose front matter is blanked (every character but line breaks replaced by
 * a space), so offsets stay those of the original; the {@code title} value, when there is one, is the job title.
 * One pass over the lines, no regular expression.
 */
public final class FrontMatter {
    private static final int MAX_LINES = 200;

    private final String body;
    private final int titleStart;
    private final int titleEnd;

    private FrontMatter(String body, int titleStart, int titleEnd) {
        this.body = body;
        this.titleStart = titleStart;
        this.titleEnd = titleEnd;
    }

    /** Finds the front matter of {@code src}; without one, the body is {@code src} itself. */
    public static FrontMatter of(String src) {
        int start = src.startsWith("\uFEFF") ? 1 : 0;
        String delim = src.startsWith("---", start) ? "---" : src.startsWith("+++", start) ? "+++" : null;
        if (delim == null || !blankRest(src, start + 3)) {
            return new FrontMatter(src, -1, -1);
        }
        int pos = lineEnd(src, start) + 1;
        int titleStart = -1;
        int titleEnd = -1;
        boolean keyed = false;
        for (int n = 0; n < MAX_LINES && pos <= src.length(); n++) {
            int eol = lineEnd(src, pos);
            if ((src.startsWith(delim, pos) || (delim.equals("---") && src.startsWith("...", pos)))
                    && blankRest(src, pos + 3)) {
                if (!keyed) {
                    return new FrontMatter(src, -1, -1);
                }
                int end = Math.min(src.length(), eol);
                char[] masked = src.toCharArray();
                for (int i = 0; i < end; i++) {
                    if (masked[i] != '\n' && masked[i] != '\r') {
                        masked[i] = ' ';
                    }
                }
                return new FrontMatter(new String(masked), titleStart, titleEnd);
            }
            int sep = keySeparator(src, pos, eol, delim.equals("---") ? ':' : '=');
            if (sep > 0) {
                keyed = true;
                if (titleStart < 0 && src.regionMatches(true, pos, "title", 0, 5) && isBlank(src, pos + 5, sep)) {
                    int a = sep + 1;
                    int e = eol;
                    while (a < e && Character.isWhitespace(src.charAt(a))) {
                        a++;
                    }
                    while (e > a && Character.isWhitespace(src.charAt(e - 1))) {
                        e--;
                    }
                    if (e - a >= 2
                            && (src.charAt(a) == '"' || src.charAt(a) == '\'')
                            && src.charAt(e - 1) == src.charAt(a)) {
                        a++;
                        e--;
                    }
                    if (e > a) {
                        titleStart = a;
                        titleEnd = e;
                    }
                }
            }
            if (eol >= src.length()) {
                break;
            }
            pos = eol + 1;
        }
        return new FrontMatter(src, -1, -1);
    }

    /** The text to read the body from: the original with the front matter blanked. */
    public String body() {
        return body;
    }

    /** Whether the front matter names a title. */
    public boolean hasTitle() {
        return titleStart >= 0;
    }

    /** The original offset where the title value starts. */
    public int titleStart() {
        return titleStart;
    }

    /** The original offset after the title value. */
    public int titleEnd() {
        return titleEnd;
    }

    private static int lineEnd(String s, int from) {
        int eol = s.indexOf('\n', from);
        return eol < 0 ? s.length() : eol;
    }

    private static boolean blankRest(String s, int from) {
        return isBlank(s, from, lineEnd(s, from));
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The offset of the separator of a {@code key: value} line (a key of letters, digits, _ and -), or -1. */
    private static int keySeparator(String s, int from, int to, char sep) {
        int i = from;
        while (i < to && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '-')) {
            i++;
        }
        if (i == from) {
            return -1;
        }
        while (i < to && s.charAt(i) == ' ') {
            i++;
        }
        return i < to && s.charAt(i) == sep ? i : -1;
    }
}
