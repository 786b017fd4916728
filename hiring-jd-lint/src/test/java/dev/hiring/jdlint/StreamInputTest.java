package dev.hiring.jdlint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.MalformedTextException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linting from a stream or a file gives what linting the decoded text gives, and refuses bad bytes and size. */
class StreamInputTest {
    private static final String POSTING = "# Backend Engineer\n\n## Responsibilities\n- Build the billing services.\n"
            + "- Be a rockstar ninja who thrives under pressure.\n\n## Requirements\n- 10+ years of Java, Go, Rust, "
            + "Kotlin, Scala, Python, Ruby and C++.\n- Café culture fit.\n";

    private final Linter linter = Linter.builder().build();

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aStreamGivesTheReportOfItsText() {
        LintReport fromText = linter.lint(POSTING, InputFormat.MARKDOWN);
        assertThat(fromText.findings()).isNotEmpty();
        assertThat(linter.lint(utf8(POSTING), InputFormat.MARKDOWN)).isEqualTo(fromText);
        // a byte order mark is not text
        assertThat(linter.lint(utf8("\uFEFF" + POSTING), InputFormat.MARKDOWN)).isEqualTo(fromText);
    }

    @Test
    void aFileIsReadInTheFormatItsNameSuggests(@TempDir Path dir) throws Exception {
        String html = "<h1>Backend Engineer</h1><h2>Requirements</h2><ul><li>Be a rockstar.</li></ul>";
        Path page = dir.resolve("posting.html");
        Files.writeString(page, html);
        assertThat(linter.lint(page)).isEqualTo(linter.lint(html, InputFormat.HTML));
        Path md = dir.resolve("posting.md");
        Files.writeString(md, POSTING);
        assertThat(linter.lint(md)).isEqualTo(linter.lint(POSTING, InputFormat.MARKDOWN));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirOffset(@TempDir Path dir) throws Exception {
        byte[] bad = {'a', 'b', (byte) 0xC3, '(', 'c'};
        assertThatThrownBy(() -> linter.lint(new ByteArrayInputStream(bad), InputFormat.TEXT))
                .isInstanceOf(MalformedTextException.class)
                .hasMessage("job description: not valid UTF-8 text (byte 2)");
        Path file = dir.resolve("latin1.txt");
        Files.write(file, bad);
        assertThatThrownBy(() -> linter.lint(file))
                .isInstanceOfSatisfying(
                        MalformedTextException.class,
                        e -> assertThat(e.byteOffset()).isEqualTo(2))
                .hasMessage(file + ": not valid UTF-8 text (byte 2)");
    }

    @Test
    void anOversizedStreamIsRefusedWithoutReadingItToTheEnd() {
        Linter small = Linter.builder().maxInputChars(100).build();
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                served[0] += len;
                return len;
            }
        };
        assertThatThrownBy(() -> small.lint(endless, InputFormat.TEXT))
                .isInstanceOfSatisfying(InputTooLargeException.class, e -> {
                    assertThat(e.size()).isEqualTo(-1);
                    assertThat(e.limit()).isEqualTo(100);
                })
                .hasMessageContaining("longer than the limit of 100 characters");
        assertThat(served[0]).isEqualTo(301);
        // within the bytes a character can take, the reader's own count of characters decides
        assertThatThrownBy(() -> small.lint(utf8("a".repeat(101)), InputFormat.TEXT))
                .isInstanceOfSatisfying(
                        InputTooLargeException.class, e -> assertThat(e.size()).isEqualTo(101));
        assertThat(small.lint(utf8("é".repeat(100)), InputFormat.TEXT).findings())
                .isNotNull();
    }
}
