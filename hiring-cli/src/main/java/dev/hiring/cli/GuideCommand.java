package dev.hiring.cli;

import dev.hiring.core.HiringGuide;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.guide.GuideRegistry;
import dev.hiring.core.json.HiringJson;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hiring guide}: prints a built-in guide or a guide file of one's own, checked. */
@Command(
        name = "guide",
        mixinStandardHelpOptions = true,
        description = "Print the built-in hiring guide, or a guide file of your own (--guide FILE), checked.")
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
            description = "the guide's id: a built-in one or the --guide's (default: the --guide's, else "
                    + HiringGuides.SENIOR_BACKEND_ENGINEER + ")")
    @Nullable
    String id;

    @Option(
            names = "--guide",
            paramLabel = "FILE",
            description = "a guide JSON file of your own (the format --format json prints), read and checked")
    @Nullable
    String guideFile;

    @Override
    public Integer call() {
        GuideRegistry guides = GuideArgs.registry(guideFile);
        String wanted = id != null
                ? id
                : guideFile != null ? guides.ids().get(guides.ids().size() - 1) : HiringGuides.SENIOR_BACKEND_ENGINEER;
        HiringGuide guide = guides.find(wanted)
                .orElseThrow(() -> new picocli.CommandLine.ParameterException(
                        spec.commandLine(),
                        "no " + (guideFile == null ? "built-in " : "") + "guide with id '" + PolicyArgs.shorten(wanted)
                                + "' (known: " + String.join(", ", guides.ids()) + ")"));
        String text = format == Format.json ? HiringJson.write(guide) : GuideMarkdown.render(guide);
        spec.commandLine().getOut().println(text);
        return HiringCli.OK;
    }
}
