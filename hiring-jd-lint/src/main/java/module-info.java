/** A job-description linter for every do and don't of the hiring guide, and beyond. */
@org.jspecify.annotations.NullMarked
module dev.hiring.jdlint {
    requires transitive dev.hiring.core;
    requires org.commonmark;
    requires org.jsoup;
    requires static org.immutables.value;

    exports dev.hiring.jdlint;
    exports dev.hiring.jdlint.document;
    exports dev.hiring.jdlint.format;
    exports dev.hiring.jdlint.rules;
    exports dev.hiring.jdlint.spi;

    opens dev.hiring.jdlint to
            com.fasterxml.jackson.databind;
    opens dev.hiring.jdlint.document to
            com.fasterxml.jackson.databind;
    opens dev.hiring.jdlint.format to
            com.fasterxml.jackson.databind;
    opens dev.hiring.jdlint.rules to
            com.fasterxml.jackson.databind;

    // the JSON schemas of the module's formats (resources only), readable by anyone
    opens dev.hiring.jdlint.schema;

    uses dev.hiring.jdlint.spi.RuleProvider;
}
