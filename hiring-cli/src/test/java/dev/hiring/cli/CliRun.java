package dev.hiring.cli;

import java.io.StringWriter;

/** Runs the command line in-process and captures its exit code and output. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HiringCli.execute(out, err, args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
