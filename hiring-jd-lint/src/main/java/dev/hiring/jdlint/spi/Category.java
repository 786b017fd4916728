package dev.hiring.jdlint.spi;

/** The area a rule checks. */
public enum Category {
    /** What the role is: responsibilities, requirements, outcomes, team. */
    CONTENT,
    /** How the description is organized. */
    STRUCTURE,
    /** Work arrangement, pay, interview process and timeline. */
    LOGISTICS,
    /** Word choice: buzzwords, tone, focus. */
    LANGUAGE,
    /** Wording that excludes or discourages candidates. */
    INCLUSION,
    /** Legal requirements on job postings. */
    LEGAL
}
