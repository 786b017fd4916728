package dev.hiring.cli;

import dev.hiring.core.HiringGuide;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.json.HiringJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hiring guide}: prints a built-in guide. */
@Command(name = "guide", mixinStandardHelpOptions = true, description = "Print the built-in hiring guide.")
final class GuideCommand implements Callable<Integer> {
    enum Format {
        json,
        markdown
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "markdown", description = "json or markdown (default: ${DEFAULT-VALUE})")
    Format format = Format.markdown;

    @Option(
            names = "--id",
            defaultValue = HiringGuides.SENIOR_BACKEND_ENGINEER,
            description = "the guide's id (default: ${DEFAULT-VALUE})")
    String id = HiringGuides.SENIOR_BACKEND_ENGINEER;

    @Override
    public Integer call() {
        HiringGuide guide = HiringGuides.byId(id)
                .orElseThrow(() -> new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "no built-in guide with id '" + id + "'"));
        String text = format == Format.json ? HiringJson.write(guide) : GuideMarkdown.render(guide);
        spec.commandLine().getOut().println(text);
        return HiringCli.OK;
    }
}
