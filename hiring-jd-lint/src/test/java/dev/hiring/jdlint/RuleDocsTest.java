package dev.hiring.jdlint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.rules.BuiltInRules;
import dev.hiring.jdlint.spi.JdRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule pages' excerpts are executable: every fenced block under {@code ## Incorrect} of {@code docs/rules/<id>.md}
 * gives at least one finding of rule {@code <id>}, and every block under {@code ## Correct} gives none. The fence's
 * info string says the format ({@code markdown}, {@code html} or {@code text}). Only the page's own rule is checked,
 * so changes to other rules do not break a page.
 */
class RuleDocsTest {
    private static final Path DOCS = Path.of("../docs/rules");
    private static final Linter LINTER = Linter.builder()
            .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC))
            .build();

    /**
     * One fenced excerpt of a rule page.
     *
     * @param rule the page's rule id (its file name)
     * @param section {@code Incorrect} or {@code Correct}
     * @param index 1-based number of the block within its section
     * @param line 1-based line of the opening fence in the page
     * @param info the fence's info string
     * @param text the block's content
     */
    record Block(String rule, String section, int index, int line, String info, String text) {
        @Override
        public String toString() {
            return rule + " " + section + " #" + index;
        }

        boolean incorrect() {
            return section.equals("Incorrect");
        }
    }

    static List<Path> pages() {
        if (!Files.isDirectory(DOCS)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(DOCS)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        for (Path p : pages()) {
            out.addAll(blocks(p));
        }
        return out;
    }

    /** The fenced blocks under the page's {@code ## Incorrect} and {@code ## Correct} headings. */
    static List<Block> blocks(Path page) {
        String name = page.getFileName().toString();
        String rule = name.substring(0, name.length() - ".md".length());
        List<String> lines;
        try {
            lines = Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> out = new ArrayList<>();
        @Nullable String section = null;
        int incorrect = 0;
        int correct = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("## ")) {
                String h = l.substring(3).strip();
                section = h.equals("Incorrect") || h.equals("Correct") ? h : null;
                continue;
            }
            String fence = fence(l);
            if (fence.isEmpty()) {
                continue;
            }
            int open = i;
            StringBuilder text = new StringBuilder();
            for (i++; i < lines.size() && !closes(lines.get(i), fence); i++) {
                text.append(lines.get(i)).append('\n');
            }
            if (i >= lines.size()) {
                throw new IllegalStateException(page + ":" + (open + 1) + ": unclosed code fence");
            }
            if (section != null) {
                int index = section.equals("Incorrect") ? ++incorrect : ++correct;
                String info = l.strip().substring(fence.length()).strip();
                out.add(new Block(rule, section, index, open + 1, info, text.toString()));
            }
        }
        return out;
    }

    /** The opening fence (three or more backticks or tildes) of a line, or "" when the line opens none. */
    private static String fence(String line) {
        String s = line.strip();
        if (line.length() - line.stripLeading().length() > 3 || s.length() < 3) {
            return "";
        }
        char c = s.charAt(0);
        if (c != '`' && c != '~') {
            return "";
        }
        int n = 0;
        while (n < s.length() && s.charAt(n) == c) {
            n++;
        }
        return n >= 3 ? s.substring(0, n) : "";
    }

    /** Whether the line closes the fence: only the fence's character, at least as many, no info string. */
    private static boolean closes(String line, String fence) {
        String s = line.strip();
        if (s.length() < fence.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) != fence.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable InputFormat format(String info) {
        String word = info.isEmpty() ? "" : info.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return switch (word) {
            case "markdown", "md" -> InputFormat.MARKDOWN;
            case "html" -> InputFormat.HTML;
            case "text", "txt", "plain" -> InputFormat.TEXT;
            default -> null;
        };
    }

    @Test
    void everyRuleHasAPageAndEveryPageHasBothKindsOfExcerpt() {
        List<Path> pages = pages();
        assertThat(pages)
                .as("rule pages under %s", DOCS.toAbsolutePath().normalize())
                .isNotEmpty();
        List<Block> all = blocks();
        for (Path p : pages) {
            List<Block> mine = blocks(p);
            assertThat(mine).as("%s has an Incorrect excerpt", p).anyMatch(Block::incorrect);
            assertThat(mine).as("%s has a Correct excerpt", p).anyMatch(b -> !b.incorrect());
        }
        for (JdRule r : BuiltInRules.all()) {
            assertThat(all)
                    .as("a doc page for %s", r.meta().id())
                    .anyMatch(b -> b.rule().equals(r.meta().id()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void excerptFiresItsRuleOnlyWhenIncorrect(Block block) {
        assertThat(BuiltInRules.all())
                .as("the rule %s of docs/rules/%s.md is a built-in rule", block.rule(), block.rule())
                .anyMatch(r -> r.meta().id().equals(block.rule()));
        InputFormat format = format(block.info());
        if (format == null) {
            fail(
                    "docs/rules/%s.md:%d: the fence's info string '%s' names no format (markdown, html or text)",
                    block.rule(), block.line(), block.info());
            return;
        }
        LintReport report = LINTER.lint(block.text(), format);
        List<String> own = report.findings().stream()
                .filter(f -> f.ruleId().equals(block.rule()))
                .map(f -> f.line() + ":" + f.column() + " " + f.messageId() + ": " + f.message())
                .collect(Collectors.toList());
        if (block.incorrect()) {
            assertThat(own)
                    .as(
                            "docs/rules/%s.md:%d: the Incorrect excerpt gives a %s finding",
                            block.rule(), block.line(), block.rule())
                    .isNotEmpty();
        } else {
            assertThat(own)
                    .as(
                            "docs/rules/%s.md:%d: the Correct excerpt gives no %s finding",
                            block.rule(), block.line(), block.rule())
                    .isEmpty();
        }
    }

    @Test
    void extractsBlocksOnlyUnderIncorrectAndCorrect(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path page = dir.resolve("some-rule.md");
        Files.writeString(page, """
                # some-rule

                ```markdown
                not an excerpt
                ```

                ## Incorrect

                ```markdown
                bad one
                ```

                ````html
                <p>bad two</p>
                ````

                ## Correct

                ~~~text
                good
                ```
                still good
                ~~~

                ## Options

                ```json
                {"rules": {}}
                ```
                """);
        assertThat(blocks(page))
                .extracting(b -> b + "|" + b.line() + "|" + b.info() + "|" + b.text())
                .containsExactly(
                        "some-rule Incorrect #1|9|markdown|bad one\n",
                        "some-rule Incorrect #2|13|html|<p>bad two</p>\n",
                        "some-rule Correct #1|19|text|good\n```\nstill good\n");
    }
}
