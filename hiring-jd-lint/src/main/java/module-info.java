/** A job-description linter for every do and don't of the hiring guide, and beyond. */
@org.jspecify.annotations.NullMarked
module dev.hiring.jdlint {
    requires transitive dev.hiring.core;

    requires static org.immutables.value;

    // exports and opens are added with the first classes of the package
}
