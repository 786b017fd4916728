package dev.hiring.cli;

import dev.hiring.analytics.calibration.CalibrationInput;
import dev.hiring.analytics.calibration.CalibrationReport;
import dev.hiring.core.HiringException;
import dev.hiring.core.json.HiringJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hiring calibration FILE.json}: interviewer calibration as JSON. */
@Command(
        name = "calibration",
        mixinStandardHelpOptions = true,
        description = {
            "Interviewer calibration from a JSON file with minimumHistory (default 5), ratings "
                    + "[{interviewer,criterion,candidate,score}], recommendations [{interviewer,candidate,hire}], "
                    + "evaluations (rubric candidate evaluations) and decisions [{candidate,hired}]. Prints per "
                    + "interviewer and criterion the distribution, leniency, z-score (sample sigma) and panel "
                    + "offset, and per interviewer the agreement of recommendations with final decisions."
        })
final class CalibrationCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE.json", description = "the calibration input, or - for standard input")
    String file = "-";

    @Override
    public Integer call() {
        CalibrationInput input = CliInput.readJson(file, CalibrationInput.class);
        CalibrationReport report;
        try {
            report = input.compute();
        } catch (HiringException e) {
            throw StreamedInput.named(file, e);
        }
        spec.commandLine().getOut().println(HiringJson.write(report));
        return HiringCli.OK;
    }
}
