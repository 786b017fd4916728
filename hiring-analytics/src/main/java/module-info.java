/** Interviewer agreement, calibration, adverse impact and funnel metrics. */
@org.jspecify.annotations.NullMarked
module dev.hiring.analytics {
    requires transitive dev.hiring.core;
    requires transitive dev.hiring.rubric;
    requires static org.immutables.value;

    // exports and opens are added with the first classes of the package
}
