package dev.hiring.cli;

import dev.hiring.core.HiringException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code hiring} command.
 *
 * <p>The subcommands are registered in code, not in the {@code @Command} annotation, so that a run builds picocli's
 * model (a reflective scan of each command class) only for the command it runs; help and unknown commands get all.
 */
@Command(
        name = "hiring",
        mixinStandardHelpOptions = true,
        versionProvider = Versions.class,
        description = "Structured hiring as code: the guide, job-description linting, decisions and analytics.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:findings at or above the failure threshold", "2:bad usage or bad input"})
public final class HiringCli implements Runnable {
    /** Success. */
    public static final int OK = 0;
    /** Findings at or above the failure threshold. */
    public static final int FINDINGS = 1;
    /** Bad usage or bad input. */
    public static final int BAD_INPUT = 2;
    /** An internal error: a bug in the SDK. */
    public static final int INTERNAL_ERROR = 3;

    /** The subcommands' names, in the order the help lists them; each is built by {@link #newCommand}. */
    static final List<String> COMMANDS = List.of(
            "guide",
            "process",
            "sourcing",
            "lint",
            "decide",
            "verify",
            "policy",
            "mapping",
            "agreement",
            "impact",
            "calibration",
            "funnel",
            "serve",
            "help");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line with the given output streams and returns the exit code; for embedding and tests. */
    public static int execute(Writer out, Writer err, String... args) {
        PrintWriter o = out instanceof PrintWriter p ? p : new PrintWriter(out, true);
        PrintWriter e = err instanceof PrintWriter p ? p : new PrintWriter(err, true);
        CommandLine cl = commandLineFor(args);
        cl.setOut(o);
        cl.setErr(e);
        int code = cl.execute(args);
        o.flush();
        e.flush();
        return code;
    }

    /** A configured picocli command line for {@code hiring} with every subcommand; for help and tests. */
    static CommandLine commandLine() {
        return withSubcommands(COMMANDS);
    }

    /**
     * A configured command line for these arguments: when the first one names a subcommand, only that one is
     * registered (so only its options are scanned); otherwise (options, help, a typo) all of them, so that the
     * top-level help and the "did you mean" hints list every command.
     */
    static CommandLine commandLineFor(String... args) {
        if (args.length > 0 && !"help".equals(args[0]) && COMMANDS.contains(args[0])) {
            return withSubcommands(List.of(args[0]));
        }
        return withSubcommands(COMMANDS);
    }

    private static CommandLine withSubcommands(List<String> names) {
        CommandLine cl = new CommandLine(new HiringCli());
        for (String name : names) {
            cl.addSubcommand(name, newCommand(name));
        }
        // after the subcommands: these settings reach only the subcommands registered so far
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(usageError());
        cl.setExecutionExceptionHandler(executionError());
        return cl;
    }

    /** A new instance of the named subcommand; a plain switch, so no command class is loaded until it is used. */
    static Object newCommand(String name) {
        return switch (name) {
            case "guide" -> new GuideCommand();
            case "process" -> new ProcessCommand();
            case "sourcing" -> new SourcingCommand();
            case "lint" -> new LintCommand();
            case "decide" -> new DecideCommand();
            case "verify" -> new VerifyCommand();
            case "policy" -> new PolicyCommand();
            case "mapping" -> new MappingCommand();
            case "agreement" -> new AgreementCommand();
            case "impact" -> new ImpactCommand();
            case "calibration" -> new CalibrationCommand();
            case "funnel" -> new FunnelCommand();
            case "serve" -> new ServeCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand '" + name + "'");
        };
    }

    private static IParameterExceptionHandler usageError() {
        return (ParameterException ex, String[] args) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            String name = cmd.getCommandSpec().qualifiedName();
            err.println(name + ": " + oneLine(ex.getMessage()) + " (see '" + name + " --help')");
            return BAD_INPUT;
        };
    }

    private static IExecutionExceptionHandler executionError() {
        return (Exception ex, CommandLine cmd, ParseResult parseResult) -> {
            PrintWriter err = cmd.getErr();
            String name = cmd.getCommandSpec().qualifiedName();
            if (ex instanceof HiringException || ex instanceof UncheckedIOException || ex instanceof IOException) {
                err.println(name + ": " + oneLine(message(ex)));
                return BAD_INPUT;
            }
            if (ex instanceof ParameterException pe) {
                err.println(name + ": " + oneLine(pe.getMessage()));
                return BAD_INPUT;
            }
            err.println(name + ": internal error (" + ex.getClass().getSimpleName()
                    + "); please report it with the command that caused it");
            if (System.getenv("HIRING_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        };
    }

    private static String message(Exception ex) {
        Throwable t = ex instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + t.getMessage();
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "cannot read: " + t.getMessage();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }

    /** Keeps the first line of a message, so errors stay one line. */
    static String oneLine(@org.jspecify.annotations.Nullable String message) {
        if (message == null) {
            return "error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
