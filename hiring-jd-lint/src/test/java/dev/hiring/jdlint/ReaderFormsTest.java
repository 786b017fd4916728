package dev.hiring.jdlint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionBasis;
import dev.hiring.jdlint.document.SectionKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The heading and list forms people write (LINT-LABELS.md, "general principles") all give the same document: a
 * requirements section with three items, whatever the heading or bullet form.
 */
class ReaderFormsTest {
    private static final String ITEMS_DASH =
            "- Experience with Java services\n- Knowledge of SQL\n- Strong written English\n";

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("ATX heading", InputFormat.MARKDOWN, "## Requirements\n\n" + ITEMS_DASH),
                Arguments.of("ATX heading without a space", InputFormat.MARKDOWN, "###Requirements\n\n" + ITEMS_DASH),
                Arguments.of("ATX heading in bold", InputFormat.MARKDOWN, "### **Requirements**\n\n" + ITEMS_DASH),
                Arguments.of("bold line", InputFormat.MARKDOWN, "**Requirements**\n\n" + ITEMS_DASH),
                Arguments.of("bold line with colon", InputFormat.MARKDOWN, "**Requirements:**\n" + ITEMS_DASH),
                Arguments.of("plain line with colon", InputFormat.MARKDOWN, "Requirements:\n\n" + ITEMS_DASH),
                Arguments.of("plain line", InputFormat.MARKDOWN, "Requirements\n\n" + ITEMS_DASH),
                Arguments.of("setext heading", InputFormat.MARKDOWN, "Requirements\n------------\n\n" + ITEMS_DASH),
                Arguments.of(
                        "sentence heading", InputFormat.MARKDOWN, "We'd love to hear from you if:\n\n" + ITEMS_DASH),
                Arguments.of(
                        "bullet characters in a paragraph",
                        InputFormat.MARKDOWN,
                        "**Requirements**\n\u25CF Experience with Java services\n\u25CF Knowledge of SQL\n"
                                + "\u25CF Strong written English\n"),
                Arguments.of(
                        "typographic bullets in a paragraph",
                        InputFormat.MARKDOWN,
                        "## Requirements\n\n\u2022 Experience with Java services\n\u2022 Knowledge of SQL\n"
                                + "\u2022 Strong written English\n"),
                Arguments.of(
                        "bullet paragraphs separated by blank lines",
                        InputFormat.MARKDOWN,
                        "## Requirements\n\n\u2714 Experience with Java services\n\n\u2714 Knowledge of SQL\n\n"
                                + "\u2714 Strong written English\n"),
                Arguments.of(
                        "a label and bullet lines ended by backslashes",
                        InputFormat.MARKDOWN,
                        "Requirements\\\n\u25CF Experience with Java services\\\n\u25CF Knowledge of SQL\\\n"
                                + "\u25CF Strong written English\n"),
                Arguments.of(
                        "lines ended by a backslash",
                        InputFormat.MARKDOWN,
                        "## Requirements\n\nExperience with Java services\\\nKnowledge of SQL\\\n"
                                + "Strong written English\n"),
                Arguments.of(
                        "lines ended by <br>",
                        InputFormat.MARKDOWN,
                        "## Requirements\n\nExperience with Java services<br>Knowledge of SQL<br>"
                                + "Strong written English\n"),
                Arguments.of(
                        "numbered list",
                        InputFormat.MARKDOWN,
                        "## Requirements\n\n1. Experience with Java services\n2. Knowledge of SQL\n"
                                + "3. Strong written English\n"),
                Arguments.of(
                        "HTML body in Markdown",
                        InputFormat.MARKDOWN,
                        "<h2>Requirements</h2>\n<ul>\n<li>Experience with Java services</li>\n"
                                + "<li>Knowledge of SQL</li>\n<li>Strong written English</li>\n</ul>\n"),
                Arguments.of(
                        "HTML bold paragraph",
                        InputFormat.HTML,
                        "<p><strong>Requirements</strong></p><ul><li>Experience with Java services</li>"
                                + "<li>Knowledge of SQL</li><li>Strong written English</li></ul>"),
                Arguments.of(
                        "HTML lines split by <br>",
                        InputFormat.HTML,
                        "<h3>Requirements</h3><p>Experience with Java services<br>Knowledge of SQL<br>"
                                + "Strong written English</p>"),
                Arguments.of(
                        "no heading: the items say what the list is",
                        InputFormat.MARKDOWN,
                        "## The fun part\n\n" + ITEMS_DASH),
                Arguments.of("plain text", InputFormat.TEXT, "Requirements:\n" + ITEMS_DASH));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("forms")
    void everyFormGivesARequirementsListOfThreeItems(String name, InputFormat format, String body) {
        JdDocument d = JdReader.of().read("# Backend Engineer\n\n" + body, format);
        List<Section> req = d.sections(SectionKind.REQUIREMENTS).stream()
                .filter(s -> !s.items().isEmpty())
                .toList();
        assertThat(req)
                .as("requirements sections with items in %s", d.sections())
                .hasSize(1);
        assertThat(req.get(0).items()).hasSize(3);
        assertThat(req.get(0).items().stream().map(Block::listId).distinct())
                .as("one list")
                .hasSize(1);
        // no sentence runs across list items
        List<Block> items = req.get(0).items();
        for (int i = 0; i + 1 < items.size(); i++) {
            int lastWord = d.firstWordAtOrAfter(items.get(i + 1).start()) - 1;
            int nextWord = lastWord + 1;
            assertThat(d.sentence(d.wordToken(lastWord)))
                    .as("item %d and %d share a sentence", i, i + 1)
                    .isNotEqualTo(d.sentence(d.wordToken(nextWord)));
        }
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("forms")
    void theHeadingFormIsReadAsAHeading(String name, InputFormat format, String body) {
        JdDocument d = JdReader.of().read("# Backend Engineer\n\n" + body, format);
        Section req = d.sections(SectionKind.REQUIREMENTS).stream()
                .filter(s -> !s.items().isEmpty())
                .findFirst()
                .orElseThrow();
        // the heading form was read as a heading (or list label), not rescued by the items' content
        if (name.startsWith("no heading")) {
            assertThat(req.basis()).isEqualTo(SectionBasis.CONTENT);
        } else {
            assertThat(req.basis()).isIn(SectionBasis.HEADING, SectionBasis.LIST_LABEL, SectionBasis.LEAD_IN);
        }
    }
}
