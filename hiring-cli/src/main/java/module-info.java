/** The {@code hiring} command line: parsing and printing only; every decision is made in a library. */
@org.jspecify.annotations.NullMarked
module dev.hiring.cli {
    requires dev.hiring.core;
    requires dev.hiring.jdlint;
    requires dev.hiring.rubric;
    requires dev.hiring.analytics;
    requires dev.hiring.server;
    requires info.picocli;

    exports dev.hiring.cli;

    opens dev.hiring.cli to
            info.picocli;
}
