package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.BlockKind;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/** Reads HTML with jsoup, tracking source positions so every character maps back to the original. */
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
    private static final Set<String> SKIP = Set.of("script", "style", "head", "noscript", "template", "svg", "img");

    private final String src;
    private final DocBuilder b;
    private final Map<Element, Integer> listIds = new IdentityHashMap<>();
    private BlockKind pending = BlockKind.PARAGRAPH;
    private int pendingLevel;
    private int pendingList = -1;

    private HtmlReader(String src, DocBuilder b) {
        this.src = src;
        this.b = b;
    }

    /** Reads {@code src} into {@code b}. */
    public static void read(String src, DocBuilder b) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document d = Jsoup.parse(src, "", parser);
        HtmlReader r = new HtmlReader(src, b);
        r.b.startBlock();
        r.walk(d.body());
        r.flush(src.length());
    }

    private void walk(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                Range r = t.sourceRange();
                if (r.isTracked() && r.endPos() > r.startPos()) {
                    if (!b.isOpen()) {
                        b.startBlock();
                        b.leadIn(false);
                    }
                    b.text.append(src, r.startPos(), r.endPos(), false, false);
                }
            } else if (n instanceof Element c) {
                String tag = c.normalName();
                if (SKIP.contains(tag)) {
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    flush(c.sourceRange().startPos());
                    open(c);
                } else if (tag.equals("strong") || tag.equals("b")) {
                    if (!b.isOpen()) {
                        b.startBlock();
                    }
                    b.leadIn(true);
                }
                walk(c);
                if (block) {
                    flush(Math.max(
                            0,
                            c.endSourceRange().isTracked() ? c.endSourceRange().startPos() : src.length()));
                }
            }
        }
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
            b.endBlock(pending, pendingLevel, pendingList, Math.min(at, src.length()));
            pending = BlockKind.PARAGRAPH;
            pendingLevel = 0;
            pendingList = -1;
        }
        b.startBlock();
    }
}
