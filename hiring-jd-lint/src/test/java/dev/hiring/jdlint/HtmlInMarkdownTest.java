package dev.hiring.jdlint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A {@code .md} file whose body is HTML reads as the same body in an {@code .html} file; front matter is metadata. */
class HtmlInMarkdownTest {
    private static final Linter LINTER = Linter.builder()
            .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC))
            .build();

    private static final String HTML = """
            <h1>Rockstar Backend Engineer</h1>
            <p>You will join a team of 6 engineers, reporting to the Head of Engineering.</p>

            <h2>What you will do</h2>
            <ul>
            <li>Design and run our payment APIs</li>
            <li>Own the ledger service in production</li>
            <li>Mentor two engineers</li>
            </ul>

            <h2>What you bring</h2>
            <ul>
            <li>5+ years of experience</li>
            <li>Knowledge of PostgreSQL under load</li>
            </ul>
            <p><strong>Salary:</strong> competitive. We are a fast-paced family.</p>
            """;

    @Test
    void anHtmlBodyInMarkdownGivesTheFindingsOfTheHtmlFile() {
        LintReport asHtml = LINTER.lint(HTML, InputFormat.HTML);
        LintReport asMarkdown = LINTER.lint(HTML, InputFormat.MARKDOWN);
        assertThat(asMarkdown.findings()).isEqualTo(asHtml.findings());
        assertThat(asMarkdown.sections()).isEqualTo(asHtml.sections());
        assertThat(asHtml.findings()).extracting(Finding::ruleId).contains("no-buzzwords", "years-as-sole-filter");
        assertThat(asHtml.sections())
                .extracting(Section::kind)
                .contains(SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS);
    }

    @Test
    void frontMatterIsMetadataAndItsTitleIsTheJobTitle() {
        String md = """
                ---
                title: "Senior Backend Engineer"
                tags: [rockstar, ninja]
                ---

                ## What you will do

                - Design and run our payment APIs
                """;
        JdDocument d = JdReader.of().read(md, InputFormat.MARKDOWN);
        assertThat(d.title()).contains("Senior Backend Engineer");
        assertThat(d.text()).doesNotContain("rockstar").doesNotContain("tags");
        LintReport r = LINTER.lint(md, InputFormat.MARKDOWN);
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("no-buzzwords", "job-title");
        int at = md.indexOf("Senior");
        assertThat(d.span(d.text().indexOf("senior"), d.text().indexOf("senior") + 6)
                        .start())
                .isEqualTo(at);
    }

    @Test
    void tomlFrontMatterToo() {
        String md = "+++\ntitle = \"Platform Engineer\"\ndraft = false\n+++\n\nBody text.\n";
        JdDocument d = JdReader.of().read(md, InputFormat.MARKDOWN);
        assertThat(d.title()).contains("Platform Engineer");
        assertThat(d.text()).doesNotContain("draft");
    }

    @Test
    void aThematicBreakAtTheStartIsNotFrontMatter() {
        String md = "---\n\n# Engineer\n\nSome text: here.\n\n---\n";
        JdDocument d = JdReader.of().read(md, InputFormat.MARKDOWN);
        assertThat(d.title()).contains("Engineer");
        assertThat(d.text()).contains("some text");
    }
}
