package dev.hiring.cli;

import dev.hiring.core.HiringException;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.CriterionAggregate;
import dev.hiring.rubric.Decision;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.DecisionRecord;
import dev.hiring.rubric.NativeFormat;
import dev.hiring.rubric.ReasonCount;
import dev.hiring.rubric.RuleResult;
import dev.hiring.rubric.importer.AtsImporter;
import dev.hiring.rubric.importer.AtsMapping;
import dev.hiring.rubric.importer.AtsVendor;
import dev.hiring.rubric.importer.ImportReport;
import dev.hiring.rubric.importer.ImportResult;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "2:bad usage or bad input (unreadable file, invalid JSON, unknown rating, policy or mapping; an"
                    + " interviewer with two scorecards, another role than the policy's, payloads of different"
                    + " candidates; with --strict, vendor names the mapping does not map)"
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

    @Mixin
    EvaluationOptions input = new EvaluationOptions();

    @Option(
            names = "--strict",
            description = "for ATS input: exit 2 if the payload has vendor attributes, fields, traits or rejection "
                    + "reasons that the mapping does not map (list them in the mapping's \"ignored\" to skip them)")
    boolean strict;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Option(
            names = "--record",
            description = "print the decision record as JSON instead: the time decided, the policy's id, version and"
                    + " hash, the SHA-256 digest of the input evaluation, the decision with its trace and an empty"
                    + " override history (check it later with 'hiring verify')")
    boolean record;

    /** The clock of the record's decidedAt. */
    private final java.time.Clock clock = java.time.Clock.systemUTC();

    @Override
    public Integer call() {
        DecisionPolicy p = input.resolve().policy();
        input.requireAtsOptionsOnlyForAts(spec, true, strict);
        Loaded loaded = load(p, input.from, input.mapping, input.application, strict, file);
        CandidateEvaluation evaluation = loaded.evaluation();
        ImportReport report = loaded.report();
        DecisionRecord rec;
        try {
            p.requireDecidable(evaluation);
            rec = DecisionRecord.decide(p, evaluation, clock);
        } catch (HiringException e) {
            throw new HiringException(CliInput.display(file) + ": " + e.getMessage(), e);
        }
        Decision decision = rec.decision();
        PrintWriter out = spec.commandLine().getOut();
        if (this.record) {
            if (report != null) {
                printReport(spec.commandLine().getErr(), report);
            }
            out.println(rec.toJson());
        } else if (format == Format.json) {
            if (report == null) {
                out.println(decision.toJson());
            } else {
                com.fasterxml.jackson.databind.node.ObjectNode json =
                        HiringJackson.mapper().valueToTree(decision);
                json.set("import", HiringJackson.mapper().valueToTree(report));
                out.println(dev.hiring.core.json.HiringJson.write(json));
            }
        } else {
            if (report != null) {
                printReport(spec.commandLine().getErr(), report);
            }
            printText(out, decision, report);
        }
        return HiringCli.OK;
    }

    /** An evaluation read from a file, with the import report of ATS input. */
    record Loaded(CandidateEvaluation evaluation, @Nullable ImportReport report) {}

    /**
     * Reads the evaluation of {@code file} in the {@code from} format (with the mapping and application of ATS
     * input); errors name the file they are about.
     */
    static Loaded load(
            DecisionPolicy p,
            From from,
            @Nullable String mapping,
            @Nullable String application,
            boolean strict,
            String file) {
        if (from == From.NATIVE) {
            return new Loaded(CliInput.read(file, text -> NativeFormat.read(text, p)), null);
        }
        AtsMapping m = mapping == null ? AtsMapping.empty() : CliInput.read(mapping, AtsMapping::parse);
        ImportResult imported = importAts(vendor(from), m, p, file, application);
        ImportReport report = imported.report();
        if (strict && report.hasUnmapped()) {
            throw new HiringException(
                    CliInput.display(file) + ": " + report.unmapped().size()
                            + " vendor names are not mapped (--strict): " + report.unmappedSummary());
        }
        return new Loaded(imported.evaluation(), report);
    }

    /**
     * Imports the ATS payload of {@code file} (with the candidate's application, if given) for the policy's rating
     * scale; errors name the file they are about, the application's file for an error in the application.
     */
    static ImportResult importAts(
            AtsVendor vendor, AtsMapping mapping, DecisionPolicy p, String file, @Nullable String application) {
        String text = CliInput.readText(file);
        String app = application == null ? null : CliInput.readText(application);
        try {
            AtsImporter importer = AtsImporter.of(vendor, mapping, p);
            return app == null ? importer.readWithReport(text) : importer.readWithReport(text, app);
        } catch (HiringException e) {
            // the importer names the application in its errors ("greenhouse application"), so name its file
            String message = e.getMessage();
            String where = application != null && message != null && message.contains(vendor.id() + " application")
                    ? application
                    : file;
            throw new HiringException(CliInput.display(where) + ": " + e.getMessage(), e);
        }
    }

    /** The import report as warnings and notes on standard error, one line each. */
    private void printReport(PrintWriter err, ImportReport r) {
        printReport(err, r, spec.qualifiedName());
    }

    /** The import report on standard error, each line starting with the command's name. */
    static void printReport(PrintWriter err, ImportReport r, String name) {
        if (r.hasUnmapped()) {
            err.println(name + ": warning: " + r.unmapped().size() + " " + r.vendor()
                    + " names are not mapped, so what they rated was not imported: " + r.unmappedSummary()
                    + " (write a mapping with 'hiring mapping init --from " + r.vendor() + " FILE')");
        }
        if (!r.unusedMappings().isEmpty()) {
            err.println(name + ": warning: the mapping names what the payload does not have (a typo?): "
                    + String.join(", ", r.unusedMappings()));
        }
        for (String hint : r.hints()) {
            err.println(name + ": warning: " + hint);
        }
        StringBuilder found = new StringBuilder();
        append(found, "stages", r.stages());
        append(found, "interviews", r.interviews());
        append(found, "applications", r.applications());
        append(found, "rejection reasons from the application", r.rejectionReasons());
        found.append(found.length() == 0 ? "" : "; ")
                .append(r.ignored().size())
                .append(r.ignored().size() == 1 ? " value" : " values")
                .append(" not imported on purpose");
        err.println(name + ": import: " + found);
        for (dev.hiring.rubric.importer.IgnoredValue v : r.ignored()) {
            err.println(name + ": not imported: " + v.path() + ": " + v.reason());
        }
    }

    private static void append(StringBuilder sb, String label, java.util.List<String> ids) {
        if (!ids.isEmpty()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(label).append(' ').append(String.join(", ", ids));
        }
    }

    private static AtsVendor vendor(From from) {
        return AtsVendor.valueOf(from.name());
    }

    private static void printText(PrintWriter out, Decision d, @Nullable ImportReport report) {
        Double score = d.score();
        String nothing = report != null && report.hasUnmapped()
                ? " (nothing rated: no " + report.vendor() + " rating was mapped; not mapped: "
                        + report.unmappedSummary() + ")"
                : " (nothing rated)";
        out.println("candidate " + d.candidate() + ": " + d.outcome()
                + (score == null ? nothing : " (weighted score " + fmt(score) + ")"));
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
