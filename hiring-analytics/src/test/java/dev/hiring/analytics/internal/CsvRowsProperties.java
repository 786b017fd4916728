package dev.hiring.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link CsvRows} reads back, cell for cell and line for line, any table written with every cell quoted. */
class CsvRowsProperties {

    /** Cells of printable ASCII plus line ends ({@code ~} becomes LF, {@code |} CR), quotes and commas included. */
    private static Gen<String> cells() {
        return strings()
                .basicLatinAlphabet()
                .ofLengthBetween(0, 8)
                .map(s -> s.replace('~', '\n').replace('|', '\r'));
    }

    private static Gen<List<List<String>>> tables() {
        return integers()
                .between(1, 4)
                .flatMap(width -> lists().of(lists().of(cells()).ofSize(width)).ofSizeBetween(1, 6));
    }

    private static String quoted(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** Lines a cell takes beyond its first: CRLF, CR and LF each end one. */
    private static int extraLines(String cell) {
        return cell.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length - 1;
    }

    @Test
    void everyQuotedTableReadsBackWithItsLines() {
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger withLineBreak = new AtomicInteger();
        AtomicInteger withQuote = new AtomicInteger();
        AtomicInteger quoteAtEnd = new AtomicInteger();
        qt().forAll(tables(), booleans().all(), booleans().all()).checkAssert((table, crlf, lastNewline) -> {
            runs.incrementAndGet();
            if (table.stream().flatMap(List::stream).anyMatch(c -> c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0)) {
                withLineBreak.incrementAndGet();
            }
            if (table.stream().flatMap(List::stream).anyMatch(c -> c.indexOf('"') >= 0)) {
                withQuote.incrementAndGet();
            }
            if (!lastNewline) {
                quoteAtEnd.incrementAndGet();
            }
            int width = table.get(0).size();
            List<String> header = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                header.add("c" + c);
            }
            String eol = crlf ? "\r\n" : "\n";
            StringBuilder csv = new StringBuilder(String.join(",", header)).append(eol);
            List<Long> lines = new ArrayList<>();
            long line = 2;
            for (int r = 0; r < table.size(); r++) {
                List<String> row = table.get(r);
                lines.add(line);
                List<String> q = new ArrayList<>();
                for (String cell : row) {
                    q.add(quoted(cell));
                    line += extraLines(cell);
                }
                csv.append(String.join(",", q));
                if (r < table.size() - 1 || lastNewline) {
                    csv.append(eol);
                }
                line++;
            }
            try (CsvRows rows = CsvRows.open(new StringReader(csv.toString()))) {
                assertThat(rows.header()).containsExactlyElementsOf(header);
                for (int r = 0; r < table.size(); r++) {
                    String[] read = rows.next();
                    assertThat(read).as("row %d of %s", r + 1, csv).containsExactlyElementsOf(table.get(r));
                    assertThat(rows.line()).as("line of row %d", r + 1).isEqualTo(lines.get(r));
                }
                assertThat(rows.next()).isNull();
            }
        });
        // the generators reach the cases the property is about: multi-line cells, doubled quotes, a quote closing
        // the input (about 50 %, 30 % and 50 % of the runs)
        assertThat(withLineBreak.get()).as("tables with a line break in a cell").isGreaterThan(runs.get() / 10);
        assertThat(withQuote.get()).as("tables with a quote in a cell").isGreaterThan(runs.get() / 10);
        assertThat(quoteAtEnd.get()).as("inputs ending in a closing quote").isGreaterThan(runs.get() / 10);
    }
}
