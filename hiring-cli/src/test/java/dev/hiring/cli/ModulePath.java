package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line as a real JPMS application ({@code java -p … -m dev.hiring.cli/…}) in a child JVM. Surefire
 * patches tests into the module and so hides a missing {@code opens} (Jackson, Hibernate Validator, picocli) or
 * {@code requires}; a child JVM on the module path does not.
 */
final class ModulePath {
    private ModulePath() {}

    /** Runs {@code hiring args…} on the module path and returns its exit code and output. */
    static CliRun run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-p");
        cmd.add(String.join(File.pathSeparator, modulePath()));
        cmd.add("-m");
        cmd.add("dev.hiring.cli/dev.hiring.cli.HiringCli");
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        return new CliRun(p.exitValue(), out, new String(err.get(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The CLI's classes and runtime dependencies: the test JVM's paths without test-only entries. */
    private static Set<String> modulePath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
            for (String entry : System.getProperty(property, "").split(File.pathSeparator, -1)) {
                if (!entry.isBlank() && isRuntime(entry)) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private static boolean isRuntime(String entry) {
        String name = Path.of(entry).getFileName().toString();
        return !entry.contains("test-classes")
                && !name.startsWith("junit-")
                && !name.startsWith("assertj-")
                && !name.startsWith("quicktheories-")
                && !name.startsWith("hiring-testkit")
                && !name.startsWith("opentest4j-")
                && !name.startsWith("apiguardian-")
                && !name.startsWith("surefire")
                && !name.startsWith("common-java5")
                && !name.startsWith("common-junit")
                && !name.startsWith("byte-buddy");
    }
}
