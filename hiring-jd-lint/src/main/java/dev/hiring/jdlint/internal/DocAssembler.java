package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.BlockKind;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionKind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a reader produced into a finished {@link JdDocument}: the text and its tokens, then the label lines
 * that are headings, the title and the sections, handed to the document once found.
 */
public final class DocAssembler {
    private static final int LABEL_LEVEL = 4;
    private static final int MAX_LABEL_CHARS = 100;
    private static final int MAX_LABEL_WORDS = 12;
    private static final int MAX_STANDALONE_LABEL_WORDS = 8;
    private static final int MIN_AMOUNT_DIGITS = 3;

    private DocAssembler() {}

    /**
     * The document of an original text, from the reader's output. One document of the text and its tokens serves
     * to find the headings, the title and the sections (they need its words and word lists); the finished document
     * shares its text, tokens and the data derived from them ({@link DocumentData#handOver}).
     */
    public static JdDocument assemble(String original, DocBuilder b) {
        JdDocument plain = JdDocument.of(original, b.text.text(), b.text.starts(), b.text.ends(), b.blocks());
        // one pass over the words fills the match index of every built-in word list, the reader's and the rules'
        Lexicons.all().index(plain);
        List<Block> blocks = List.copyOf(labelsAsHeadings(plain, plain.blocks()));
        Block title = findTitle(plain, blocks);
        List<Section> sections = SectionBuilder.build(plain, blocks, title, b.leadIns(), b.leadInBold());
        JdDocument done = plain.withStructure(blocks, title, sections);
        DocumentData.handOver(plain, done);
        return done;
    }

    /**
     * The title: a first heading of level 1, or a first heading that names no known section, or a short first
     * paragraph (no colon, not ended like a sentence) followed by more text. A heading that is only a section name
     * ("Minimum qualifications") or a metadata label ("Sector", "Division") is not a title, whatever its level.
     */
    private static @Nullable Block findTitle(JdDocument doc, List<Block> blocks) {
        if (blocks.isEmpty()) {
            return null;
        }
        Block first = blocks.get(0);
        if (first.kind() == BlockKind.HEADING) {
            if (SectionBuilder.isLabelOnly(doc, first.start(), first.end())) {
                return null;
            }
            return first.level() == 1 || SectionBuilder.classify(doc, first.start(), first.end()) == SectionKind.OTHER
                    ? first
                    : null;
        }
        if (first.kind() == BlockKind.PARAGRAPH && blocks.size() > 1 && first.end() - first.start() <= 100) {
            String t = doc.text().substring(first.start(), first.end());
            char last = t.charAt(t.length() - 1);
            return t.indexOf(':') < 0 && last != '.' && last != ',' && last != ';' ? first : null;
        }
        return null;
    }

    /**
     * A short line that labels what follows is a heading, however it is written: a plain line before a list
     * ("Requirements", "What you'll do:"), or a standalone line of heading words ("What we look for"). Not the
     * first block (the title is found separately) and never a sentence (a closing period, comma or semicolon).
     */
    private static List<Block> labelsAsHeadings(JdDocument doc, List<Block> in) {
        List<Block> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Block b = in.get(i);
            if (i > 0 && i + 1 < in.size() && b.kind() == BlockKind.PARAGRAPH && isLabel(doc, b, in.get(i + 1))) {
                out.add(new Block(BlockKind.HEADING, b.start(), b.end(), LABEL_LEVEL, -1));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean isLabel(JdDocument doc, Block b, Block next) {
        String text = doc.text();
        int len = b.end() - b.start();
        char last = text.charAt(b.end() - 1);
        if (len > MAX_LABEL_CHARS || last == '.' || last == ',' || last == ';' || last == '!') {
            return false;
        }
        int words = doc.firstWordAtOrAfter(b.end()) - doc.firstWordAtOrAfter(b.start());
        if (words == 0 || words > MAX_LABEL_WORDS) {
            return false;
        }
        if (next.kind() == BlockKind.ITEM) {
            return true;
        }
        for (int i = b.start(); i < b.end(); i++) {
            if (text.charAt(i) == ':' && i + 1 < b.end()) {
                return false;
            }
        }
        // a line with an amount in it states something ("Package - £40,000 + benefits"); it does not label
        for (int k = doc.firstWordAtOrAfter(b.start());
                k < doc.wordCount() && doc.tokenStart(doc.wordToken(k)) < b.end();
                k++) {
            int t = doc.wordToken(k);
            if (doc.isNumber(t) && doc.tokenEnd(t) - doc.tokenStart(t) >= MIN_AMOUNT_DIGITS) {
                return false;
            }
        }
        return words <= MAX_STANDALONE_LABEL_WORDS && SectionBuilder.classifyText(doc, b.start(), b.end());
    }
}
