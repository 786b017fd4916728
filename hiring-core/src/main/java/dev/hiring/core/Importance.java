package dev.hiring.core;

/** Whether a skill is required or only nice to have; the guide asks JDs to say which is which. */
public enum Importance {
    /** A requirement candidates must meet. */
    REQUIRED,
    /** A plus that is not required. */
    NICE_TO_HAVE;
}
