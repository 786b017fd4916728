package dev.hiring.jdlint.internal;

import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.BlockKind;
import java.util.ArrayList;
import java.util.List;

/** What a reader produces: the normalized text with its offset map, the blocks and the lead-in candidates. */
public final class DocBuilder {
    /** The normalized text being built. */
    public final TextBuilder text = new TextBuilder();

    private final List<Block> blocks = new ArrayList<>();
    private final List<Integer> leadIns = new ArrayList<>();
    private final List<Boolean> leadInBold = new ArrayList<>();
    private int blockStart = -1;
    private int nextListId;

    /** Creates an empty builder. */
    public DocBuilder() {}

    /** Starts a block at the current position. */
    public void startBlock() {
        blockStart = text.length();
    }

    /** Ends the block started last, if it holds any text, and appends a newline mapped to {@code origOffset}. */
    public void endBlock(BlockKind kind, int level, int listId, int origOffset) {
        int end = text.length();
        if (end > 0 && text.last() == ' ') {
            text.newline(origOffset);
            end = text.length() - 1;
            if (blockStart >= 0 && end > blockStart) {
                blocks.add(new Block(kind, blockStart, end, level, listId));
            }
            blockStart = -1;
            return;
        }
        if (blockStart >= 0 && end > blockStart) {
            blocks.add(new Block(kind, blockStart, end, level, listId));
        }
        text.newline(origOffset);
        blockStart = -1;
    }

    /** Whether the block started last holds text. */
    public boolean hasOpenText() {
        return blockStart >= 0
                && text.length() > blockStart
                && !(text.length() == blockStart + 1 && text.last() == ' ');
    }

    /** The number of normalized characters in the open block, 0 when none is open. */
    public int openLength() {
        return blockStart < 0 ? 0 : text.length() - blockStart;
    }

    /** Whether a block is open. */
    public boolean isOpen() {
        return blockStart >= 0;
    }

    /** A fresh list id. */
    public int newListId() {
        return nextListId++;
    }

    /** Marks the current position as a possible lead-in ("Location: …"); {@code bold} if it is emphasized. */
    public void leadIn(boolean bold) {
        int pos = text.length();
        if (!leadIns.isEmpty() && leadIns.get(leadIns.size() - 1) == pos) {
            return;
        }
        leadIns.add(pos);
        leadInBold.add(bold);
    }

    /** The blocks so far. */
    public List<Block> blocks() {
        return blocks;
    }

    /** The lead-in candidate offsets. */
    public List<Integer> leadIns() {
        return leadIns;
    }

    /** Whether each lead-in candidate was emphasized. */
    public List<Boolean> leadInBold() {
        return leadInBold;
    }
}
