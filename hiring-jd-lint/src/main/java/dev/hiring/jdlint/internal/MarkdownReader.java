package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.BlockKind;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown with commonmark-java, keeping source spans so every character maps back to the original.
 *
 * <p>Beyond CommonMark, it reads Markdown the way people write it: inside a paragraph, a line that is bold only
 * ({@code **Requirements**}) or starts with hashes without a space ({@code ###Requirements}) is a heading; a line
 * that starts with a bullet character ({@code •}, {@code ●}, {@code ▪}, {@code –} …) is a list item; and a
 * paragraph of three or more lines ended by hard breaks (a backslash, two spaces or {@code <br>}) is a list, one
 * item per line. HTML blocks are read with the HTML reader; a document whose body is mostly HTML is read as HTML
 * as a whole, so it gives the same document as the same body in an {@code .html} file.
 */
public final class MarkdownReader {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final int MAX_HEADING_WORDS = 12;

    private final String src;
    private final DocBuilder b;
    /** The list of bullet lines the last paragraph ended in, so that bullet paragraphs in a row form one list. */
    private int looseList = -1;

    private MarkdownReader(String src, DocBuilder b) {
        this.src = src;
        this.b = b;
    }

    /** Reads {@code src} into {@code b}. */
    public static void read(String src, DocBuilder b) {
        Node doc = PARSER.parse(src);
        if (mostlyHtml(doc)) {
            HtmlReader.read(src, 0, src.length(), b);
            return;
        }
        new MarkdownReader(src, b).blocks(doc, 0, -1);
    }

    /** Whether the top-level HTML blocks hold at least half of the characters of the document's top-level blocks. */
    private static boolean mostlyHtml(Node doc) {
        long html = 0;
        long other = 0;
        for (Node c = doc.getFirstChild(); c != null; c = c.getNext()) {
            long n = 0;
            for (SourceSpan s : c.getSourceSpans()) {
                n += s.getLength();
            }
            if (c instanceof HtmlBlock hb && !hb.getLiteral().stripLeading().startsWith("<!--")) {
                html += n;
            } else {
                other += n;
            }
        }
        return html > 0 && html >= other;
    }

    private void blocks(Node parent, int depth, int listId) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof Paragraph)) {
                looseList = -1;
            }
            if (c instanceof Heading h) {
                b.startBlock();
                b.leadIn(false);
                inlines(h.getFirstChild(), null);
                b.endBlock(BlockKind.HEADING, h.getLevel(), -1, end(h));
            } else if (c instanceof Paragraph p) {
                boolean item = parent instanceof ListItem && parent.getFirstChild() == p;
                paragraph(p, item, depth, listId);
            } else if (c instanceof ListBlock) {
                int id = b.newListId();
                int d = parent instanceof ListItem ? depth + 1 : 0;
                for (Node li = c.getFirstChild(); li != null; li = li.getNext()) {
                    blocks(li, d, id);
                }
            } else if (c instanceof ListItem) {
                blocks(c, depth, listId);
            } else if (c instanceof BlockQuote) {
                blocks(c, depth, listId);
            } else if (c instanceof FencedCodeBlock || c instanceof IndentedCodeBlock) {
                raw(c);
            } else if (c instanceof HtmlBlock hb) {
                if (!hb.getLiteral().stripLeading().startsWith("<!--")) {
                    int from = start(c);
                    HtmlReader.read(src, from, Math.max(from, end(c)), b);
                }
            } else if (!(c instanceof ThematicBreak)) {
                blocks(c, depth, listId);
            }
        }
    }

    /** The kind of one line of a paragraph. */
    private enum LineKind {
        TEXT,
        BULLET,
        HASH_HEADING,
        BOLD_HEADING
    }

    /** One line of a paragraph: its first inline, the inline after its last, and how it ends. */
    private record Line(
            Node first, @org.jspecify.annotations.Nullable Node stop, boolean hardBreak) {}

    /**
     * A paragraph, line by line: a paragraph of plain lines is one block (a list item's first paragraph is the
     * item); heading lines, bullet lines and hard-broken lines become blocks of their own.
     */
    private void paragraph(Paragraph p, boolean item, int depth, int listId) {
        List<Line> lines = lines(p);
        int hardBreaks = 0;
        for (Line l : lines) {
            if (l.hardBreak()) {
                hardBreaks++;
            }
        }
        boolean lineList = hardBreaks >= 2;
        BlockKind open = null;
        int openLevel = 0;
        int openList = -1;
        int bulletList = -1;
        boolean prevHard = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            LineKind kind = kind(l);
            int from = start(l.first());
            if (kind == LineKind.HASH_HEADING || kind == LineKind.BOLD_HEADING) {
                close(open, openLevel, openList, from);
                open = null;
                bulletList = -1;
                b.startBlock();
                b.leadIn(kind == LineKind.BOLD_HEADING);
                int level = 4;
                if (kind == LineKind.HASH_HEADING) {
                    int at = skipSpaces(from);
                    int h = at;
                    while (h < src.length() && src.charAt(h) == '#') {
                        h++;
                    }
                    level = Math.min(6, h - at);
                    appendFrom(l, h);
                } else {
                    inlines(l.first(), l.stop());
                }
                b.endBlock(BlockKind.HEADING, level, -1, lineEnd(l));
            } else if (kind == LineKind.BULLET) {
                close(open, openLevel, openList, from);
                if (bulletList < 0) {
                    bulletList = i == 0 && looseList >= 0 ? looseList : b.newListId();
                }
                open = BlockKind.ITEM;
                openLevel = item ? depth + 1 : 0;
                openList = bulletList;
                b.startBlock();
                b.leadIn(false);
                int at = skipSpaces(from);
                appendFrom(l, at + Character.charCount(src.codePointAt(at)));
            } else if (open != null && !(lineList && prevHard)) {
                b.text.space(from, from);
                b.leadIn(false);
                inlines(l.first(), l.stop());
            } else {
                close(open, openLevel, openList, from);
                if (i == 0 && item) {
                    open = BlockKind.ITEM;
                    openLevel = depth;
                    openList = listId;
                } else if (lineList
                        && !(i + 1 < lines.size() && kind(lines.get(i + 1)) == LineKind.BULLET)
                        && (prevHard || (i + 1 < lines.size() && l.hardBreak()))) {
                    if (bulletList < 0) {
                        bulletList = b.newListId();
                    }
                    open = BlockKind.ITEM;
                    openLevel = item ? depth + 1 : 0;
                    openList = bulletList;
                } else {
                    open = BlockKind.PARAGRAPH;
                    openLevel = 0;
                    openList = -1;
                    bulletList = -1;
                }
                b.startBlock();
                b.leadIn(false);
                inlines(l.first(), l.stop());
            }
            prevHard = l.hardBreak();
        }
        looseList = open == BlockKind.ITEM && openList == bulletList ? bulletList : -1;
        close(open, openLevel, openList, end(p));
    }

    private void close(@org.jspecify.annotations.Nullable BlockKind open, int level, int listId, int at) {
        if (open != null) {
            b.endBlock(open, level, open == BlockKind.ITEM ? listId : -1, at);
        }
    }

    /** The lines of a paragraph, split at soft and hard line breaks and at {@code <br>}. */
    private List<Line> lines(Paragraph p) {
        List<Line> out = new ArrayList<>();
        Node first = p.getFirstChild();
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            boolean hard = c instanceof HardLineBreak || isBr(c);
            if (hard || c instanceof SoftLineBreak) {
                if (first != null && first != c) {
                    out.add(new Line(first, c, hard));
                } else if (hard && !out.isEmpty()) {
                    Line last = out.remove(out.size() - 1);
                    out.add(new Line(last.first(), last.stop(), true));
                }
                first = c.getNext();
            }
        }
        if (first != null) {
            out.add(new Line(first, null, false));
        }
        return out;
    }

    private static boolean isBr(Node n) {
        if (!(n instanceof HtmlInline h)) {
            return false;
        }
        String t = h.getLiteral();
        if (t.length() < 4 || t.length() > 6 || t.charAt(0) != '<') {
            return false;
        }
        char c1 = Character.toLowerCase(t.charAt(1));
        char c2 = Character.toLowerCase(t.charAt(2));
        return c1 == 'b' && c2 == 'r' && (t.length() == 4 || t.charAt(3) == '/' || t.charAt(3) == ' ');
    }

    private LineKind kind(Line l) {
        int from = start(l.first());
        int at = skipSpaces(from);
        if (at >= src.length()) {
            return LineKind.TEXT;
        }
        char c = src.charAt(at);
        if (Bullets.isBullet(src.codePointAt(at))) {
            int after = at + Character.charCount(src.codePointAt(at));
            if (after < src.length() && (src.charAt(after) == ' ' || src.charAt(after) == '\t')) {
                return LineKind.BULLET;
            }
        }
        if (c == '#') {
            int h = at;
            while (h < src.length() && src.charAt(h) == '#') {
                h++;
            }
            if (h - at <= 6
                    && h < src.length()
                    && !Character.isWhitespace(src.charAt(h))
                    && words(l) <= MAX_HEADING_WORDS) {
                return LineKind.HASH_HEADING;
            }
        }
        if (boldOnly(l) && words(l) <= MAX_HEADING_WORDS) {
            return LineKind.BOLD_HEADING;
        }
        return LineKind.TEXT;
    }

    /** Whether the line's text is one strong emphasis, optionally followed by a colon. */
    private boolean boldOnly(Line l) {
        boolean strong = false;
        for (Node c = l.first(); c != null && c != l.stop(); c = c.getNext()) {
            if (c instanceof StrongEmphasis || (c instanceof Emphasis && isStrongInside(c))) {
                if (strong) {
                    return false;
                }
                strong = true;
            } else if (c instanceof Text t) {
                String s = t.getLiteral().strip();
                if (!(s.isEmpty() || s.equals(":"))) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return strong;
    }

    private static boolean isStrongInside(Node emphasis) {
        Node only = emphasis.getFirstChild();
        return only instanceof StrongEmphasis && only.getNext() == null;
    }

    private int words(Line l) {
        int from = start(l.first());
        int to = lineEnd(l);
        int n = 1;
        for (int i = from; i < to && i < src.length(); i++) {
            if (src.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    private int lineEnd(Line l) {
        int to = l.first() == l.stop() ? start(l.first()) : -1;
        for (Node c = l.first(); c != null && c != l.stop(); c = c.getNext()) {
            to = Math.max(to, end(c));
        }
        return Math.max(to, start(l.first()));
    }

    private int skipSpaces(int from) {
        int at = from;
        while (at < src.length() && (src.charAt(at) == ' ' || src.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /** Appends the line's text from an original offset on (dropping a marker before it). */
    private void appendFrom(Line l, int from) {
        for (Node c = l.first(); c != null && c != l.stop(); c = c.getNext()) {
            if (end(c) <= from) {
                continue;
            }
            if (start(c) < from && (c instanceof Text || c instanceof Code)) {
                for (SourceSpan s : c.getSourceSpans()) {
                    int a = Math.max(from, s.getInputIndex());
                    int e = s.getInputIndex() + s.getLength();
                    if (e > a) {
                        b.text.append(src, a, e, true, false);
                    }
                }
                continue;
            }
            inline(c);
        }
    }

    private void raw(Node n) {
        b.startBlock();
        b.leadIn(false);
        for (SourceSpan s : n.getSourceSpans()) {
            b.text.append(src, s.getInputIndex(), s.getInputIndex() + s.getLength(), false, false);
            b.text.space(s.getInputIndex() + s.getLength(), s.getInputIndex() + s.getLength());
        }
        b.endBlock(BlockKind.PARAGRAPH, 0, -1, end(n));
    }

    /** The inlines from {@code first} up to (not including) {@code stop}. */
    private void inlines(@org.jspecify.annotations.Nullable Node first, @org.jspecify.annotations.Nullable Node stop) {
        for (Node c = first; c != null && c != stop; c = c.getNext()) {
            inline(c);
        }
    }

    private void inline(Node c) {
        if (c instanceof Text || c instanceof Code) {
            spans(c.getSourceSpans());
        } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak || isBr(c)) {
            int at = start(c);
            b.text.space(at, at);
            b.leadIn(false);
        } else if (c instanceof StrongEmphasis) {
            b.leadIn(true);
            inlines(c.getFirstChild(), null);
        } else if (c instanceof Image || c instanceof HtmlInline) {
            return;
        } else {
            inlines(c.getFirstChild(), null);
        }
    }

    private void spans(List<SourceSpan> spans) {
        for (SourceSpan s : spans) {
            b.text.append(src, s.getInputIndex(), s.getInputIndex() + s.getLength(), true, false);
        }
    }

    private int start(Node n) {
        List<SourceSpan> s = n.getSourceSpans();
        return s.isEmpty() ? src.length() : s.get(0).getInputIndex();
    }

    private int end(Node n) {
        List<SourceSpan> s = n.getSourceSpans();
        if (s.isEmpty()) {
            return src.length();
        }
        SourceSpan last = s.get(s.size() - 1);
        return last.getInputIndex() + last.getLength();
    }
}
