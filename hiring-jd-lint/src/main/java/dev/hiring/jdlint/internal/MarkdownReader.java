package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.BlockKind;
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

/** Reads Markdown with commonmark-java, keeping source spans so every character maps back to the original. */
public final class MarkdownReader {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private final String src;
    private final DocBuilder b;

    private MarkdownReader(String src, DocBuilder b) {
        this.src = src;
        this.b = b;
    }

    /** Reads {@code src} into {@code b}. */
    public static void read(String src, DocBuilder b) {
        Node doc = PARSER.parse(src);
        new MarkdownReader(src, b).blocks(doc, 0, -1);
    }

    private void blocks(Node parent, int depth, int listId) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Heading h) {
                b.startBlock();
                b.leadIn(false);
                inlines(h);
                b.endBlock(BlockKind.HEADING, h.getLevel(), -1, end(h));
            } else if (c instanceof Paragraph p) {
                boolean item = parent instanceof ListItem && parent.getFirstChild() == p;
                b.startBlock();
                b.leadIn(false);
                inlines(p);
                b.endBlock(item ? BlockKind.ITEM : BlockKind.PARAGRAPH, item ? depth : 0, item ? listId : -1, end(p));
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
                raw(c, false);
            } else if (c instanceof HtmlBlock hb) {
                if (!hb.getLiteral().stripLeading().startsWith("<!--")) {
                    raw(c, true);
                }
            } else if (!(c instanceof ThematicBreak)) {
                blocks(c, depth, listId);
            }
        }
    }

    private void raw(Node n, boolean skipTags) {
        b.startBlock();
        b.leadIn(false);
        for (SourceSpan s : n.getSourceSpans()) {
            b.text.append(src, s.getInputIndex(), s.getInputIndex() + s.getLength(), false, skipTags);
            b.text.space(s.getInputIndex() + s.getLength(), s.getInputIndex() + s.getLength());
        }
        b.endBlock(BlockKind.PARAGRAPH, 0, -1, end(n));
    }

    private void inlines(Node parent) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text || c instanceof Code) {
                spans(c.getSourceSpans());
            } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                int at = start(c);
                b.text.space(at, at);
                b.leadIn(false);
            } else if (c instanceof StrongEmphasis) {
                b.leadIn(true);
                inlines(c);
            } else if (c instanceof Emphasis) {
                inlines(c);
            } else if (c instanceof Image || c instanceof HtmlInline) {
                continue;
            } else {
                inlines(c);
            }
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
