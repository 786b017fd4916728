package dev.hiring.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hiring.core.HiringParseException;
import java.io.FilterReader;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
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

    private static List<List<String>> rows(Reader csv) {
        List<List<String>> out = new ArrayList<>();
        try (CsvRows rows = CsvRows.open(csv)) {
            out.add(rows.header());
            String[] row;
            while ((row = rows.next()) != null) {
                out.add(List.of(row.clone()));
            }
        }
        return out;
    }

    private static List<List<String>> rows(String csv) {
        return rows(new StringReader(csv));
    }

    /** Hands out at most {@code n} characters per read, so that the text reaches the parser in many pieces. */
    private static Reader trickle(String text, int n) {
        return new FilterReader(new StringReader(text)) {
            @Override
            public int read(char[] buf, int off, int len) throws java.io.IOException {
                return super.read(buf, off, Math.min(len, n));
            }
        };
    }

    @Test
    void quotedCellsKeepTheirSpacesAndSpacesAroundQuotesAreTrimmed() {
        assertThat(rows("a,b\n \"1\" , \" 2 \"\n\"x\ny\",\"say \"\"hi\"\"\"\n"))
                .containsExactly(List.of("a", "b"), List.of("1", " 2 "), List.of("x\ny", "say \"hi\""));
        try (CsvRows rows = CsvRows.open(new StringReader("a,b\n\"x\ny\",2\n3,4\n"))) {
            rows.next();
            assertThat(rows.line()).isEqualTo(2);
            rows.next();
            assertThat(rows.line()).isEqualTo(4);
        }
    }

    @Test
    void linesOfSpacesAreSkippedButATabIsACell() {
        assertThat(rows("a,b\n   \n1,2\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(rows("a\n\t\n")).containsExactly(List.of("a"), List.of(""));
        assertThat(error("   \n")).hasMessageContaining("CSV input is empty");
    }

    @Test
    void aLeadingByteOrderMarkIsNotPartOfTheFirstName() {
        assertThat(rows("\uFEFFgroup,n\nx,1\n")).containsExactly(List.of("group", "n"), List.of("x", "1"));
        assertThat(rows(trickle("\uFEFFgroup,n\nx,1\n", 1))).containsExactly(List.of("group", "n"), List.of("x", "1"));
    }

    @Test
    void aQuoteClosedAtTheVeryEndIsFineAndOneLeftOpenIsAnError() {
        assertThat(rows("a,b\n1,\"2\"")).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(rows("a,b\n1,\"2\"  ")).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(rows("a,b\n1,\"\"\"\"")).containsExactly(List.of("a", "b"), List.of("1", "\""));
        assertThat(rows("a,b\n1,\"\"")).containsExactly(List.of("a", "b"), List.of("1", ""));
        assertThat(rows("a,b\n1,\" \" ")).containsExactly(List.of("a", "b"), List.of("1", " "));
        for (String open : List.of("a,b\n1,\"2\"\"", "a,b\n1,\"", "a,b\n1,\"\"\"", "a,b\n1,\"2 ", "a,b\n1,\" ")) {
            HiringParseException e = error(open);
            assertThat(e).as(open).hasMessageContaining("malformed CSV (for instance an unterminated quote)");
            assertThat(e.line()).as(open).isEqualTo(2);
            assertThat(e.column()).as(open).isEqualTo(2);
        }
    }

    @Test
    void theEndOfTheInputIsJudgedAcrossReads() {
        String body = "a,b\n" + "1,2\n".repeat(5000);
        String quotes = "\"\"".repeat(3000); // 3000 escaped quotes: 6000 quote characters in a row
        for (int piece : new int[] {1, 7, 8192}) {
            assertThat(rows(trickle(body + "1,\"" + quotes + "\"", piece)))
                    .hasSize(5002)
                    .last()
                    .isEqualTo(List.of("1", "\"".repeat(3000)));
            HiringParseException open = catchThrowableOfType(
                    HiringParseException.class, () -> rows(trickle(body + "1,\"" + quotes, piece)));
            assertThat(open).hasMessageContaining("unterminated quote");
            assertThat(open.line()).isEqualTo(5002);
        }
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
