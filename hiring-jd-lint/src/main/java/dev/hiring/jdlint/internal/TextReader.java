package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.BlockKind;

/**
 * Reads plain text: blank lines separate paragraphs; lines starting with a bullet or a number are list items;
 * a short standalone line (at most 8 words, no closing period) is a heading.
 */
public final class TextReader {
    private TextReader() {}

    /** Reads {@code src} into {@code b}. */
    public static void read(String src, DocBuilder b) {
        int n = src.length();
        int pos = 0;
        boolean inPara = false;
        int listId = -1;
        boolean prevBlank = true;
        while (pos <= n) {
            int eol = src.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            int s = pos;
            while (s < eol && (src.charAt(s) == ' ' || src.charAt(s) == '\t')) {
                s++;
            }
            int e = eol;
            while (e > s && Character.isWhitespace(src.charAt(e - 1))) {
                e--;
            }
            int indent = s - pos;
            int next = eol + 1;
            if (s >= e) {
                if (inPara) {
                    b.endBlock(BlockKind.PARAGRAPH, 0, -1, s);
                    inPara = false;
                }
                prevBlank = true;
                listId = -1;
            } else {
                int marker = marker(src, s, e);
                if (marker > 0) {
                    if (inPara) {
                        b.endBlock(BlockKind.PARAGRAPH, 0, -1, s);
                        inPara = false;
                    }
                    if (listId < 0) {
                        listId = b.newListId();
                    }
                    b.startBlock();
                    b.leadIn(false);
                    b.text.append(src, marker, e, false, false);
                    b.endBlock(BlockKind.ITEM, indent / 2, listId, e);
                } else if (!inPara && prevBlank && isHeading(src, s, e, next, n)) {
                    listId = -1;
                    int hs = s;
                    while (hs < e && src.charAt(hs) == '#') {
                        hs++;
                    }
                    b.startBlock();
                    b.text.append(src, hs, e, false, false);
                    b.endBlock(BlockKind.HEADING, 2, -1, e);
                } else {
                    listId = -1;
                    if (!inPara) {
                        b.startBlock();
                        inPara = true;
                    } else {
                        b.text.space(pos, s);
                    }
                    b.leadIn(false);
                    b.text.append(src, s, e, false, false);
                }
                prevBlank = false;
            }
            pos = next;
        }
        if (inPara) {
            b.endBlock(BlockKind.PARAGRAPH, 0, -1, n);
        }
    }

    /** The offset after a list marker and its space, or -1. */
    private static int marker(String src, int s, int e) {
        int cp = src.codePointAt(s);
        int after = s + Character.charCount(cp);
        if (Bullets.isBullet(cp) && after < e && (src.charAt(after) == ' ' || src.charAt(after) == '\t')) {
            return after + 1;
        }
        int d = s;
        while (d < e && d - s < 3 && Character.isDigit(src.charAt(d))) {
            d++;
        }
        if (d > s && d + 1 < e && (src.charAt(d) == '.' || src.charAt(d) == ')') && src.charAt(d + 1) == ' ') {
            return d + 2;
        }
        return -1;
    }

    private static boolean isHeading(String src, int s, int e, int next, int n) {
        if (src.charAt(s) == '#') {
            return true;
        }
        if (e - s > 60) {
            return false;
        }
        char last = src.charAt(e - 1);
        if (last == '.' || last == ',' || last == ';') {
            return false;
        }
        int words = 1;
        for (int i = s; i < e; i++) {
            if (src.charAt(i) == ' ') {
                words++;
            }
        }
        if (words > 8) {
            return false;
        }
        if (last == ':') {
            return true;
        }
        // standalone: followed by a blank line or the end
        int eol = next < n ? src.indexOf('\n', next) : -1;
        int ne = eol < 0 ? n : eol;
        return next >= n || src.substring(Math.min(next, n), ne).isBlank();
    }
}
