/** Scorecards, aggregation and explainable decision rules, with ATS importers. */
@org.jspecify.annotations.NullMarked
module dev.hiring.rubric {
    requires transitive dev.hiring.core;

    requires static org.immutables.value;

    // exports and opens are added with the first classes of the package
}
