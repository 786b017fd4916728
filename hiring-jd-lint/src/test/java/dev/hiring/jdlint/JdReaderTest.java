package dev.hiring.jdlint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.HiringException;
import dev.hiring.jdlint.document.JdDocument;
import dev.hiring.jdlint.document.Section;
import dev.hiring.jdlint.document.SectionKind;
import dev.hiring.jdlint.document.Span;
import org.junit.jupiter.api.Test;

class JdReaderTest {
    @Test
    void normalizesAndMapsBackToTheOriginal() {
        String src = "# Title\n\nA ROCK\u200Bst\u0430r &amp; n\u00ADinja.\n";
        JdDocument d = JdReader.of().read(src, InputFormat.MARKDOWN);
        assertThat(d.text()).isEqualTo("title\na rockstar & ninja.");
        int at = d.text().indexOf("rockstar");
        Span s = d.span(at, at + "rockstar".length());
        assertThat(src.substring(s.start(), s.end())).isEqualTo("ROCK\u200Bst\u0430r");
        assertThat(s.line()).isEqualTo(3);
        assertThat(s.column()).isEqualTo(3);
        assertThat(d.title()).contains("Title");
    }

    @Test
    void emphasisInsideAWordIsIgnored() {
        JdDocument d = JdReader.of().read("rock**star** and *ninja*", InputFormat.MARKDOWN);
        assertThat(d.text()).isEqualTo("rockstar and ninja");
    }

    @Test
    void findsSectionsFromHeadingsLeadInsAndLists() {
        JdDocument d = JdReader.of().read("""
                # Engineer

                **Location:** Remote. **Salary:** EUR 80,000-90,000 per year.

                ## What you'll do

                - Build APIs
                - Run them

                Requirements:

                - Java
                """, InputFormat.MARKDOWN);
        assertThat(d.sections())
                .extracting(Section::kind)
                .containsExactly(
                        SectionKind.LOCATION,
                        SectionKind.COMPENSATION,
                        SectionKind.RESPONSIBILITIES,
                        SectionKind.REQUIREMENTS);
        assertThat(d.sections(SectionKind.RESPONSIBILITIES).get(0).items()).hasSize(2);
        assertThat(d.sections(SectionKind.REQUIREMENTS).get(0).items()).hasSize(1);
        assertThat(d.sections().get(0).line()).isEqualTo(3);
    }

    @Test
    void readsHtml() {
        String html = "<h1>Engineer</h1><p>We want a <b>rock&shy;star</b>.</p><h2>Requirements</h2>"
                + "<ul><li>Java</li><li>SQL</li></ul>";
        JdDocument d = JdReader.of().read(html, InputFormat.HTML);
        assertThat(d.text()).contains("we want a rockstar.");
        assertThat(d.title()).contains("Engineer");
        assertThat(d.sections(SectionKind.REQUIREMENTS).get(0).items()).hasSize(2);
        int at = d.text().indexOf("rockstar");
        Span s = d.span(at, at + 8);
        assertThat(html.substring(s.start(), s.end())).isEqualTo("rock&shy;star");
    }

    @Test
    void readsPlainText() {
        String txt = "Backend Engineer\n\nResponsibilities:\n- Build APIs\n- Run them\n- Fix them\n";
        JdDocument d = JdReader.of().read(txt, InputFormat.TEXT);
        assertThat(d.title()).contains("Backend Engineer");
        assertThat(d.sections(SectionKind.RESPONSIBILITIES).get(0).items()).hasSize(3);
    }

    @Test
    void rejectsInputsAboveTheLimit() {
        assertThatThrownBy(() -> JdReader.withMaxChars(10).read("x".repeat(11), InputFormat.TEXT))
                .isInstanceOf(InputTooLargeException.class)
                .isInstanceOf(HiringException.class)
                .hasMessageContaining("11 characters")
                .hasMessageContaining("limit of 10");
        assertThatThrownBy(() -> Linter.builder().maxInputChars(5).build().lint("123456", InputFormat.TEXT))
                .isInstanceOf(InputTooLargeException.class);
    }

    @Test
    void emptyInputIsFine() {
        JdDocument d = JdReader.of().read("", InputFormat.MARKDOWN);
        assertThat(d.wordCount()).isZero();
        assertThat(Linter.builder().build().lint("", InputFormat.MARKDOWN).findings())
                .isNotEmpty();
    }
}
