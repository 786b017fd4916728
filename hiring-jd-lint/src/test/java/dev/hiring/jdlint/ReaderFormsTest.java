package dev.hiring.jdlint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.jdlint.document.Block;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionBasis;
import dev.hiring.jdlint.document.SectionKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
                Arguments.of("bullet characters in a paragraph", InputFormat.MARKDOWN, """
                                **Requirements**
                                \u25CF Experience with Java services
                                \u25CF Knowledge of SQL
                                \u25CF Strong written English
                                """),
                Arguments.of("typographic bullets in a paragraph", InputFormat.MARKDOWN, """
                                ## Requirements

                                \u2022 Experience with Java services
                                \u2022 Knowledge of SQL
                                \u2022 Strong written English
                                """),
                Arguments.of("bullet paragraphs separated by blank lines", InputFormat.MARKDOWN, """
                                ## Requirements

                                \u2714 Experience with Java services

                                \u2714 Knowledge of SQL

                                \u2714 Strong written English
                                """),
                Arguments.of("a label and bullet lines ended by backslashes", InputFormat.MARKDOWN, """
                                Requirements\\
                                \u25CF Experience with Java services\\
                                \u25CF Knowledge of SQL\\
                                \u25CF Strong written English
                                """),
                Arguments.of("lines ended by a backslash", InputFormat.MARKDOWN, """
                                ## Requirements

                                Experience with Java services\\
                                Knowledge of SQL\\
                                Strong written English
                                """),
                Arguments.of(
                        "lines ended by <br>",
                        InputFormat.MARKDOWN,
                        "## Requirements\n\nExperience with Java services<br>Knowledge of SQL<br>"
                                + "Strong written English\n"),
                Arguments.of("numbered list", InputFormat.MARKDOWN, """
                                ## Requirements

                                1. Experience with Java services
                                2. Knowledge of SQL
                                3. Strong written English
                                """),
                Arguments.of("HTML body in Markdown", InputFormat.MARKDOWN, """
                                <h2>Requirements</h2>
                                <ul>
                                <li>Experience with Java services</li>
                                <li>Knowledge of SQL</li>
                                <li>Strong written English</li>
                                </ul>
                                """),
                Arguments.of("HTML indented after a blank line", InputFormat.MARKDOWN, """
                                <div class="job">
                                <h2>Requirements</h2>

                                \t\t\t<ul>
                                \t\t\t<li>Experience with Java services</li>
                                \t\t\t<li>Knowledge of SQL</li>
                                \t\t\t<li>Strong written English</li>
                                \t\t\t</ul>
                                </div>
                                """),
                Arguments.of(
                        "a label that is the last sentence of its paragraph",
                        InputFormat.MARKDOWN,
                        "What you will be doing is described above. We are looking for someone with:\n\n" + ITEMS_DASH),
                Arguments.of(
                        "a label under a duties heading",
                        InputFormat.MARKDOWN,
                        "## The role\n\nYou ship code every day.\n\nWhat you need to bring:\n\n" + ITEMS_DASH),
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

    private static JdDocument md(String body) {
        return JdReader.of().read(body, InputFormat.MARKDOWN);
    }

    private static List<Section> withItems(JdDocument d, SectionKind kind) {
        return d.sections(kind).stream().filter(s -> !s.items().isEmpty()).toList();
    }

    @Test
    void aListLabelOverrulesTheHeadingAboveIt() {
        JdDocument d = md("""
                # Systems Engineer

                ## About you

                You know how an operating system works. Here is what you will be working on:

                - Build services in Go
                - Design new open source tools
                - Talk to customers about their needs
                """);
        assertThat(withItems(d, SectionKind.RESPONSIBILITIES)).hasSize(1);
        assertThat(withItems(d, SectionKind.REQUIREMENTS)).isEmpty();
    }

    @Test
    void subHeadingsTakeTheKindOfTheirEnclosingHeading() {
        JdDocument d = md("""
                # Platform Engineer

                ### What you'll do

                #### Improve our platform

                - Write platform code
                - Review designs

                #### Better practice and teamwork

                - Help unblock teammates
                - Encourage collaboration

                ## About you

                - Experience with Kubernetes
                - Knowledge of Go

                ### Benefits

                - Pension

                ### Stay in touch

                Follow us online.
                """);
        List<Section> duties = withItems(d, SectionKind.RESPONSIBILITIES);
        assertThat(duties).hasSize(2);
        assertThat(duties).allMatch(s -> s.basis() == SectionBasis.PARENT_HEADING);
        // a sub-heading of another kind ends the parent's lending of its kind
        Section last = d.sections().get(d.sections().size() - 1);
        assertThat(last.title()).isEqualTo("Stay in touch");
        assertThat(last.kind()).isEqualTo(SectionKind.OTHER);
    }

    @Test
    void aLeadInHoldsOnlyTheItemsAfterItsColon() {
        JdDocument d = md("""
                # Backend Engineer

                ## Practicals

                - You'll report to: the engineering lead
                - Location: anywhere
                - Start date: as soon as possible
                """);
        assertThat(withItems(d, SectionKind.RESPONSIBILITIES)).isEmpty();
        assertThat(withItems(d, SectionKind.LOCATION)).isEmpty();
    }

    @Test
    void aBoldOnlyListItemIsAnItem() {
        JdDocument d = md("""
                # DevOps Engineer

                ## What you'd be doing

                - Automate our deployments
                - **Monitor all the things!**
                - Help troubleshoot incidents
                """);
        assertThat(withItems(d, SectionKind.RESPONSIBILITIES))
                .singleElement()
                .satisfies(s -> assertThat(s.items()).hasSize(3));
    }

    @Test
    void headingWordsDecideTheKind() {
        // a nice-to-have word qualifies the skills it stands with
        assertThat(withItems(md("## Desirable skills and experience\n\n" + ITEMS_DASH), SectionKind.NICE_TO_HAVE))
                .hasSize(1);
        // the company's stack is not a list of requirements
        assertThat(md("## Tech stack\n\n- Java\n- Kafka\n- Postgres\n").sections(SectionKind.REQUIREMENTS))
                .isEmpty();
        // "Additional information" is a footer, not an optional group
        assertThat(md("## Additional information\n\nWe are an equal opportunity employer.\n")
                        .sections(SectionKind.NICE_TO_HAVE))
                .isEmpty();
        // a line with an amount in it is not a heading
        assertThat(md("# Data Engineer\n\nPackage - £40,000 - £60,000 + profit share + benefits\n\nWe build "
                                + "data products.\n")
                        .sections(SectionKind.BENEFITS))
                .isEmpty();
    }

    @Test
    void aSectionNameOrMetadataLabelIsNotTheTitle() {
        assertThat(md("# Minimum qualifications\n\n" + ITEMS_DASH).title()).isEmpty();
        assertThat(md("##### Sector\n\nUI developer\n\n##### Type\n\nContract\n")
                        .title())
                .isEmpty();
        assertThat(md("Distributed systems are hard to get right,\n\n- Keeping latency low\n- Scaling\n")
                        .title())
                .isEmpty();
        assertThat(md("# Backend Engineer\n\n" + ITEMS_DASH).title()).contains("Backend Engineer");
    }

    @Test
    void aMixedListGivesItsDutiesASectionOfTheirOwn() {
        JdDocument d = md("""
                # Frontend Developer

                ## You fit this role if you can

                - Ensure the designs can be built
                - Optimize pages for speed
                - Proficient in HTML and CSS
                - Knowledge of REST APIs
                """);
        Section duties = withItems(d, SectionKind.RESPONSIBILITIES).get(0);
        assertThat(duties.basis()).isEqualTo(SectionBasis.MIXED_LIST);
        assertThat(duties.items()).hasSize(2);
        Section req = withItems(d, SectionKind.REQUIREMENTS).get(0);
        assertThat(req.items()).hasSize(2);
        // the list's own section stays the innermost one, also at a duty item
        assertThat(d.sectionAt(duties.items().get(0).start()))
                .hasValueSatisfying(s -> assertThat(s.kind()).isEqualTo(SectionKind.REQUIREMENTS));
    }

    @Test
    void itemsInTheSecondPersonAreReadByTheirModalAndPastAWordOfFrequency() {
        JdDocument d = md("""
                # Backend Engineer

                ## What we expect from you

                - You must follow good coding practice
                - You will be responsible for a small application
                - Sometimes you might have to design its architecture
                - You should have experience with scalable systems
                - Required stack: Node.js
                """);
        // "You must" and "You should" read as qualifications, "Sometimes you might have to design" as a duty
        Section duties = withItems(d, SectionKind.RESPONSIBILITIES).get(0);
        assertThat(duties.basis()).isEqualTo(SectionBasis.MIXED_LIST);
        assertThat(duties.items())
                .extracting(b -> d.text().substring(b.start(), b.end()).split(" ", -1)[0])
                .containsExactly("you", "sometimes");
        // without the word of frequency and the modals nothing marks the list as mixed
        JdDocument plain = md("""
                # Backend Engineer

                ## What we expect from you

                - Good coding practice
                - You will be responsible for a small application
                - Now and then the architecture
                - Experience with scalable systems
                - Required stack: Node.js
                """);
        assertThat(withItems(plain, SectionKind.RESPONSIBILITIES)).isEmpty();
    }
}
