package dev.hiring.cli;

import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.DecisionRecord;
import dev.hiring.rubric.RecordMismatch;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hiring verify}: checks a stored decision record ({@code hiring decide --record}) against a policy and the
 * evaluation it claims to decide. Exit 0 when it holds, 1 with every mismatch listed, 2 for bad usage or input.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Check a decision record (from 'hiring decide --record') against a policy and the evaluation:"
                + " recompute the policy's hash, the input's digest and the decision, and list every field that"
                + " differs (a changed input, a changed policy, an edited outcome or trace, an edited policy hash"
                + " or override history).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the record holds",
            "1:the record does not hold; each mismatch is listed",
            "2:bad usage or bad input (unreadable file, invalid JSON, a record of the wrong shape, unknown policy)"
        })
final class VerifyCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RECORD", description = "the decision record JSON")
    String recordFile = "-";

    @Parameters(index = "1", paramLabel = "EVALUATION", description = "the evaluation the record decided")
    String file = "-";

    @Mixin
    EvaluationOptions input = new EvaluationOptions();

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    DecideCommand.Format format = DecideCommand.Format.text;

    @Override
    public Integer call() {
        if ("-".equals(recordFile) && "-".equals(file)) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "the record and the evaluation cannot both be standard input");
        }
        input.requireAtsOptionsOnlyForAts(spec, false, false);
        DecisionPolicy p = input.resolve().policy();
        DecisionRecord record = CliInput.read(recordFile, DecisionRecord::parse);
        CandidateEvaluation evaluation = DecideCommand.load(
                        p, input.from, input.mapping, input.application, false, file)
                .evaluation();
        List<RecordMismatch> mismatches = DecisionRecord.verify(record, p, evaluation);
        PrintWriter out = spec.commandLine().getOut();
        if (format == DecideCommand.Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("holds", mismatches.isEmpty());
            json.put("mismatches", mismatches);
            out.println(dev.hiring.core.json.HiringJson.write(json));
        } else if (mismatches.isEmpty()) {
            out.println("record holds: policy " + p.id() + " v" + p.version() + " decides "
                    + record.decision().outcome() + " on this evaluation (input " + record.inputDigest() + ")"
                    + (record.overrides().isEmpty()
                            ? ""
                            : "; " + record.overrides().size() + " overrides, standing " + record.finalOutcome()));
        } else {
            out.println("record does not hold: " + mismatches.size()
                    + (mismatches.size() == 1 ? " mismatch" : " mismatches"));
            for (RecordMismatch m : mismatches) {
                out.println("  " + m);
            }
        }
        return mismatches.isEmpty() ? HiringCli.OK : HiringCli.FINDINGS;
    }
}
