package dev.hiring.jdlint.document;

/**
 * A block of the normalized text: a heading, a paragraph or a list item.
 *
 * @param kind the kind of block
 * @param start offset of the first normalized character
 * @param end offset after the last normalized character
 * @param level heading level (1-6), list nesting depth (0 = top level) for items, 0 for paragraphs
 * @param listId an id shared by the items of one list, -1 for other blocks
 */
public record Block(BlockKind kind, int start, int end, int level, int listId) {}
