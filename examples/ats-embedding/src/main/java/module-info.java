/** The SDK's own HTTP server embedded in an applicant tracking system's JVM. */
module dev.hiring.examples.ats {
    requires dev.hiring.server;

    exports dev.hiring.examples.ats;
}
