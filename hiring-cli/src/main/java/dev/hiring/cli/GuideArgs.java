package dev.hiring.cli;

import dev.hiring.core.HiringException;
import dev.hiring.core.HiringGuide;
import dev.hiring.core.guide.GuideRegistry;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a {@code --guide} argument: a guide JSON file (the format of {@code hiring guide --format json}), or for
 * commands that also accept one, a built-in guide id.
 */
final class GuideArgs {
    private GuideArgs() {}

    /** The guides a command knows: the built-in ones plus the guide of {@code file}, if given. */
    static GuideRegistry registry(@Nullable String file) {
        return file == null ? GuideRegistry.builtIn() : GuideRegistry.builtIn().with(read(file));
    }

    /**
     * The guide of a file (or standard input for {@code -}), read and checked like the built-in one.
     *
     * @throws HiringException naming the file if it is missing, malformed or invalid, or has a built-in guide's id
     */
    static HiringGuide read(String file) {
        HiringGuide g = CliInput.readJson(file, HiringGuide.class);
        if (GuideRegistry.builtIn().contains(g.id())) {
            throw new HiringException(CliInput.display(file) + ": the guide's id '" + g.id()
                    + "' is a built-in guide's; give your guide an id of its own");
        }
        return g;
    }

    /**
     * The built-in guide with this id, or the guide read from the file of this name.
     *
     * @throws HiringException if neither exists (naming the built-in ids) or the file holds an invalid guide
     */
    static HiringGuide resolve(String idOrFile) {
        Optional<HiringGuide> builtIn = GuideRegistry.builtIn().find(idOrFile);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        if (!idOrFile.equals("-") && !java.nio.file.Files.exists(java.nio.file.Path.of(idOrFile))) {
            throw new HiringException(
                    "no built-in guide or guide file named '" + PolicyArgs.shorten(idOrFile) + "' (built-in: "
                            + String.join(", ", GuideRegistry.builtIn().ids()) + ")");
        }
        return read(idOrFile);
    }
}
