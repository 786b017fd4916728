package dev.hiring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict reading of label files: every problem names the file, the line and what is wrong. */
class LabelsTest {
    private static final String HEADER = "file\trule\tlabel\tline\treason\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private LabelFileException failure(String body) throws IOException {
        Path labels = write("bad.tsv", HEADER + body);
        return catchThrowableOfType(LabelFileException.class, () -> Labels.read(labels, Fixtures.posts()));
    }

    @Test
    void readsTheFixtureRowsResolvedAgainstTheCorpusParent() {
        List<Label> labels = Labels.read(Fixtures.eval("labels.tsv"), Fixtures.posts());
        assertThat(labels).hasSize(8);
        Label first = labels.get(0);
        assertThat(first.file()).isEqualTo("posts/paid.md");
        assertThat(first.path()).isEqualTo(Fixtures.posts().resolve("paid.md"));
        assertThat(first.rule()).isEqualTo("compensation-band");
        assertThat(first.label()).isEqualTo("ok");
        assertThat(first.line()).isEqualTo(13);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.isPositive()).isFalse();
        assertThat(labels.get(4).line()).isZero();
        assertThat(labels.get(1).isPositive()).isTrue();
        assertThat(labels.get(7).isArguable()).isTrue();
    }

    @Test
    void unknownRuleId() throws IOException {
        LabelFileException e = failure("""
                        posts/paid.md\tcompensation-band\tok\t\tfine
                        posts/paid.md\tno-such-rule\tok\t\tfine
                        """);
        assertThat(e.file()).endsWith("bad.tsv");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).isEqualTo("unknown rule id 'no-such-rule'");
        assertThat(e.getMessage()).isEqualTo(dir.resolve("bad.tsv") + ":3: unknown rule id 'no-such-rule'");
    }

    @Test
    void badLabelForARuleAndForAListRow() throws IOException {
        assertThat(failure("posts/paid.md\tcompensation-band\tpresent\t\tx\n").problem())
                .isEqualTo("bad label 'present' for rule compensation-band (expected one of violates, ok, arguable)");
        assertThat(failure("posts/paid.md\tlist:requirements\tok\t\tx\n").problem())
                .isEqualTo("bad label 'ok' for rule list:requirements (expected one of present, absent)");
        assertThat(failure("posts/paid.md\tlist:requirements\targuable\t\tx\n").line())
                .isEqualTo(2);
    }

    @Test
    void wrongColumnCount() throws IOException {
        LabelFileException four = failure("posts/paid.md\tcompensation-band\tok\tno line column\n");
        assertThat(four.line()).isEqualTo(2);
        assertThat(four.problem()).isEqualTo("expected 5 tab-separated columns, found 4");
        assertThat(failure("posts/paid.md\tcompensation-band\tok\t\tx\textra\n").problem())
                .isEqualTo("expected 5 tab-separated columns, found 6");
    }

    @Test
    void duplicateRowNamesTheFirstOne() throws IOException {
        LabelFileException e = failure("""
                posts/paid.md\tcompensation-band\tok\t\tx
                posts/unpaid.md\tcompensation-band\tviolates\t\tx
                posts/paid.md\tcompensation-band\tviolates\t\ty
                """);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.problem()).startsWith("duplicate row for posts/paid.md and rule compensation-band (first at ");
        assertThat(e.problem()).endsWith("bad.tsv:2)");
    }

    @Test
    void duplicateAcrossTwoLabelFiles() throws IOException {
        Path a = write("a.tsv", HEADER + "posts/paid.md\tjob-title\tok\t1\tplain\n");
        Path b = write(
                "b.tsv",
                HEADER + "posts/notes.txt\tjob-title\tok\t1\tplain\n"
                        + "posts/paid.md\tjob-title\tviolates\t1\tvague\n");
        LabelFileException e = catchThrowableOfType(
                LabelFileException.class,
                () -> Labels.read(
                        List.of(new Labels.Source(a, Fixtures.posts()), new Labels.Source(b, Fixtures.posts()))));
        assertThat(e.file()).endsWith("b.tsv");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).contains("first at " + a + ":2");
    }

    @Test
    void missingCorpusFileIsNamed() throws IOException {
        LabelFileException e = failure("posts/gone.md\tcompensation-band\tok\t\tx\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem())
                .isEqualTo("corpus file not found: " + Fixtures.posts().resolve("gone.md"));
    }

    @Test
    void badLineNumbers() throws IOException {
        for (String bad : List.of("0", "-3", "12a", "99999999999")) {
            assertThat(failure("posts/paid.md\tcompensation-band\tok\t" + bad + "\tx\n")
                            .problem())
                    .as(bad)
                    .isEqualTo("bad line number '" + bad + "' (a positive integer or empty)");
        }
    }

    @Test
    void wrongHeaderAndEmptyFileAndInnerBlankLine() throws IOException {
        Path noHeader = write("nohead.tsv", "posts/paid.md\tcompensation-band\tok\t\tx\n");
        LabelFileException e =
                catchThrowableOfType(LabelFileException.class, () -> Labels.read(noHeader, Fixtures.posts()));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.problem()).startsWith("the header must be 'file<TAB>rule<TAB>label<TAB>line<TAB>reason'");
        Path empty = write("empty.tsv", "");
        assertThat(catchThrowableOfType(LabelFileException.class, () -> Labels.read(empty, Fixtures.posts()))
                        .line())
                .isEqualTo(1);
        LabelFileException blank = failure("""
                posts/paid.md\tcompensation-band\tok\t\tx

                posts/unpaid.md\tcompensation-band\tviolates\t\tx
                """);
        assertThat(blank.line()).isEqualTo(3);
        assertThat(blank.problem()).startsWith("empty row");
    }

    @Test
    void trailingBlankLinesAndCrLfAreAccepted() throws IOException {
        Path p = write(
                "crlf.tsv", HEADER.replace("\n", "\r\n") + "posts/paid.md\tcompensation-band\tok\t13\tx\r\n\r\n\n");
        List<Label> labels = Labels.read(p, Fixtures.posts());
        assertThat(labels).singleElement().satisfies(l -> {
            assertThat(l.reason()).isEqualTo("x");
            assertThat(l.line()).isEqualTo(13);
        });
    }

    @Test
    void missingLabelFileAndCorpusDirectory() throws IOException {
        Path none = dir.resolve("none.tsv");
        LabelFileException e =
                catchThrowableOfType(LabelFileException.class, () -> Labels.read(none, Fixtures.posts()));
        assertThat(e.line()).isZero();
        assertThat(e.getMessage()).isEqualTo(none + ": file not found");
        Path labels = write("ok.tsv", HEADER);
        LabelFileException d =
                catchThrowableOfType(LabelFileException.class, () -> Labels.read(labels, dir.resolve("no-corpus")));
        assertThat(d.problem()).isEqualTo("corpus directory not found: " + dir.resolve("no-corpus"));
    }
}
