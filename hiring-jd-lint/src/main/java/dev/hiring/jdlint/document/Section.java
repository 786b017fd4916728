package dev.hiring.jdlint.document;

import java.util.List;

/**
 * A section of a job description: its kind, heading or lead-in text, normalized range, the original line of its
 * heading and its list items.
 *
 * @param kind what the section is about
 * @param title the heading or lead-in text as written (trimmed)
 * @param start offset of the section's first normalized character (its heading)
 * @param end offset after its last normalized character
 * @param line 1-based original line of the heading or lead-in
 * @param leadIn whether the section comes from a lead-in ("Location: …") rather than a heading
 * @param items the list items inside the section, in order
 * @param basis why the section has its kind (its heading, a lead-in, a list label, or its content)
 */
public record Section(
        SectionKind kind,
        String title,
        int start,
        int end,
        int line,
        boolean leadIn,
        List<Block> items,
        SectionBasis basis) {
    /** Copies the item list. */
    public Section {
        items = List.copyOf(items);
    }

    /** Whether the normalized offset lies in the section. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
