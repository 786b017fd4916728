package dev.hiring.jdlint.document;

/** What a part of a job description is about, found from its heading, bold lead-in or list structure. */
public enum SectionKind {
    /** Duties: what the hire will do. */
    RESPONSIBILITIES,
    /** Required skills and qualifications. */
    REQUIREMENTS,
    /** Skills that are a plus but not required. */
    NICE_TO_HAVE,
    /** Benefits and perks. */
    BENEFITS,
    /** Pay. */
    COMPENSATION,
    /** Location and work arrangement. */
    LOCATION,
    /** The interview or application process. */
    PROCESS,
    /** About the company, team or role. */
    ABOUT,
    /** Anything else. */
    OTHER
}
