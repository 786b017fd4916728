package dev.hiring.cli;

import dev.hiring.analytics.impact.ImpactCsv;
import dev.hiring.analytics.impact.ImpactReport;
import dev.hiring.analytics.impact.OutcomeColumn;
import dev.hiring.core.json.HiringJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hiring impact [--group COL]... (--selected COL | --score COL) [--exclude-small] FILE.csv}: adverse impact
 * (four-fifths rule with Fisher's exact and the pooled z-test, NYC LL144 impact ratios) as JSON.
 */
@Command(
        name = "impact",
        mixinStandardHelpOptions = true,
        description = {
            "Adverse impact of a selection step. With --group (repeat it for intersectional categories) the CSV has "
                    + "one row per individual and --selected (a 1/0 flag) or --score (scoring rate: share strictly "
                    + "above the median of the full sample) names the outcome column. Without --group the CSV is a "
                    + "summary with the header group,applicants,selected. An empty or 'unknown' category is "
                    + "counted as unknown. The file is streamed."
        })
final class ImpactCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "the CSV, or - for standard input")
    String file = "-";

    @Option(names = "--group", paramLabel = "COL", description = "a category column; repeat for intersections")
    List<String> groups = new ArrayList<>();

    @Option(names = "--selected", paramLabel = "COL", description = "the selection flag column (selection rate)")
    @Nullable
    String selected;

    @Option(names = "--score", paramLabel = "COL", description = "the score column (scoring rate)")
    @Nullable
    String score;

    @Option(
            names = "--exclude-small",
            description = "leave categories under 2%% of the data out of the impact ratios (still reported)")
    boolean excludeSmall;

    @Override
    public Integer call() {
        if (selected != null && score != null) {
            throw new ParameterException(spec.commandLine(), "--selected and --score are mutually exclusive");
        }
        if (groups.isEmpty() && (selected != null || score != null)) {
            throw new ParameterException(
                    spec.commandLine(), "--selected and --score need at least one --group (individual rows)");
        }
        if (!groups.isEmpty() && selected == null && score == null) {
            throw new ParameterException(
                    spec.commandLine(), "--group needs --selected COL or --score COL (individual rows)");
        }
        ImpactReport report = StreamedInput.read(file, reader -> {
            if (groups.isEmpty()) {
                return ImpactCsv.readSummary(reader, excludeSmall);
            }
            OutcomeColumn outcome = selected != null
                    ? OutcomeColumn.selected(selected)
                    : OutcomeColumn.score(java.util.Objects.requireNonNull(score));
            return ImpactCsv.readIndividuals(reader, List.of(List.copyOf(groups)), outcome, excludeSmall)
                    .get(0);
        });
        spec.commandLine().getOut().println(HiringJson.write(report));
        return HiringCli.OK;
    }
}
