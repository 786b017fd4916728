package dev.hiring.jdlint.document;

/** Why a section has its kind: what the reader saw. */
public enum SectionBasis {
    /** A heading that names the kind ("Requirements", "What you'll do"). */
    HEADING,
    /** A sub-heading that names nothing known, inside a section of that kind. */
    PARENT_HEADING,
    /** A lead-in such as "Location: …" or "**Salary:** …". */
    LEAD_IN,
    /** A line before a list that names the kind ("You have:"). */
    LIST_LABEL,
    /** The content of a list whose heading is missing or names nothing known (duties, qualifications …). */
    CONTENT,
    /** A heading that names nothing known; the kind is {@link SectionKind#OTHER}. */
    UNKNOWN
}
