package dev.hiring.cli;

import dev.hiring.core.HiringException;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.CriterionAggregate;
import dev.hiring.rubric.Decision;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.NativeFormat;
import dev.hiring.rubric.ReasonCount;
import dev.hiring.rubric.RuleResult;
import dev.hiring.rubric.importer.AtsImporter;
import dev.hiring.rubric.importer.AtsMapping;
import dev.hiring.rubric.importer.AtsVendor;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hiring decide}: a mechanical, explainable hiring decision from scorecards. Exit 0 whenever a decision was
 * made (whatever the outcome), 2 for bad usage or input; 1 is not used by this command.
 */
@Command(
        name = "decide",
        mixinStandardHelpOptions = true,
        description = "Decide on a candidate from scorecards (native JSON or an ATS payload) with a decision policy, "
                + "and explain it: outcome, weighted score, per-criterion statistics, rule trace, rejection reasons "
                + "and the policy's id, version and hash.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:decided (any outcome: HIRE, NO_HIRE, MORE_EVIDENCE_NEEDED, DEBRIEF)",
            "1:not used by this command",
            "2:bad usage or bad input (unreadable file, invalid JSON, unknown rating, policy or mapping)"
        })
final class DecideCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    enum From {
        /** The SDK's own evaluation JSON. */
        NATIVE,
        /** Greenhouse Harvest scorecards. */
        GREENHOUSE,
        /** Lever feedback forms. */
        LEVER,
        /** Ashby application feedback. */
        ASHBY,
        /** Workable ratings. */
        WORKABLE
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the scorecards as JSON, or - for standard input")
    String file = "-";

    @Option(
            names = "--policy",
            paramLabel = "NAME|FILE",
            defaultValue = HiringPolicies.SENIOR_BACKEND_ENGINEER,
            description = "a built-in policy name or a policy JSON file (default: ${DEFAULT-VALUE})")
    String policy = HiringPolicies.SENIOR_BACKEND_ENGINEER;

    @Option(
            names = "--from",
            defaultValue = "native",
            description = "input format: native, greenhouse, lever, ashby or workable (default: ${DEFAULT-VALUE})")
    From from = From.NATIVE;

    @Option(
            names = "--mapping",
            paramLabel = "FILE",
            description = "for ATS input: JSON mapping of vendor field names to criterion ids and vendor levels to "
                    + "scale levels")
    @Nullable
    String mapping;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Override
    public Integer call() {
        DecisionPolicy p = PolicyArgs.resolve(policy);
        if (from == From.NATIVE && mapping != null) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--mapping applies to ATS input only (--from greenhouse|lever|ashby|workable)");
        }
        AtsMapping m = mapping == null ? AtsMapping.empty() : readMapping(mapping);
        String text = CliInput.readText(file);
        CandidateEvaluation evaluation;
        Decision decision;
        try {
            evaluation = from == From.NATIVE
                    ? NativeFormat.read(text, p)
                    : AtsImporter.of(vendor(from), m, p.getRatingScale()).read(text);
            decision = p.decide(evaluation);
        } catch (HiringException e) {
            throw new HiringException(CliInput.display(file) + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(decision.toJson());
        } else {
            printText(out, decision);
        }
        return HiringCli.OK;
    }

    private static AtsVendor vendor(From from) {
        return AtsVendor.valueOf(from.name());
    }

    private static AtsMapping readMapping(String name) {
        String json = CliInput.readText(name);
        try {
            return AtsMapping.parse(json);
        } catch (HiringException e) {
            throw new HiringException(CliInput.display(name) + ": " + e.getMessage(), e);
        }
    }

    private static void printText(PrintWriter out, Decision d) {
        Double score = d.score();
        out.println("candidate " + d.candidate() + ": " + d.outcome()
                + (score == null ? " (nothing rated)" : " (weighted score " + fmt(score) + ")"));
        out.println("policy " + d.policy().id() + " v" + d.policy().version() + " "
                + d.policy().hash());
        out.println("criteria:");
        for (CriterionAggregate c : d.criteria()) {
            Double mean = c.mean();
            Double median = c.median();
            if (mean == null || median == null) {
                out.println(String.format(Locale.ROOT, "  %-30s unrated", c.id()));
            } else {
                out.println(String.format(
                        Locale.ROOT,
                        "  %-30s n=%d mean=%s median=%s min=%d max=%d spread=%d",
                        c.id(),
                        c.count(),
                        fmt(mean),
                        fmt(median),
                        c.min(),
                        c.max(),
                        c.spread()));
            }
        }
        out.println("trace:");
        for (RuleResult r : d.trace()) {
            out.println(String.format(Locale.ROOT, "  %-14s %-26s %s", r.verdict(), r.rule(), r.detail()));
        }
        if (d.rejectionReasons().isEmpty()) {
            out.println("rejection reasons: none");
        } else {
            StringBuilder sb = new StringBuilder("rejection reasons:");
            for (ReasonCount rc : d.rejectionReasons()) {
                sb.append(' ').append(rc.id()).append(" (").append(rc.count()).append(')');
            }
            out.println(sb);
        }
    }

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }
}
