package dev.hiring.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.cli.HiringCli;
import java.io.StringWriter;

/** Runs the CLI in-process and checks the bad-input contract: exit 2, nothing on stdout, one stderr line. */
final class Cli {
    private Cli() {}

    /** What one run printed and returned. */
    record Result(int code, String out, String err) {
        /** Exit 2, empty stdout, exactly one stderr line {@code hiring <command>: ...}, no stack trace. */
        Result assertBadInput(String command, String... forbidden) {
            assertThat(code).as("exit code; stderr: %s", err).isEqualTo(HiringCli.BAD_INPUT);
            assertThat(out).as("stdout").isEmpty();
            assertThat(err.lines()).as("stderr: %s", err).hasSize(1);
            assertThat(err).startsWith("hiring " + command + ": ").doesNotContain("\tat ", "Exception:");
            for (String f : forbidden) {
                assertThat(err).as("stderr must not quote input").doesNotContain(f);
            }
            return this;
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HiringCli.execute(out, err, args);
        return new Result(code, out.toString(), err.toString());
    }
}
