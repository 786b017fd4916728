package dev.hiring.jdlint.document;

/** The kind of a block of a job description. */
public enum BlockKind {
    /** A heading. */
    HEADING,
    /** A paragraph (or a code or HTML block). */
    PARAGRAPH,
    /** A list item. */
    ITEM
}
