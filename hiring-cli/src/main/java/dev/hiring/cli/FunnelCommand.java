package dev.hiring.cli;

import dev.hiring.analytics.funnel.Funnel;
import dev.hiring.analytics.funnel.FunnelOptions;
import dev.hiring.analytics.funnel.FunnelReport;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.json.HiringJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hiring funnel FILE.csv}: funnel metrics from stage-transition events, as JSON. */
@Command(
        name = "funnel",
        mixinStandardHelpOptions = true,
        description = {
            "Funnel metrics from a CSV of stage events with the columns candidate,stage,timestamp,source and "
                    + "optionally reason. Stages default to applied, the guide's stages (resume-screen, "
                    + "recruiter-screen, technical-screen, take-home, loop, hiring-manager-and-peer, "
                    + "reference-check), offer, hired; outcome events are rejected (with a reason), withdrawn and "
                    + "offer-declined. Prints cohort pass-through, conversion per source, time to hire, offer "
                    + "acceptance, touchpoints against the guide's range (3-5 in the built-in guide; --guide for"
                    + " another) and the rejection reasons."
        })
final class FunnelCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "the events CSV, or - for standard input")
    String file = "-";

    @Option(
            names = "--stages",
            split = ",",
            paramLabel = "STAGE",
            description = "the progress stages in order, the last one being the hire (default: the guide's)")
    List<String> stages = new ArrayList<>();

    @Option(
            names = "--touchpoint-stages",
            split = ",",
            paramLabel = "STAGE",
            description = "with --stages: the stages the candidate takes part in")
    List<String> touchpoints = new ArrayList<>();

    @Option(
            names = "--guide",
            paramLabel = "ID|FILE",
            defaultValue = HiringGuides.SENIOR_BACKEND_ENGINEER,
            description = "the guide whose touchpoint range and rejection reasons apply: a built-in id or a guide"
                    + " JSON file of your own (default: ${DEFAULT-VALUE})")
    String guide = HiringGuides.SENIOR_BACKEND_ENGINEER;

    @Override
    public Integer call() {
        FunnelOptions options = FunnelOptions.from(GuideArgs.resolve(guide));
        if (!touchpoints.isEmpty() && stages.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--touchpoint-stages needs --stages");
        }
        if (!stages.isEmpty()) {
            options = options.withStages(stages, new HashSet<>(touchpoints));
        }
        FunnelOptions chosen = options;
        FunnelReport report = StreamedInput.read(file, reader -> Funnel.readCsv(reader, chosen));
        spec.commandLine().getOut().println(HiringJson.write(report));
        return HiringCli.OK;
    }
}
