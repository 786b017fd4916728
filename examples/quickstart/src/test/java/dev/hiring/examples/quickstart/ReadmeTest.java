package dev.hiring.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README honest: its Java example is the code between the {@code README:begin}/{@code README:end} markers of
 * {@link Quickstart} (which the build compiles), and the output block under it is what that code prints.
 */
class ReadmeTest {
    private static final Path ROOT = repositoryRoot();

    @Test
    void readmeExampleIsTheCompiledQuickstart() throws Exception {
        String source = Files.readString(
                ROOT.resolve("examples/quickstart/src/main/java/dev/hiring/examples/quickstart/Quickstart.java"));
        String marked = source.substring(
                source.indexOf("// README:begin") + "// README:begin".length(), source.indexOf("// README:end"));

        assertThat(normalize(fence(readme(), "java", 0))).isEqualTo(normalize(marked));
    }

    @Test
    void readmeOutputIsWhatTheQuickstartPrints() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            Quickstart.main(new String[0]);
        } finally {
            System.setOut(original);
        }

        assertThat(buffer.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo(fence(readme(), "text", 0).strip());
    }

    private static String readme() throws Exception {
        return Files.readString(ROOT.resolve("README.md"));
    }

    /** The n-th fenced block of the given info string. */
    static String fence(String markdown, String info, int n) {
        List<String> blocks = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        StringBuilder current = null;
        for (String line : lines) {
            if (current == null && line.strip().equals("```" + info)) {
                current = new StringBuilder();
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(current.toString());
                current = null;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        assertThat(blocks).as("```%s blocks in README.md", info).hasSizeGreaterThan(n);
        return blocks.get(n);
    }

    /** Compares code by its tokens: indentation and line breaks may differ. */
    private static String normalize(String code) {
        return String.join(" ", code.strip().split("\\s+"));
    }

    static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(".ci"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("repository root (with .ci/) not found above user.dir");
        }
        return dir;
    }
}
