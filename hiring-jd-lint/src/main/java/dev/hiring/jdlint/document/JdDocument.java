package dev.hiring.jdlint.document;

import dev.hiring.jdlint.internal.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A job description read for linting: the original text; the normalized text (NFKC, lower case, zero-width
 * characters and soft hyphens removed, homoglyphs folded, entities decoded, blocks separated by newlines) with a
 * map from every normalized offset back to the original; its tokens (one linear pass); its blocks, sections and
 * title; and a map from original offsets to lines and columns. Rules read it and never re-parse text.
 *
 * <p>Documents come from {@code dev.hiring.jdlint.JdReader}, which finds the blocks, the title and the sections and
 * hands them to {@link #of} and {@link #withStructure}. Everything a document answers is fixed when it is made: the
 * tokens, the word index and the section-at-offset index are computed once, at construction.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JdDocument {
    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int[] lineStarts;
    private final Tokens tokens;
    private final int[] words;
    private final List<Block> blocks;
    private final List<Section> sections;
    private final @Nullable Block titleBlock;
    /** The offsets where the innermost section changes, in order (see {@link #sectionAt}). */
    private final int[] sectionBounds;
    /** Per interval {@code [sectionBounds[i], sectionBounds[i + 1])}: the index of its innermost section, or -1. */
    private final int[] sectionOfBound;

    private JdDocument(
            String original,
            String text,
            int[] starts,
            int[] ends,
            int[] lineStarts,
            Tokens tokens,
            int[] words,
            List<Block> blocks,
            @Nullable Block titleBlock,
            List<Section> sections) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.lineStarts = lineStarts;
        this.tokens = tokens;
        this.words = words;
        this.blocks = List.copyOf(blocks);
        this.titleBlock = titleBlock;
        this.sections = List.copyOf(sections);
        int[][] index = sectionIndex(this.sections);
        this.sectionBounds = index[0];
        this.sectionOfBound = index[1];
    }

    /**
     * A document of a normalized text and its blocks, without title or sections (a reader adds them with
     * {@link #withStructure}). The text is tokenized here; block ends past the text are cut to it and blocks left
     * empty are dropped.
     *
     * @param original the text as read
     * @param text the normalized text
     * @param originalStarts per normalized character, the original offset where it starts (copied)
     * @param originalEnds per normalized character, the original offset after it (copied)
     * @param blocks the blocks of the normalized text, in order
     * @throws IllegalArgumentException if the offset maps are shorter than the text
     */
    public static JdDocument of(
            String original, String text, int[] originalStarts, int[] originalEnds, List<Block> blocks) {
        if (originalStarts.length < text.length() || originalEnds.length < text.length()) {
            throw new IllegalArgumentException("originalStarts and originalEnds must cover the normalized text");
        }
        Tokens tokens = Tokens.of(text);
        int[] w = new int[tokens.count];
        int n = 0;
        for (int i = 0; i < tokens.count; i++) {
            if (tokens.kind[i] != Tokens.PUNCT) {
                w[n++] = i;
            }
        }
        List<Block> bl = new ArrayList<>();
        for (Block blk : blocks) {
            int e = Math.min(blk.end(), text.length());
            if (blk.start() < e) {
                bl.add(new Block(blk.kind(), blk.start(), e, blk.level(), blk.listId()));
            }
        }
        return new JdDocument(
                original,
                text,
                Arrays.copyOf(originalStarts, text.length()),
                Arrays.copyOf(originalEnds, text.length()),
                lineStarts(original),
                tokens,
                Arrays.copyOf(w, n),
                bl,
                null,
                List.of());
    }

    /**
     * This document with other blocks, title and sections (the same text and tokens): how a reader completes a
     * document once it has found its structure.
     *
     * @param blocks the blocks, in order
     * @param titleBlock the title block, if any
     * @param sections the sections, in order of their start
     * @throws IllegalArgumentException if a block or section lies outside the normalized text
     */
    public JdDocument withStructure(List<Block> blocks, @Nullable Block titleBlock, List<Section> sections) {
        for (Block b : blocks) {
            checkRange(b.start(), b.end());
        }
        for (Section s : sections) {
            checkRange(s.start(), s.end());
        }
        return new JdDocument(original, text, starts, ends, lineStarts, tokens, words, blocks, titleBlock, sections);
    }

    private void checkRange(int start, int end) {
        if (start < 0 || end > text.length()) {
            throw new IllegalArgumentException(
                    "range " + start + ".." + end + " outside the normalized text (length " + text.length() + ")");
        }
    }

    /**
     * The innermost section at each offset, as intervals: the bounds where it changes, and per interval the index
     * of the section (the one with the greatest start containing the interval; of two with the same start, the
     * later), or -1. One sweep over the section starts and ends.
     */
    private static int[][] sectionIndex(List<Section> sections) {
        int n = sections.size();
        if (n == 0) {
            return new int[][] {new int[0], new int[0]};
        }
        int[] points = new int[2 * n];
        for (int i = 0; i < n; i++) {
            points[2 * i] = sections.get(i).start();
            points[2 * i + 1] = sections.get(i).end();
        }
        Arrays.sort(points);
        int m = 0;
        for (int i = 0; i < points.length; i++) {
            if (m == 0 || points[m - 1] != points[i]) {
                points[m++] = points[i];
            }
        }
        int[] bounds = Arrays.copyOf(points, m);
        Integer[] byStart = new Integer[n];
        Integer[] byEnd = new Integer[n];
        for (int i = 0; i < n; i++) {
            byStart[i] = i;
            byEnd[i] = i;
        }
        Arrays.sort(byStart, Comparator.comparingInt(i -> sections.get(i).start()));
        Arrays.sort(byEnd, Comparator.comparingInt(i -> sections.get(i).end()));
        TreeSet<Integer> active = new TreeSet<>(
                Comparator.comparingInt((Integer i) -> sections.get(i).start()).thenComparingInt(i -> i));
        int[] best = new int[m];
        int s = 0;
        int e = 0;
        for (int b = 0; b < m; b++) {
            int at = bounds[b];
            while (e < n && sections.get(byEnd[e]).end() <= at) {
                active.remove(byEnd[e++]);
            }
            while (s < n && sections.get(byStart[s]).start() <= at) {
                Section sec = sections.get(byStart[s]);
                // the part of a mixed list lies inside the list's own section, which stays the innermost one
                if (sec.end() > at && sec.basis() != SectionBasis.MIXED_LIST) {
                    active.add(byStart[s]);
                }
                s++;
            }
            best[b] = active.isEmpty() ? -1 : active.last();
        }
        return new int[][] {bounds, best};
    }

    private static int[] lineStarts(String s) {
        int[] ls = new int[16];
        int n = 0;
        ls[n++] = 0;
        boolean cr = s.indexOf('\r') >= 0;
        int i = cr ? 0 : s.indexOf('\n');
        while (i >= 0 && i < s.length()) {
            if (cr) {
                char c = s.charAt(i);
                boolean brk = c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'));
                if (!brk) {
                    i++;
                    continue;
                }
            }
            if (n == ls.length) {
                ls = Arrays.copyOf(ls, n * 2);
            }
            ls[n++] = i + 1;
            i = cr ? i + 1 : s.indexOf('\n', i + 1);
        }
        return Arrays.copyOf(ls, n);
    }

    /** The original text as read. */
    public String original() {
        return original;
    }

    /** The normalized text. */
    public String text() {
        return text;
    }

    /** The number of tokens. */
    public int tokenCount() {
        return tokens.count;
    }

    /** The normalized text of token {@code i}. */
    public String token(int i) {
        return tokens.text(i);
    }

    /** The normalized start offset of token {@code i}. */
    public int tokenStart(int i) {
        return tokens.start[i];
    }

    /** The normalized end offset of token {@code i}. */
    public int tokenEnd(int i) {
        return tokens.end[i];
    }

    /** Whether token {@code i} is a word or number (not punctuation). */
    public boolean isWord(int i) {
        return tokens.kind[i] != Tokens.PUNCT;
    }

    /** Whether token {@code i} starts with a digit. */
    public boolean isNumber(int i) {
        return tokens.kind[i] == Tokens.NUMBER;
    }

    /** The sentence number of token {@code i}: it increments after . ! ? ; and at each block boundary. */
    public int sentence(int i) {
        return tokens.sentence[i];
    }

    /** The number of word tokens (tokens with a letter or digit); the length measure of a document. */
    public int wordCount() {
        return words.length;
    }

    /** The token index of the {@code k}-th word token. */
    public int wordToken(int k) {
        return words[k];
    }

    /** The index of the first word token starting at or after normalized offset {@code offset}. */
    public int firstWordAtOrAfter(int offset) {
        int lo = 0;
        int hi = words.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.start[words[mid]] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The blocks in order. */
    public List<Block> blocks() {
        return blocks;
    }

    /** The sections in order of their start. */
    public List<Section> sections() {
        return sections;
    }

    /** The sections of one kind. */
    public List<Section> sections(SectionKind kind) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.kind() == kind) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The innermost section containing the normalized offset (the containing section that starts last, never the
     * part of a mixed list, {@link SectionBasis#MIXED_LIST}), if any: a binary search over the section index made at
     * construction.
     */
    public Optional<Section> sectionAt(int offset) {
        int lo = 0;
        int hi = sectionBounds.length - 1;
        int at = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sectionBounds[mid] <= offset) {
                at = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return at < 0 || sectionOfBound[at] < 0 ? Optional.empty() : Optional.of(sections.get(sectionOfBound[at]));
    }

    /** The block containing the normalized offset, if any. */
    public Optional<Block> blockAt(int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Block b = blocks.get(mid);
            if (offset < b.start()) {
                hi = mid - 1;
            } else if (offset >= b.end()) {
                lo = mid + 1;
            } else {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** The title block (the first heading, or a short first paragraph), if any. */
    public Optional<Block> titleBlock() {
        return Optional.ofNullable(titleBlock);
    }

    /** The title as written in the original text (trimmed), if any. */
    public Optional<String> title() {
        return titleBlock == null ? Optional.empty() : Optional.of(originalText(titleBlock.start(), titleBlock.end()));
    }

    /** The original text of a normalized range, trimmed. */
    public String originalText(int normStart, int normEnd) {
        Span s = span(normStart, normEnd);
        return original.substring(s.start(), s.end()).strip();
    }

    /** The normalized text of a range. */
    public String normalized(int normStart, int normEnd) {
        return text.substring(normStart, normEnd);
    }

    /** The original span of a normalized range {@code [normStart, normEnd)}; empty ranges are allowed. */
    public Span span(int normStart, int normEnd) {
        int os;
        int oe;
        if (text.isEmpty()) {
            os = 0;
            oe = 0;
        } else {
            int s = Math.max(0, Math.min(normStart, text.length() - 1));
            os = starts[s];
            if (normEnd > normStart) {
                oe = ends[Math.max(0, Math.min(normEnd, text.length()) - 1)];
            } else {
                oe = os;
            }
            oe = Math.max(os, oe);
        }
        return originalSpan(os, oe);
    }

    /** The span of an original range. */
    public Span originalSpan(int start, int end) {
        int s = Math.max(0, Math.min(start, original.length()));
        int e = Math.max(s, Math.min(end, original.length()));
        int l1 = lineOf(s);
        int l2 = lineOf(e);
        return new Span(s, e, l1 + 1, s - lineStarts[l1] + 1, l2 + 1, e - lineStarts[l2] + 1);
    }

    /** The 0-based line index of an original offset. */
    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The 1-based line of an original offset. */
    public int lineAt(int originalOffset) {
        return lineOf(Math.max(0, Math.min(originalOffset, original.length()))) + 1;
    }

    /** The original offset where a 1-based line starts (the text length past the last line). */
    public int lineStart(int line) {
        if (line < 1) {
            return 0;
        }
        return line - 1 < lineStarts.length ? lineStarts[line - 1] : original.length();
    }
}
