/**
 * The Hiring SDK core: immutable, validated value types for structured hiring, the built-in hiring guides and a registry of guides by id, the
 * SDK's JSON configuration and its validator, and strict reading of text input.
 */
@org.jspecify.annotations.NullMarked
@SuppressWarnings("module")
module dev.hiring.core {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires transitive jakarta.validation;
    requires transitive org.jspecify;
    requires org.hibernate.validator;
    requires jakarta.el;
    requires java.logging;
    requires static org.immutables.value;

    exports dev.hiring.core;
    exports dev.hiring.core.check;
    exports dev.hiring.core.guide;
    exports dev.hiring.core.json;
    exports dev.hiring.core.text;
    exports dev.hiring.core.validation;
    // Jackson-typed, so not public API (docs/conventions.md): shared by the SDK's modules only. Not every one of
    // them is in the module graph when this module compiles, hence the "module not found" warning suppressed.
    exports dev.hiring.core.jackson to
            dev.hiring.jdlint,
            dev.hiring.rubric,
            dev.hiring.analytics,
            dev.hiring.testkit,
            dev.hiring.server,
            dev.hiring.cli;

    opens dev.hiring.core to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;
    // the JSON schema of the guide format (resources only), readable by anyone
    opens dev.hiring.core.schema;
}
