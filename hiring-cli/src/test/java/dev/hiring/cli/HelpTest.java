package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help renders cleanly: picocli reports a bad format string (an unescaped {@code %}) only at run time. */
class HelpTest {
    @Test
    void everyCommandsHelpRendersWithoutWarnings() {
        List<CommandLine> all = new ArrayList<>();
        collect(HiringCli.commandLine(), all);
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        List<String> usages = new ArrayList<>();
        try {
            for (CommandLine cl : all) {
                usages.add(cl.getUsageMessage());
            }
        } finally {
            System.setErr(original);
        }

        assertThat(all).hasSizeGreaterThan(12);
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(usages).allSatisfy(u -> assertThat(u).contains("Usage: hiring"));
    }

    private static void collect(CommandLine cl, List<CommandLine> out) {
        out.add(cl);
        cl.getSubcommands().values().forEach(sub -> collect(sub, out));
    }
}
