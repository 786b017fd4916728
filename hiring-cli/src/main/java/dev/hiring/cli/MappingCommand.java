package dev.hiring.cli;

import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.importer.AtsMapping;
import dev.hiring.rubric.importer.AtsVendor;
import dev.hiring.rubric.importer.ImportReport;
import dev.hiring.rubric.importer.MappingSkeleton;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hiring mapping}: ATS mapping commands. */
@Command(
        name = "mapping",
        mixinStandardHelpOptions = true,
        description = "ATS mapping commands.",
        subcommands = MappingCommand.Init.class)
final class MappingCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: init");
    }

    /** The vendors, for {@code --from}. */
    enum Vendor {
        /** Greenhouse Harvest scorecards. */
        GREENHOUSE,
        /** Lever feedback forms. */
        LEVER,
        /** Ashby application feedback. */
        ASHBY,
        /** Workable ratings. */
        WORKABLE
    }

    /** {@code hiring mapping init --from VENDOR FILE}: prints a mapping skeleton for the vendor names in FILE. */
    @Command(
            name = "init",
            mixinStandardHelpOptions = true,
            description = "Print a mapping skeleton (JSON, for --mapping) with every vendor attribute, field, trait and"
                    + " rejection reason found in FILE: each with the policy's criterion (or rejection reason) whose"
                    + " name shares most words with it, and under \"ignored\" those with no match. Edit it, then"
                    + " pass it to 'hiring decide --mapping'.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:printed", "2:bad usage or bad input (unreadable file, invalid payload)"})
    static final class Init implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--from", required = true, description = "the vendor: greenhouse, lever, ashby or workable")
        Vendor from = Vendor.GREENHOUSE;

        @Option(
                names = "--policy",
                paramLabel = "NAME|FILE",
                description = "the policy whose criteria are suggested: an id (built-in, or the --guide's) or a"
                        + " policy JSON file (default: the --guide's policy, else "
                        + HiringPolicies.SENIOR_BACKEND_ENGINEER + ")")
        @Nullable
        String policy;

        @Option(
                names = "--guide",
                paramLabel = "FILE",
                description = "a guide JSON file of your own: its policy's criteria are suggested, matched also by"
                        + " the guide's criterion names and descriptions")
        @Nullable
        String guide;

        @Option(
                names = "--application",
                paramLabel = "FILE",
                description = "the candidate's application, for its rejection reason")
        @Nullable
        String application;

        @Parameters(paramLabel = "FILE", description = "one vendor payload or a JSON array of them, or - for stdin")
        String file = "-";

        @Override
        public Integer call() {
            PolicyArgs.Resolved resolved = PolicyArgs.resolve(policy, guide);
            DecisionPolicy p = resolved.policy();
            AtsVendor vendor = AtsVendor.valueOf(from.name());
            ImportReport report = DecideCommand.importAts(vendor, AtsMapping.empty(), p, file, application)
                    .report();
            // the words of the policy's own guide help matching; a policy file without a known guide has its ids
            AtsMapping skeleton = resolved.guide()
                    .map(g -> MappingSkeleton.suggest(report, p, g))
                    .orElseGet(() -> MappingSkeleton.suggest(report, p));
            spec.commandLine().getOut().println(skeleton.toJson());
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.qualifiedName() + ": " + report.unmapped().size() + " vendor names found; "
                    + (skeleton.criteria().size() + skeleton.rejectionReasons().size()) + " with a suggestion, "
                    + skeleton.ignored().size() + " under \"ignored\" (move them to \"criteria\" to import them);"
                    + " check every suggestion before use");
            return HiringCli.OK;
        }
    }
}
