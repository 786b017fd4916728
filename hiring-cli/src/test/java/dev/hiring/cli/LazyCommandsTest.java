package dev.hiring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line builds only the subcommand it runs; help and unknown commands see all of them. */
class LazyCommandsTest {
    @Test
    void eachNameBuildsTheCommandOfThatName() {
        for (String name : HiringCli.COMMANDS) {
            Object command = HiringCli.newCommand(name);
            assertThat(command.getClass().getAnnotation(Command.class).name())
                    .as(name)
                    .isEqualTo(name);
        }
        assertThatThrownBy(() -> HiringCli.newCommand("lnt")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRunOfOneCommandRegistersOnlyThatOne() {
        assertThat(HiringCli.commandLineFor("lint", "posting.md").getSubcommands())
                .containsOnlyKeys("lint");
        assertThat(HiringCli.commandLineFor("process", "check", "p.json").getSubcommands())
                .containsOnlyKeys("process");
    }

    @Test
    void helpOptionsAndTyposSeeEveryCommand() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "lint"}, {"lnt"}, {"--version"}}) {
            CommandLine cl = HiringCli.commandLineFor(args);
            assertThat(cl.getSubcommands().keySet())
                    .as(String.join(" ", args))
                    .containsExactlyElementsOf(HiringCli.COMMANDS);
        }
    }

    @Test
    void theTopLevelHelpStillListsEveryCommandAndATypoIsStillAUsageError() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isEqualTo(HiringCli.OK);
        for (String name : HiringCli.COMMANDS) {
            assertThat(help.out()).contains("  " + name);
        }
        CliRun typo = CliRun.of("lnt");
        assertThat(typo.exitCode()).isEqualTo(HiringCli.BAD_INPUT);
        assertThat(typo.err()).startsWith("hiring: ").contains("lnt");
    }
}
