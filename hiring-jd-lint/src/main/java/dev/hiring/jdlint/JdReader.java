package dev.hiring.jdlint;

import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.jdlint.document.BlockKind;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.internal.DocAssembler;
import dev.hiring.jdlint.internal.DocBuilder;
import dev.hiring.jdlint.internal.FrontMatter;
import dev.hiring.jdlint.internal.HtmlReader;
import dev.hiring.jdlint.internal.MarkdownReader;
import dev.hiring.jdlint.internal.TextReader;

/**
 * Reads a job description (Markdown, HTML or plain text) into a {@link JdDocument}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JdReader {
    /** The default size limit: 5 MB of text. */
    public static final long DEFAULT_MAX_CHARS = 5L * 1024 * 1024;

    private final long maxChars;

    private JdReader(long maxChars) {
        this.maxChars = maxChars;
    }

    /** A reader with the default size limit. */
    public static JdReader of() {
        return new JdReader(DEFAULT_MAX_CHARS);
    }

    /**
     * A reader with a size limit in characters.
     *
     * @throws InvalidHiringDataException if the limit is not positive
     */
    public static JdReader withMaxChars(long maxChars) {
        if (maxChars <= 0) {
            throw new InvalidHiringDataException("maxChars must be positive, was " + maxChars);
        }
        return new JdReader(maxChars);
    }

    /** The size limit in characters. */
    public long maxChars() {
        return maxChars;
    }

    /**
     * Reads a text in the given format.
     *
     * @throws InputTooLargeException if the text is longer than the limit
     */
    public JdDocument read(String text, InputFormat format) {
        if (text.length() > maxChars) {
            throw new InputTooLargeException(text.length(), maxChars);
        }
        DocBuilder b = new DocBuilder();
        FrontMatter fm = format == InputFormat.HTML ? FrontMatter.of("") : FrontMatter.of(text);
        if (fm.hasTitle()) {
            b.startBlock();
            b.text.append(text, fm.titleStart(), fm.titleEnd(), false, false);
            b.endBlock(BlockKind.HEADING, 1, -1, fm.titleEnd());
        }
        String body = format == InputFormat.HTML ? text : fm.body();
        switch (format) {
            case MARKDOWN -> MarkdownReader.read(body, b);
            case HTML -> HtmlReader.read(body, b);
            case TEXT -> TextReader.read(body, b);
        }
        return DocAssembler.assemble(text, b);
    }
}
