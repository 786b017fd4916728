package dev.hiring.cli;

import dev.hiring.core.HiringException;
import dev.hiring.core.Severity;
import dev.hiring.jdlint.Baseline;
import dev.hiring.jdlint.FileResult;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.InputTooLargeException;
import dev.hiring.jdlint.LintConfig;
import dev.hiring.jdlint.Linter;
import dev.hiring.jdlint.format.JsonFormat;
import dev.hiring.jdlint.format.SarifFormat;
import dev.hiring.jdlint.format.TextFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hiring lint}: lints job descriptions against the guide's do's and don'ts, and beyond. */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        description = "Lint job descriptions (Markdown, HTML or text) against every do and don't of the guide, "
                + "and beyond. Directories are searched for .md, .markdown, .txt, .html and .htm files.")
final class LintCommand implements Callable<Integer> {
    enum Format {
        text,
        json,
        sarif
    }

    enum FailOn {
        error,
        warning,
        suggestion,
        never
    }

    /** The configuration file read from the working directory when {@code --config} is not given. */
    static final String DEFAULT_CONFIG = ".hiring-lint.json";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files, directories, or - for standard input")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "configuration (default: ./" + DEFAULT_CONFIG + " if present)")
    @Nullable
    String config;

    @Option(
            names = "--fail-on",
            defaultValue = "error",
            description = "exit 1 when a finding is at or above this: error, warning, suggestion or never "
                    + "(default: ${DEFAULT-VALUE})")
    FailOn failOn = FailOn.error;

    @Option(names = "--baseline", paramLabel = "FILE", description = "accept the findings recorded in this baseline")
    @Nullable
    String baseline;

    @Option(
            names = "--write-baseline",
            paramLabel = "FILE",
            description = "write the current findings as a baseline to FILE (they are then accepted)")
    @Nullable
    String writeBaseline;

    @Override
    public Integer call() {
        Linter linter = Linter.builder().config(readConfig()).loadProviders().build();
        Baseline accepted = baseline == null ? Baseline.empty() : Baseline.parse(CliInput.readText(baseline));
        List<String> inputs = inputs();
        List<FileResult> results = new ArrayList<>(inputs.size());
        for (FileResult r : lintAll(linter, inputs)) {
            results.add(accepted.filter(r));
        }
        if (writeBaseline != null) {
            write(Path.of(writeBaseline), Baseline.of(results).toJson());
            List<FileResult> none = new ArrayList<>();
            for (FileResult r : results) {
                none.add(new FileResult(r.path(), r.report().withFindings(List.of())));
            }
            results = none;
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case text -> out.print(TextFormat.format(results));
            case json -> out.println(JsonFormat.format(results));
            case sarif -> out.println(SarifFormat.format(results, linter.rules()));
        }
        out.flush();
        if (failOn == FailOn.never) {
            return HiringCli.OK;
        }
        Severity threshold = Severity.parse(failOn.name().toUpperCase(Locale.ROOT));
        for (FileResult r : results) {
            if (r.report().hasAtLeast(threshold)) {
                return HiringCli.FINDINGS;
            }
        }
        return HiringCli.OK;
    }

    /**
     * Lints the inputs, in order. Several files are read and linted on as many threads as there are processors (the
     * linter is thread-safe), but the outcome is the one of linting them one after the other: the results in input
     * order, or the error of the first input in that order that fails.
     */
    static List<FileResult> lintAll(Linter linter, List<String> inputs) {
        int threads = Math.min(inputs.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            List<FileResult> out = new ArrayList<>(inputs.size());
            for (String input : inputs) {
                out.add(lintOne(linter, input));
            }
            return out;
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "hiring-lint-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileResult>> futures = new ArrayList<>(inputs.size());
            for (String input : inputs) {
                futures.add(pool.submit(() -> lintOne(linter, input)));
            }
            List<FileResult> out = new ArrayList<>(inputs.size());
            for (Future<FileResult> f : futures) {
                out.add(result(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileResult lintOne(Linter linter, String input) {
        String text = CliInput.readText(input);
        String shown = CliInput.display(input);
        try {
            InputFormat fmt = "-".equals(input) ? InputFormat.MARKDOWN : InputFormat.fromFileName(input);
            return new FileResult(shown, linter.lint(text, fmt));
        } catch (InputTooLargeException e) {
            throw new HiringException(shown + ": " + e.getMessage(), e);
        }
    }

    /** The task's result, or its own exception as if the task had run on this thread. */
    private static FileResult result(Future<FileResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HiringException("interrupted while linting", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    private LintConfig readConfig() {
        String file = config;
        if (file == null) {
            if (!Files.isRegularFile(Path.of(DEFAULT_CONFIG))) {
                return LintConfig.defaults();
            }
            file = DEFAULT_CONFIG;
        }
        try {
            return LintConfig.parse(CliInput.readText(file));
        } catch (HiringException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(CliInput.display(file))) {
                throw e;
            }
            throw new HiringException(CliInput.display(file) + ": " + e.getMessage(), e);
        }
    }

    /** The inputs in order: files as given, directories expanded recursively in sorted order. */
    private List<String> inputs() {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            if ("-".equals(p)) {
                out.add(p);
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> s = Files.walk(path)) {
                    s.filter(Files::isRegularFile)
                            .filter(LintCommand::isJobDescription)
                            .map(Path::toString)
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (!Files.exists(path)) {
                throw new HiringException(p + ": no such file or directory");
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean isJobDescription(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".md")
                || n.endsWith(".markdown")
                || n.endsWith(".txt")
                || n.endsWith(".html")
                || n.endsWith(".htm");
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
