/** Generators of hiring data and reusable laws to property-test hiring policies. */
@org.jspecify.annotations.NullMarked
// QuickTheories has no module descriptor, and the testkit's public API returns its generators (Gen), so users need
// it on their module path as the automatic module 'quicktheories'.
@SuppressWarnings("requires-transitive-automatic")
module dev.hiring.testkit {
    requires transitive dev.hiring.core;
    requires transitive dev.hiring.jdlint;
    requires transitive dev.hiring.rubric;
    requires transitive org.assertj.core;
    requires transitive quicktheories;
    requires static org.immutables.value;

    exports dev.hiring.testkit;
}
