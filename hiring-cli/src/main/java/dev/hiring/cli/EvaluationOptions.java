package dev.hiring.cli;

import dev.hiring.rubric.HiringPolicies;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that say which policy decides and how the evaluation is read, shared by {@code decide} and
 * {@code verify} (a picocli mixin): {@code --policy}, {@code --guide}, {@code --from}, {@code --mapping} and {@code
 * --application}.
 */
final class EvaluationOptions {
    @Option(
            names = "--policy",
            paramLabel = "NAME|FILE",
            description = "a policy id (built-in, or the --guide's) or a policy JSON file (default: the --guide's"
                    + " policy, else " + HiringPolicies.SENIOR_BACKEND_ENGINEER + ")")
    @Nullable
    String policy;

    @Option(
            names = "--guide",
            paramLabel = "FILE",
            description = "a guide JSON file of your own (the format of 'hiring guide --format json'); its policy"
                    + " decides, and --policy may name it by the guide's id")
    @Nullable
    String guide;

    /** The policy and guides the options name ({@link PolicyArgs#resolve(String, String)}). */
    PolicyArgs.Resolved resolve() {
        return PolicyArgs.resolve(policy, guide);
    }

    @Option(
            names = "--from",
            defaultValue = "native",
            description = "input format: native, greenhouse, lever, ashby or workable (default: ${DEFAULT-VALUE})")
    DecideCommand.From from = DecideCommand.From.NATIVE;

    @Option(
            names = "--mapping",
            paramLabel = "FILE",
            description = "for ATS input: JSON mapping of vendor field names to criterion ids and vendor levels to "
                    + "scale levels")
    @Nullable
    String mapping;

    @Option(
            names = "--application",
            paramLabel = "FILE",
            description = "for ATS input: the candidate's application, where the vendor keeps the rejection reason "
                    + "(Greenhouse application, Lever opportunity, Ashby application, Workable candidate)")
    @Nullable
    String application;

    /**
     * Refuses the ATS-only options for native input.
     *
     * @param hasStrict whether the command has an ATS-only {@code --strict} flag of its own (named in the message)
     * @param strict whether that flag is set
     */
    void requireAtsOptionsOnlyForAts(CommandSpec spec, boolean hasStrict, boolean strict) {
        if (from == DecideCommand.From.NATIVE && (mapping != null || application != null || strict)) {
            throw new ParameterException(
                    spec.commandLine(),
                    (hasStrict ? "--mapping, --application and --strict" : "--mapping and --application")
                            + " apply to ATS input only (--from greenhouse|lever|ashby|workable)");
        }
    }
}
