package dev.hiring.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the READMEs honest. The root README's Java example is the code between the {@code README:begin}/{@code
 * README:end} markers of {@link Quickstart} (which the build compiles), and the output block under it is what that
 * code prints. Every {@code ```java} block of every README under {@code examples/} is a marked region of a compiled
 * source of that example (for {@code examples/README.md}, of any example), and that region runs in the example's
 * tests: it lies in a test source, or in a main class the tests use.
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

    @Test
    void everyJavaBlockOfTheRootReadmeIsAMarkedRegionOfTheQuickstart() throws Exception {
        List<Region> regions = regions(ROOT.resolve("examples/quickstart"));
        for (String block : fences(readme(), "java")) {
            assertThat(regions)
                    .as("README.md java block:%n%s", block)
                    .anyMatch(r -> r.code().equals(normalize(block)));
        }
    }

    @Test
    void everyJavaBlockOfTheExamplesReadmesIsAMarkedRegionTheTestsRun() throws Exception {
        Path examples = ROOT.resolve("examples");
        List<Path> exampleDirs;
        try (Stream<Path> dirs = Files.list(examples)) {
            exampleDirs = dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml")))
                    .sorted()
                    .toList();
        }
        assertThat(exampleDirs).extracting(d -> d.getFileName().toString()).contains("quickstart");

        int checked = 0;
        List<Region> all = new ArrayList<>();
        for (Path dir : exampleDirs) {
            List<Region> own = regions(dir);
            all.addAll(own);
            Path readme = dir.resolve("README.md");
            if (!Files.isRegularFile(readme)) {
                continue;
            }
            for (String block : fences(Files.readString(readme), "java")) {
                checked++;
                assertThat(own)
                        .as("%s java block:%n%s", ROOT.relativize(readme), block)
                        .anyMatch(r -> r.code().equals(normalize(block)) && r.runInTests());
            }
        }
        Path index = examples.resolve("README.md");
        if (Files.isRegularFile(index)) {
            for (String block : fences(Files.readString(index), "java")) {
                checked++;
                assertThat(all)
                        .as("examples/README.md java block:%n%s", block)
                        .anyMatch(r -> r.code().equals(normalize(block)) && r.runInTests());
            }
        }
        assertThat(checked).as("java blocks checked in the examples' READMEs").isPositive();
    }

    /** A marked region: its code (normalized) and whether the example's tests run it. */
    record Region(Path file, String code, boolean runInTests) {}

    /** The regions between {@code // README:begin [name]} and {@code // README:end [name]} lines of an example. */
    static List<Region> regions(Path exampleDir) throws IOException {
        Path tests = exampleDir.resolve("src/test/java");
        StringBuilder testText = new StringBuilder();
        List<Path> sources = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            Path r = exampleDir.resolve(root);
            if (Files.isDirectory(r)) {
                try (Stream<Path> files = Files.walk(r)) {
                    sources.addAll(files.filter(f -> f.toString().endsWith(".java"))
                            .sorted()
                            .toList());
                }
            }
        }
        for (Path f : sources) {
            if (f.startsWith(tests)) {
                testText.append(Files.readString(f)).append('\n');
            }
        }
        List<Region> regions = new ArrayList<>();
        for (Path f : sources) {
            StringBuilder current = null;
            for (String line : Files.readString(f).split("\n", -1)) {
                String t = line.strip();
                if (t.startsWith("// README:begin")) {
                    current = new StringBuilder();
                } else if (t.startsWith("// README:end") && current != null) {
                    String simpleName = f.getFileName().toString().replace(".java", "");
                    boolean run = f.startsWith(tests) || testText.indexOf(simpleName) >= 0;
                    regions.add(new Region(f, normalize(current.toString()), run));
                    current = null;
                } else if (current != null) {
                    current.append(line).append('\n');
                }
            }
        }
        return regions;
    }

    private static String readme() throws Exception {
        return Files.readString(ROOT.resolve("README.md"));
    }

    /** The n-th fenced block of the given info string. */
    static String fence(String markdown, String info, int n) {
        List<String> blocks = fences(markdown, info);
        assertThat(blocks).as("```%s blocks in README.md", info).hasSizeGreaterThan(n);
        return blocks.get(n);
    }

    /** Every fenced block of the given info string, in order. */
    static List<String> fences(String markdown, String info) {
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
        return blocks;
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
