package dev.hiring.core;

/** How senior a role is. Weight profiles and checks differ by seniority. */
public enum Seniority {
    /** Early career. */
    JUNIOR,
    /** Independent on well-scoped work. */
    MID,
    /** Owns services and designs; mentors others. */
    SENIOR,
    /** Leads across teams. */
    STAFF,
    /** Sets technical direction for an organisation. */
    PRINCIPAL;
}
