package dev.hiring.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hiring.core.HiringParseException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** {@link CsvRows}: records, lines, and the line and column of every error. */
class CsvRowsTest {

    private static HiringParseException error(String csv) {
        return catchThrowableOfType(HiringParseException.class, () -> {
            try (CsvRows rows = CsvRows.open(new StringReader(csv))) {
                while (rows.next() != null) {
                    // read all
                }
            }
        });
    }

    @Test
    void readsTrimmedRecordsWithTheirLines() {
        try (CsvRows rows = CsvRows.open(new StringReader("a, b\n\n 1 ,2\n3,\n"))) {
            assertThat(rows.header()).containsExactly("a", "b");
            assertThat(rows.indexOf("b")).isEqualTo(1);
            assertThat(rows.indexOf("c")).isEqualTo(-1);
            assertThat(rows.next()).containsExactly("1", "2");
            assertThat(rows.record()).isEqualTo(1);
            assertThat(rows.line()).isEqualTo(3);
            assertThat(rows.number(0)).isEqualTo(1.0);
            assertThat(rows.next()).containsExactly("3", "");
            assertThat(rows.record()).isEqualTo(2);
            assertThat(rows.line()).isEqualTo(4);
            HiringParseException empty = rows.cellError(1, "x");
            assertThat(empty).hasMessageContaining("CSV row 2, column 'b': x");
            assertThat(empty.line()).isEqualTo(4);
            assertThat(empty.column()).isEqualTo(2);
            assertThat(catchThrowableOfType(HiringParseException.class, () -> rows.number(1)))
                    .hasMessageContaining("a number is required, the cell is empty");
            assertThat(rows.next()).isNull();
        }
    }

    @Test
    void notANumberNamesTheCellButNotItsText() {
        try (CsvRows rows = CsvRows.open(new StringReader("a,b\nsecret,1\n"))) {
            rows.next();
            HiringParseException e = catchThrowableOfType(HiringParseException.class, () -> rows.number(0));
            assertThat(e).hasMessageContaining("CSV row 1, column 'a': not a number");
            assertThat(e.getMessage()).doesNotContain("secret");
            assertThat(e.column()).isEqualTo(1);
        }
    }

    @Test
    void headerErrorsNameTheColumn() {
        HiringParseException blank = error("a,,c\n1,2,3\n");
        assertThat(blank).hasMessageContaining("CSV header: column 2 has no name");
        assertThat(blank.line()).isEqualTo(1);
        assertThat(blank.column()).isEqualTo(2);
        HiringParseException repeat = error("\na,b,a\n1,2,3\n");
        assertThat(repeat).hasMessageContaining("CSV header: column 3 repeats the name 'a'");
        assertThat(repeat.line()).isEqualTo(2);
        assertThat(repeat.column()).isEqualTo(3);
        HiringParseException empty = error("");
        assertThat(empty).hasMessageContaining("CSV input is empty: a header row is required");
    }

    @Test
    void raggedRowsNameTheFirstMissingOrExtraColumn() {
        HiringParseException shortRow = error("a,b,c\n1,2,3\n1,2\n");
        assertThat(shortRow).hasMessageContaining("CSV row 2 has 2 fields but the header has 3");
        assertThat(shortRow.line()).isEqualTo(3);
        assertThat(shortRow.column()).isEqualTo(3);
        HiringParseException longRow = error("a,b\n1,2,3,4\n");
        assertThat(longRow).hasMessageContaining("CSV row 1 has 4 fields but the header has 2");
        assertThat(longRow.line()).isEqualTo(2);
        assertThat(longRow.column()).isEqualTo(3);
    }

    @Test
    void malformedAndOverlongCellsAreTranslated() {
        HiringParseException quote = error("a,b\n1,\"2\n");
        assertThat(quote).hasMessageContaining("malformed CSV (for instance an unterminated quote)");
        HiringParseException tooLong = error("a,b\n1," + "x".repeat(CsvRows.MAX_CELL_LENGTH + 1) + "\n");
        assertThat(tooLong).hasMessageContaining("CSV cell is too long (more than 100000 characters)");
    }

    @Test
    void closeClosesTheReader() {
        boolean[] closed = {false};
        StringReader reader = new StringReader("a,b\n") {
            @Override
            public void close() {
                closed[0] = true;
                super.close();
            }
        };
        CsvRows rows = CsvRows.open(reader);
        rows.close();
        assertThat(closed[0]).isTrue();
    }
}
