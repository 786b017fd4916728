package dev.hiring.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.hiring.core.HiringParseException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link CsvRows} splits quote-free records itself and hands the rest of the input to FastCSV at the first quote:
 * both ways give the same header, records, record numbers, lines and errors as FastCSV alone.
 */
class CsvRowsFastPathProperties {
    private static final char[] ALPHABET = {'a', 'b', '1', ',', ',', '"', ' ', '\t', '\u000B', '\r', '\n', '\n'};

    /** Everything one read gives: the header and each record with its number and line, or the error. */
    private static List<String> transcript(String csv, boolean fastPath) {
        List<String> out = new ArrayList<>();
        try (CsvRows rows = CsvRows.open(new StringReader(csv), fastPath)) {
            out.add("header " + rows.header());
            String[] r;
            while ((r = rows.next()) != null) {
                out.add(rows.record() + "@" + rows.line() + " " + List.of(r));
            }
        } catch (HiringParseException e) {
            out.add("error " + e.getMessage() + " @" + e.line() + ":" + e.column());
        } catch (UncheckedIOException e) {
            out.add("io " + e.getCause());
        }
        return out;
    }

    private static Gen<String> texts() {
        return lists().of(integers().between(0, ALPHABET.length - 1))
                .ofSizeBetween(0, 40)
                .map(ix -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i : ix) {
                        sb.append(ALPHABET[i]);
                    }
                    return sb.toString();
                });
    }

    @Test
    void shortTextsReadAsWithFastCsvAlone() {
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger quoted = new AtomicInteger();
        AtomicInteger records = new AtomicInteger();
        qt().withExamples(5_000).forAll(texts()).checkAssert(text -> {
            String csv = "h,k\n" + text;
            runs.incrementAndGet();
            if (text.indexOf('"') >= 0) {
                quoted.incrementAndGet();
            }
            List<String> fast = transcript(csv, true);
            if (fast.size() > 2) {
                records.incrementAndGet();
            }
            assertThat(fast).as("%s", csv).isEqualTo(transcript(csv, false));
        });
        // both ways are exercised: texts that reach FastCSV through a quote, and texts read to the end without one
        assertThat(quoted.get()).isBetween(runs.get() / 10, runs.get() - runs.get() / 10);
        assertThat(records.get()).isGreaterThan(runs.get() / 8);
    }

    @Test
    void recordsAcrossTheBufferEndReadAsWithFastCsvAlone() {
        // rows of varied length with CRLF ends; shifting the start puts every kind of character, the CR of a CRLF
        // among them, at the end of the fast path's buffer
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 12_000; i++) {
            body.append(i)
                    .append(", x")
                    .append("y".repeat(i % 7))
                    .append(i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r");
        }
        for (int shift = 0; shift < 24; shift++) {
            String csv = "h" + " ".repeat(shift) + ",k\r\n" + body + (shift % 2 == 0 ? "1,\"open" : "");
            List<String> fast = transcript(csv, true);
            assertThat(fast).hasSizeGreaterThan(12_000);
            assertThat(fast).isEqualTo(transcript(csv, false));
        }
    }

    @Test
    void aRecordLongerThanTheBufferReadsAsWithFastCsvAlone() {
        String csv = "h,k\n1,2\n" + "z".repeat(70_000) + ",3\n" + "4," + "w".repeat(100_001) + "\n5,6\n";
        List<String> fast = transcript(csv, true);
        assertThat(fast.get(fast.size() - 1)).startsWith("error CSV cell is too long");
        assertThat(fast).isEqualTo(transcript(csv, false));
    }
}
