package dev.hiring.cli;

import dev.hiring.core.HiringGuides;
import dev.hiring.core.InterviewProcess;
import dev.hiring.core.Severity;
import dev.hiring.core.check.GuideFinding;
import dev.hiring.core.check.ProcessChecks;
import dev.hiring.core.json.HiringJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hiring process}: interview-process commands. */
@Command(
        name = "process",
        mixinStandardHelpOptions = true,
        description = "Interview-process commands.",
        subcommands = ProcessCommand.Check.class)
final class ProcessCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: check");
    }

    /** {@code hiring process check FILE.json}. */
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Check an interview process (JSON) against the guide: touchpoints, stage durations, "
                    + "take-home deadline, loop size, timeline.")
    static final class Check implements Callable<Integer> {
        enum Format {
            text,
            json
        }

        enum FailOn {
            error,
            warning,
            suggestion,
            never
        }

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "an interview process as JSON, or - for standard input")
        String file = "-";

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        Format format = Format.text;

        @Option(
                names = "--fail-on",
                defaultValue = "warning",
                description = "exit 1 when a finding is at or above: error, warning, suggestion or never "
                        + "(default: ${DEFAULT-VALUE})")
        FailOn failOn = FailOn.warning;

        @Option(
                names = "--guide",
                paramLabel = "ID|FILE",
                defaultValue = HiringGuides.SENIOR_BACKEND_ENGINEER,
                description =
                        "the guide whose touchpoint range, stage durations and loop size apply: a built-in id or a guide JSON file of your"
                                + " own (default: ${DEFAULT-VALUE})")
        String guide = HiringGuides.SENIOR_BACKEND_ENGINEER;

        @Override
        public Integer call() {
            InterviewProcess process = CliInput.readJson(file, InterviewProcess.class);
            List<GuideFinding> findings = ProcessChecks.check(process, GuideArgs.resolve(guide));
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.println(HiringJson.write(Map.of(
                        "file", CliInput.display(file), "touchpoints", process.touchpoints(), "findings", findings)));
            } else {
                for (GuideFinding f : findings) {
                    out.println(CliInput.display(file) + ": " + f.severity().id() + " " + f.checkId() + " " + f.path()
                            + ": " + f.message());
                }
                out.println(findings.size() + (findings.size() == 1 ? " finding" : " findings") + ", "
                        + process.touchpoints() + " candidate touchpoints");
            }
            if (failOn == FailOn.never) {
                return HiringCli.OK;
            }
            Severity threshold = Severity.parse(failOn.name());
            return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold))
                    ? HiringCli.FINDINGS
                    : HiringCli.OK;
        }
    }
}
