package dev.hiring.benchmarks;

import dev.hiring.jdlint.Finding;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.LintReport;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.NullMarked;

/**
 * Measures the linter against labels made by reading: lints every posting a label file names with the default
 * rules and a fixed clock ({@link #AS_OF}), compares each label with the linter's prediction and prints per-rule
 * confusion counts, precision, recall and accuracy, then every disagreement.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.hiring.benchmarks.LintEvaluation [--json] LABELS.tsv CORPUS_DIR [LABELS.tsv CORPUS_DIR ...]
 * </pre>
 *
 * <p>A rule's prediction is {@code violates} when the report has a finding with the rule's id. A {@code list:}
 * row's prediction is {@code present} when the report has a section of kind {@link SectionKind#RESPONSIBILITIES}
 * ({@code list:responsibilities}) or {@link SectionKind#REQUIREMENTS} or {@link SectionKind#NICE_TO_HAVE} (a list of
 * qualifications, required or optional: {@code list:requirements}) with at least one
 * list item. The format comes from the file name: {@code .md}/{@code .markdown} Markdown, {@code .html}/{@code .htm}
 * HTML, anything else plain text. Exit code 0 on success, 2 on bad arguments or bad input (the message on standard
 * error names the file, the line and the problem).
 */
@NullMarked
public final class LintEvaluation {
    /** The instant the postings are linted at (pay-transparency laws in force, technology ages). */
    public static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");

    /** Exit code on success. */
    public static final int EXIT_OK = 0;

    /** Exit code on bad arguments or bad input. */
    public static final int EXIT_BAD_INPUT = 2;

    private static final String USAGE = "usage: java -cp benchmarks.jar dev.hiring.benchmarks.LintEvaluation [--json]"
            + " LABELS.tsv CORPUS_DIR [LABELS.tsv CORPUS_DIR ...]\n"
            + "  LABELS.tsv: header 'file<TAB>rule<TAB>label<TAB>line<TAB>reason'; 'file' is resolved against the"
            + " parent of CORPUS_DIR (jd/001-x.md with ../shared/corpus/jd)\n";

    private final Linter linter;

    /** An evaluation with the default rules and the clock fixed at {@link #AS_OF}. */
    public LintEvaluation() {
        this(Linter.builder().clock(Clock.fixed(AS_OF, ZoneOffset.UTC)).build());
    }

    /** An evaluation with another linter (tests). */
    public LintEvaluation(Linter linter) {
        this.linter = linter;
    }

    /**
     * Reads the label files and evaluates the linter on them.
     *
     * @throws LabelFileException if a label file is malformed or names a missing or unreadable posting
     */
    public EvaluationReport evaluate(List<Labels.Source> sources) {
        List<Label> labels = Labels.read(sources);
        Map<Path, LintReport> reports = new HashMap<>();
        List<Judgement> judged = new ArrayList<>(labels.size());
        for (Label l : labels) {
            LintReport r = reports.get(l.path());
            if (r == null) {
                r = linter.lint(read(l), formatOf(l.path()));
                reports.put(l.path(), r);
            }
            judged.add(judge(l, r));
        }
        return EvaluationReport.of(judged);
    }

    /** The linter's prediction for one label, from the report of its posting. */
    public static Judgement judge(Label label, LintReport report) {
        // A set: a rule that reports the same message twice on one line is one piece of evidence.
        java.util.Set<String> evidence = new java.util.LinkedHashSet<>();
        if (Labels.isListRule(label.rule())) {
            boolean duties = label.rule().equals(Labels.LIST_RESPONSIBILITIES);
            for (Section s : report.sections()) {
                boolean kind = duties
                        ? s.kind() == SectionKind.RESPONSIBILITIES
                        : s.kind() == SectionKind.REQUIREMENTS || s.kind() == SectionKind.NICE_TO_HAVE;
                if (kind && !s.items().isEmpty()) {
                    evidence.add(String.format(
                            Locale.ROOT,
                            "line %d: section \"%s\" with %d items",
                            s.line(),
                            s.title(),
                            s.items().size()));
                }
            }
        } else {
            for (Finding f : report.findings()) {
                if (f.ruleId().equals(label.rule())) {
                    evidence.add("line " + f.line() + ": " + f.message());
                }
            }
        }
        return new Judgement(label, !evidence.isEmpty(), List.copyOf(evidence));
    }

    /** The input format of a posting, from its file name. */
    public static InputFormat formatOf(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return InputFormat.MARKDOWN;
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return InputFormat.HTML;
        }
        return InputFormat.TEXT;
    }

    private static String read(Label l) {
        try {
            return Files.readString(l.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabelFileException(
                    l.source(),
                    l.row(),
                    "cannot read corpus file " + l.path() + " as UTF-8 text ("
                            + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Runs the command.
     *
     * @return {@link #EXIT_OK} or {@link #EXIT_BAD_INPUT}
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = false;
        List<String> rest = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--help") || a.equals("-h")) {
                out.print(USAGE);
                return EXIT_OK;
            } else if (a.startsWith("--")) {
                err.print("unknown option " + a + "\n" + USAGE);
                return EXIT_BAD_INPUT;
            } else {
                rest.add(a);
            }
        }
        if (rest.isEmpty() || rest.size() % 2 != 0) {
            err.print("expected pairs of LABELS.tsv CORPUS_DIR\n" + USAGE);
            return EXIT_BAD_INPUT;
        }
        List<Labels.Source> sources = new ArrayList<>();
        for (int i = 0; i < rest.size(); i += 2) {
            sources.add(new Labels.Source(Path.of(rest.get(i)), Path.of(rest.get(i + 1))));
        }
        EvaluationReport report;
        try {
            report = new LintEvaluation().evaluate(sources);
        } catch (LabelFileException e) {
            err.println("error: " + e.getMessage());
            return EXIT_BAD_INPUT;
        }
        out.print(json ? report.toJson() + "\n" : report.toText());
        out.flush();
        return EXIT_OK;
    }

    /** The command line entry point; exits with {@link #run}'s code. */
    public static void main(String[] args) {
        int code = run(List.of(args), System.out, System.err);
        System.out.flush();
        System.exit(code);
    }
}
