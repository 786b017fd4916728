package dev.hiring.cli;

import dev.hiring.core.BooleanQuery;
import dev.hiring.core.Role;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hiring sourcing}: sourcing commands. */
@Command(
        name = "sourcing",
        mixinStandardHelpOptions = true,
        description = "Sourcing commands.",
        subcommands = SourcingCommand.Query.class)
final class SourcingCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: query");
    }

    /** {@code hiring sourcing query FILE.json}. */
    @Command(
            name = "query",
            mixinStandardHelpOptions = true,
            description = "Print the boolean search string for a role (JSON): its required skills' keywords "
                    + "and its seniority.")
    static final class Query implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "a role as JSON, or - for standard input")
        String file = "-";

        @Override
        public Integer call() {
            Role role = CliInput.readJson(file, Role.class);
            spec.commandLine().getOut().println(BooleanQuery.forRole(role));
            return HiringCli.OK;
        }
    }
}
