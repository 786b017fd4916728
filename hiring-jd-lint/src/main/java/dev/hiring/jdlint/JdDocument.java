package dev.hiring.jdlint;

import dev.hiring.jdlint.internal.DocBuilder;
import dev.hiring.jdlint.internal.SectionBuilder;
import dev.hiring.jdlint.internal.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A job description read for linting: the original text; the normalized text (NFKC, lower case, zero-width
 * characters and soft hyphens removed, homoglyphs folded, entities decoded, blocks separated by newlines) with a
 * map from every normalized offset back to the original; its tokens (one linear pass); its blocks, sections and
 * title; and a map from original offsets to lines and columns. Rules read it and never re-parse text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JdDocument {
    private static final int LABEL_LEVEL = 4;
    private static final int MAX_LABEL_CHARS = 100;
    private static final int MAX_LABEL_WORDS = 12;
    private static final int MAX_STANDALONE_LABEL_WORDS = 8;

    private final String original;
    private final InputFormat format;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int[] lineStarts;
    private final Tokens tokens;
    private final int[] words;
    private final List<Block> blocks;
    private final List<Section> sections;
    private final @org.jspecify.annotations.Nullable Block titleBlock;
    private final java.util.concurrent.ConcurrentHashMap<Object, Object> derived =
            new java.util.concurrent.ConcurrentHashMap<>(128);

    JdDocument(String original, InputFormat format, DocBuilder b) {
        this.original = original;
        this.format = format;
        this.text = b.text.text();
        this.starts = b.text.starts();
        this.ends = b.text.ends();
        this.lineStarts = lineStarts(original);
        this.tokens = Tokens.of(text);
        int[] w = new int[tokens.count];
        int n = 0;
        for (int i = 0; i < tokens.count; i++) {
            if (tokens.kind[i] != Tokens.PUNCT) {
                w[n++] = i;
            }
        }
        this.words = Arrays.copyOf(w, n);
        // one pass over the words fills the match index of every built-in word list, the reader's included
        dev.hiring.jdlint.internal.Lexicons.all().index(this);
        List<Block> bl = new ArrayList<>();
        for (Block blk : b.blocks()) {
            int e = Math.min(blk.end(), text.length());
            if (blk.start() < e) {
                bl.add(new Block(blk.kind(), blk.start(), e, blk.level(), blk.listId()));
            }
        }
        this.blocks = List.copyOf(labelsAsHeadings(bl));
        this.titleBlock = findTitle(blocks, text);
        this.sections = SectionBuilder.build(this, b.leadIns(), b.leadInBold());
    }

    /**
     * The title: a first heading of level 1, or a first heading that names no known section, or a short first
     * paragraph (no colon, no closing period) followed by more text.
     */
    private @org.jspecify.annotations.Nullable Block findTitle(List<Block> blocks, String text) {
        if (blocks.isEmpty()) {
            return null;
        }
        Block first = blocks.get(0);
        if (first.kind() == BlockKind.HEADING) {
            return first.level() == 1 || SectionBuilder.classify(this, first.start(), first.end()) == SectionKind.OTHER
                    ? first
                    : null;
        }
        if (first.kind() == BlockKind.PARAGRAPH && blocks.size() > 1 && first.end() - first.start() <= 100) {
            String t = text.substring(first.start(), first.end());
            return t.indexOf(':') < 0 && !t.endsWith(".") ? first : null;
        }
        return null;
    }

    /**
     * A short line that labels what follows is a heading, however it is written: a plain line before a list
     * ("Requirements", "What you'll do:"), or a standalone line of heading words ("What we look for"). Not the
     * first block (the title is found separately) and never a sentence (a closing period, comma or semicolon).
     */
    private List<Block> labelsAsHeadings(List<Block> in) {
        List<Block> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Block b = in.get(i);
            if (i > 0 && i + 1 < in.size() && b.kind() == BlockKind.PARAGRAPH && isLabel(b, in.get(i + 1))) {
                out.add(new Block(BlockKind.HEADING, b.start(), b.end(), LABEL_LEVEL, -1));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private boolean isLabel(Block b, Block next) {
        int len = b.end() - b.start();
        char last = text.charAt(b.end() - 1);
        if (len > MAX_LABEL_CHARS || last == '.' || last == ',' || last == ';' || last == '!') {
            return false;
        }
        int words = firstWordAtOrAfter(b.end()) - firstWordAtOrAfter(b.start());
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
        return words <= MAX_STANDALONE_LABEL_WORDS && SectionBuilder.classifyText(this, b.start(), b.end());
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

    /**
     * A cache of data derived from this document (such as word-list match indexes), computed once per key. The
     * function must be a pure function of the document, so the cache does not change what the document means.
     */
    public <T> T derived(Object key, Class<T> type, java.util.function.Function<JdDocument, T> compute) {
        Object v = derived.get(key);
        if (v == null) {
            v = compute.apply(this);
            Object prev = derived.putIfAbsent(key, v);
            if (prev != null) {
                v = prev;
            }
        }
        return type.cast(v);
    }

    /** Stores derived data unless the key already has a value; see {@link #derived}. */
    public void putDerived(Object key, Object value) {
        derived.putIfAbsent(key, value);
    }

    /** The original text as read. */
    public String original() {
        return original;
    }

    /** The markup the text was read as. */
    public InputFormat format() {
        return format;
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
        return tokens.text[i];
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

    /** The innermost section containing the normalized offset, if any. */
    public Optional<Section> sectionAt(int offset) {
        Section best = null;
        for (Section s : sections) {
            if (s.contains(offset) && (best == null || s.start() >= best.start())) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
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
