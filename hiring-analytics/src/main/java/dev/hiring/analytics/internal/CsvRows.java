package dev.hiring.analytics.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringParseException;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A streaming CSV reader over Jackson's CSV parser: reads a header, then one record at a time, holding only the
 * current record in memory. Every record must have as many fields as the header (ragged rows are errors); the
 * header must not repeat a name. Errors are {@link HiringParseException}s naming the line and the column; they
 * never quote a cell.
 *
 * <p>Not thread-safe; one instance reads one input.
 */
public final class CsvRows implements Closeable {
    /** The longest cell accepted, in characters. */
    public static final int MAX_CELL_LENGTH = 100_000;

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_CELL_LENGTH)
                    .build())
            .build();

    private final CsvParser parser;
    private final List<String> header;
    private final String[] current;
    private long record;
    private long line;

    private CsvRows(CsvParser parser, List<String> header) {
        this.parser = parser;
        this.header = List.copyOf(header);
        this.current = new String[header.size()];
    }

    /**
     * Opens a CSV input and reads its header.
     *
     * @param reader the CSV text; closed by {@link #close()}
     * @throws HiringParseException if the input is empty, the header has a blank or repeated name, or it is
     *     malformed
     */
    public static CsvRows open(Reader reader) {
        CsvParser p;
        try {
            p = FACTORY.createParser(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = new ArrayList<>();
        long headerLine;
        try {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new HiringParseException("CSV input is empty: a header row is required", "$", 1, 1);
            }
            headerLine = p.currentLocation().getLineNr();
            while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
                names.add(p.getText());
            }
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n.isBlank()) {
                throw new HiringParseException(
                        String.format(Locale.ROOT, "CSV header: column %d has no name", i + 1),
                        "$",
                        (int) headerLine,
                        i + 1);
            }
            if (!seen.add(n)) {
                throw new HiringParseException(
                        String.format(Locale.ROOT, "CSV header: column %d repeats the name '%s'", i + 1, n),
                        "$",
                        (int) headerLine,
                        i + 1);
            }
        }
        return new CsvRows(p, names);
    }

    /** The header's column names, in order. */
    public List<String> header() {
        return header;
    }

    /** The index of the named column, or -1. */
    public int indexOf(String column) {
        return header.indexOf(column);
    }

    /**
     * Reads the next record into an internal buffer and returns it (the same array each time; copy what you
     * keep), or {@code null} at the end of the input. Cells are trimmed; an empty cell is the empty string.
     *
     * @throws HiringParseException if the record has fewer or more fields than the header, or is malformed
     */
    public String @Nullable [] next() {
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                return null;
            }
            record++;
            line = parser.currentLocation().getLineNr();
            int n = 0;
            while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
                if (n < current.length) {
                    current[n] = parser.getText();
                }
                n++;
            }
            if (n != current.length) {
                throw new HiringParseException(
                        String.format(
                                Locale.ROOT,
                                "CSV row %d has %d fields but the header has %d",
                                record,
                                n,
                                current.length),
                        "$",
                        (int) line,
                        Math.min(n, current.length) + 1);
            }
            return current;
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the last record read (the header not counted). */
    public long record() {
        return record;
    }

    /** The 1-based line on which the last record read starts. */
    public long line() {
        return line;
    }

    /**
     * An error about one cell of the last record read: names the record, the line and the column, never the
     * cell's content.
     */
    public HiringParseException cellError(int column, String problem) {
        return new HiringParseException(
                String.format(Locale.ROOT, "CSV row %d, column '%s': %s", record, header.get(column), problem),
                "$",
                (int) Math.min(Integer.MAX_VALUE, line),
                column + 1);
    }

    /** Parses a cell of the last record read as a finite number. */
    public double number(int column) {
        String s = current[column];
        double d = Numbers.parseOrNaN(s);
        if (Double.isNaN(d)) {
            throw cellError(column, s.isEmpty() ? "a number is required, the cell is empty" : "not a number");
        }
        return d;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HiringException translate(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int l = loc == null ? 0 : (int) Math.min(Integer.MAX_VALUE, loc.getLineNr());
        int c = loc == null ? 0 : (int) Math.min(Integer.MAX_VALUE, loc.getColumnNr());
        String what = e.getOriginalMessage();
        String msg = what != null && what.toLowerCase(Locale.ROOT).contains("length")
                ? "CSV cell is too long (more than " + MAX_CELL_LENGTH + " characters)"
                : "malformed CSV (for instance an unterminated quote)";
        return new HiringParseException(msg, "$", l, c, e);
    }
}
