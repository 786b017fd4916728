package dev.hiring.jdlint;

import java.util.Locale;

/** The markup of a job description. */
public enum InputFormat {
    /** CommonMark Markdown. */
    MARKDOWN,
    /** HTML, a page or a fragment. */
    HTML,
    /** Plain text. */
    TEXT;

    /** The format a file name suggests: .html/.htm → HTML, .txt → TEXT, anything else → MARKDOWN. */
    public static InputFormat fromFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return HTML;
        }
        if (n.endsWith(".txt")) {
            return TEXT;
        }
        return MARKDOWN;
    }
}
