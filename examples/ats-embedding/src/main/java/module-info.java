/** A small HTTP service that embeds the SDK in an applicant tracking system. */
module dev.hiring.examples.ats {
    requires dev.hiring.core;
    requires dev.hiring.jdlint;
    requires dev.hiring.rubric;
    requires jdk.httpserver;

    exports dev.hiring.examples.ats;

    opens dev.hiring.examples.ats to
            com.fasterxml.jackson.databind;
}
