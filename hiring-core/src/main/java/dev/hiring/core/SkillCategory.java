package dev.hiring.core;

/** Whether a skill is technical (tested in technical interviews) or soft (assessed through behavioural questions). */
public enum SkillCategory {
    /** A technical capability to require and test for. */
    TECHNICAL,
    /** A behaviour assessed through behavioural questions and collaboration. */
    SOFT;
}
