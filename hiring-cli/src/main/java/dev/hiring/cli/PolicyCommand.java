package dev.hiring.cli;

import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.HiringPolicies;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hiring policy}: decision-policy commands. */
@Command(
        name = "policy",
        mixinStandardHelpOptions = true,
        description = "Decision-policy commands.",
        subcommands = PolicyCommand.Show.class)
final class PolicyCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: show");
    }

    /** {@code hiring policy show [NAME|FILE]}: prints a policy as JSON. */
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Print a decision policy as JSON: a built-in one by name (default: "
                    + HiringPolicies.SENIOR_BACKEND_ENGINEER + "), the policy of a guide file of your own"
                    + " (--guide FILE) or a policy file, checked and normalized.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:printed", "2:unknown name, unreadable file or invalid policy"})
    static final class Show implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(
                paramLabel = "NAME|FILE",
                arity = "0..1",
                description = "a policy id (built-in, or the --guide's) or a policy JSON file (- for standard input)")
        @Nullable
        String policy;

        @Option(
                names = "--guide",
                paramLabel = "FILE",
                description = "a guide JSON file of your own: prints its policy (or checks that NAME|FILE is it)")
        @Nullable
        String guide;

        @Override
        public Integer call() {
            DecisionPolicy p = PolicyArgs.resolve(policy, guide).policy();
            spec.commandLine().getOut().println(p.toJson());
            return HiringCli.OK;
        }
    }
}
