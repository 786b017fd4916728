/** Scorecards, aggregation and explainable decision rules, with ATS importers. */
@org.jspecify.annotations.NullMarked
module dev.hiring.rubric {
    requires transitive dev.hiring.core;
    requires static org.immutables.value;

    exports dev.hiring.rubric;
    exports dev.hiring.rubric.importer;

    uses dev.hiring.rubric.CustomRule;

    opens dev.hiring.rubric.importer to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;
    opens dev.hiring.rubric to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;

    // the JSON schemas of the module's formats (resources only), readable by anyone
    opens dev.hiring.rubric.schema;
}
