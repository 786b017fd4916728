package dev.hiring.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code hiring funnel}: not available in this build yet; answers with exit code 2. */
@Command(name = "funnel", mixinStandardHelpOptions = true, description = "Not available in this build yet.")
final class FunnelCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("hiring funnel: not available in this build yet");
        return HiringCli.BAD_INPUT;
    }
}
