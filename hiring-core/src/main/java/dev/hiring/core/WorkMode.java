package dev.hiring.core;

/** Where the work happens. */
public enum WorkMode {
    /** Fully remote. */
    REMOTE,
    /** Partly remote, partly at an office. */
    HYBRID,
    /** At an office. */
    ONSITE;
}
