package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.BlockKind;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads HTML with jsoup, tracking source positions so every character maps back to the original. A paragraph
 * that is bold only ({@code <p><strong>Requirements</strong></p>}) is a heading, and an element with two or more
 * {@code <br>} children is a list with one item per line.
 */
public final class HtmlReader {
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "header",
            "footer",
            "main",
            "aside",
            "blockquote",
            "pre",
            "table",
            "tr",
            "td",
            "th",
            "dl",
            "dt",
            "dd",
            "ul",
            "ol",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "br",
            "hr",
            "nav",
            "figure",
            "figcaption",
            "address",
            "form");
    private static final int MAX_BOLD_HEADING = 100;
    private static final Set<String> SKIP = Set.of("script", "style", "head", "noscript", "template", "svg", "img");

    private final String src;
    private final int base;
    private final DocBuilder b;
    private final IdentityHashMap<Element, Integer> listIds = new IdentityHashMap<>();
    private BlockKind pending = BlockKind.PARAGRAPH;
    private int pendingLevel;
    private int pendingList = -1;
    private int strongDepth;
    private boolean plainText;
    private boolean lineItem;

    private HtmlReader(String src, int base, DocBuilder b) {
        this.src = src;
        this.base = base;
        this.b = b;
    }

    /** Reads {@code src} into {@code b}. */
    public static void read(String src, DocBuilder b) {
        read(src, 0, src.length(), b);
    }

    /**
     * Reads the HTML of {@code src} from {@code from} to {@code to} into {@code b}, mapping every character to its
     * offset in {@code src} (an HTML block inside Markdown).
     */
    public static void read(String src, int from, int to, DocBuilder b) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document d = Jsoup.parse(from == 0 && to == src.length() ? src : src.substring(from, to), "", parser);
        HtmlReader r = new HtmlReader(src, from, b);
        r.b.startBlock();
        r.walk(d.body());
        r.flush(to);
    }

    private void walk(Element e) {
        int brs = 0;
        for (Element c : e.children()) {
            if (c.normalName().equals("br")) {
                brs++;
            }
        }
        boolean lineList = brs >= 2 && !e.normalName().equals("li");
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                Range r = t.sourceRange();
                if (r.isTracked() && r.endPos() > r.startPos()) {
                    if (!b.isOpen()) {
                        b.startBlock();
                        b.leadIn(false);
                    }
                    if (strongDepth == 0 && !isBlankOrColon(t.getWholeText())) {
                        plainText = true;
                    }
                    b.text.append(src, base + r.startPos(), base + r.endPos(), false, false);
                }
            } else if (n instanceof Element c) {
                String tag = c.normalName();
                if (SKIP.contains(tag)) {
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                boolean strong = tag.equals("strong") || tag.equals("b");
                if (block) {
                    if (lineList && tag.equals("br") && pending == BlockKind.PARAGRAPH && b.hasOpenText()) {
                        lineItemOf(e);
                    }
                    flush(base + c.sourceRange().startPos());
                    open(c);
                    if (lineList && tag.equals("br")) {
                        lineItemOf(e);
                    }
                } else if (strong) {
                    if (!b.isOpen()) {
                        b.startBlock();
                    }
                    b.leadIn(true);
                }
                if (strong) {
                    strongDepth++;
                }
                walk(c);
                if (strong) {
                    strongDepth--;
                }
                if (block) {
                    flush(Math.max(
                            0,
                            c.endSourceRange().isTracked()
                                    ? base + c.endSourceRange().startPos()
                                    : base
                                            + (c.sourceRange().isTracked()
                                                    ? c.sourceRange().endPos()
                                                    : 0)));
                }
            }
        }
    }

    /** Makes the pending block a line of the list that element {@code e} splits with {@code <br>}. */
    private void lineItemOf(Element e) {
        pending = BlockKind.ITEM;
        pendingLevel = 0;
        pendingList = listIds.computeIfAbsent(e, k -> b.newListId());
        lineItem = true;
    }

    private static boolean isBlankOrColon(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != ':' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    private void open(Element c) {
        String tag = c.normalName();
        b.startBlock();
        b.leadIn(false);
        if (tag.equals("li")) {
            pending = BlockKind.ITEM;
            int depth = -1;
            Element list = null;
            for (Element p = c.parent(); p != null; p = p.parent()) {
                if (p.normalName().equals("ul") || p.normalName().equals("ol")) {
                    depth++;
                    if (list == null) {
                        list = p;
                    }
                }
            }
            pendingLevel = Math.max(0, depth);
            pendingList = list == null ? -1 : listIds.computeIfAbsent(list, k -> b.newListId());
        } else if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            pending = BlockKind.HEADING;
            pendingLevel = tag.charAt(1) - '0';
            pendingList = -1;
        } else if (pending == BlockKind.ITEM && !b.hasOpenText()) {
            // a paragraph inside a list item stays the item
        } else {
            pending = BlockKind.PARAGRAPH;
            pendingLevel = 0;
            pendingList = -1;
        }
    }

    private void flush(int at) {
        if (b.hasOpenText()) {
            if (!plainText && (pending == BlockKind.PARAGRAPH || lineItem) && b.openLength() <= MAX_BOLD_HEADING) {
                pending = BlockKind.HEADING;
                pendingLevel = 4;
                pendingList = -1;
            }
            b.endBlock(pending, pendingLevel, pendingList, Math.min(at, src.length()));
            pending = BlockKind.PARAGRAPH;
            pendingLevel = 0;
            pendingList = -1;
        }
        plainText = false;
        lineItem = false;
        b.startBlock();
    }
}
