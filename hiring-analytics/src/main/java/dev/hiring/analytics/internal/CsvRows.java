package dev.hiring.analytics.internal;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringParseException;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A streaming CSV reader over FastCSV: reads a header, then one record at a time, holding only the current record
 * in memory. Every record must have as many fields as the header (ragged rows are errors); the header must not
 * repeat a name. Errors are {@link HiringParseException}s naming the line and the column; they never quote a cell.
 *
 * <p>The dialect, as with the Jackson CSV parser used before: comma and double quote, LF, CRLF or CR line ends,
 * empty lines and lines of spaces skipped, spaces and control characters around a cell trimmed (inside quotes they
 * are kept), a quote left open at the end of the input an error. New: a leading byte order mark is skipped.
 *
 * <p>Not thread-safe; one instance reads one input.
 */
public final class CsvRows implements Closeable {
    /** The longest cell accepted, in characters. */
    public static final int MAX_CELL_LENGTH = 100_000;

    /** FastCSV's buffer holds the field being read; beyond this an unterminated quote fails instead of growing. */
    private static final int MAX_BUFFER = 2 * MAX_CELL_LENGTH + 64 * 1024;

    private final CsvReader<String[]> reader;
    private final Iterator<String[]> records;
    private final Cells cells;
    private final List<String> header;
    private final String[] current;
    private long record;
    private long line;

    private CsvRows(CsvReader<String[]> reader, Cells cells, List<String> header) {
        this.reader = reader;
        this.records = reader.iterator();
        this.cells = cells;
        this.header = List.copyOf(header);
        this.current = cells.fields; // FastCSV's handler fills this array in place, one record at a time
    }

    /**
     * Opens a CSV input and reads its header.
     *
     * @param reader the CSV text; closed by {@link #close()}
     * @throws HiringParseException if the input is empty, the header has a blank or repeated name, or it is
     *     malformed
     */
    public static CsvRows open(Reader reader) {
        TailReader input = new TailReader(reader);
        Cells cells = new Cells(input);
        CsvReader<String[]> csv = CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true) // ragged rows are reported here, with the line and the column
                .allowMissingFields(true)
                .trimWhitespacesAroundQuotes(true)
                .maxBufferSize(MAX_BUFFER)
                .build(cells, input);
        Iterator<String[]> it = csv.iterator();
        String[] first = read(it, cells);
        if (first == null) {
            throw new HiringParseException("CSV input is empty: a header row is required", "$", 1, 1);
        }
        long headerLine = cells.line;
        List<String> names = List.of(Arrays.copyOf(first, cells.count));
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
        cells.width(names.size());
        return new CsvRows(csv, cells, names);
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
        String[] r = read(records, cells);
        if (r == null) {
            return null;
        }
        record++;
        line = cells.line;
        int n = cells.count;
        if (n != current.length) {
            throw new HiringParseException(
                    String.format(
                            Locale.ROOT, "CSV row %d has %d fields but the header has %d", record, n, current.length),
                    "$",
                    (int) Math.min(Integer.MAX_VALUE, line),
                    Math.min(n, current.length) + 1);
        }
        return current;
    }

    /** The next record from FastCSV, checked for an overlong cell or an unterminated quote; null at the end. */
    private static String @Nullable [] read(Iterator<String[]> it, Cells cells) {
        String[] r;
        try {
            if (!it.hasNext()) {
                return null;
            }
            r = it.next();
        } catch (CsvParseException e) {
            throw malformed(cells, e);
        }
        if (cells.tooLong >= 0) {
            throw new HiringParseException(
                    "CSV cell is too long (more than " + MAX_CELL_LENGTH + " characters)",
                    "$",
                    (int) Math.min(Integer.MAX_VALUE, cells.line),
                    cells.tooLong + 1);
        }
        if (cells.lastQuoted && cells.input.atEnd() && !cells.closedAtEnd()) {
            // FastCSV ends a quoted field silently at the end of the input; a quote left open is an error here
            throw new HiringParseException(
                    "malformed CSV (for instance an unterminated quote)",
                    "$",
                    (int) Math.min(Integer.MAX_VALUE, cells.line),
                    cells.count);
        }
        return r;
    }

    private static HiringException malformed(Cells cells, CsvParseException e) {
        String what = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        String msg = what.contains("buffer size")
                ? "CSV cell is too long (more than " + MAX_CELL_LENGTH + " characters)"
                : "malformed CSV (for instance an unterminated quote)";
        return new HiringParseException(msg, "$", (int) Math.min(Integer.MAX_VALUE, cells.line), cells.count + 1, e);
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
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Receives FastCSV's fields straight from its buffer: trims unquoted cells in place and makes one string per
     * cell of the header's width (cells past it are only counted).
     */
    private static final class Cells extends CsvCallbackHandler<String[]> {
        final TailReader input;
        String[] fields = new String[16];
        int limit = Integer.MAX_VALUE;
        int count;
        long line;
        boolean lastQuoted;
        /** Of the last quoted field: its trailing whitespace, and the quotes before it (all of the rest?). */
        int lastTrailingSpace;

        int lastTrailingQuotes;
        boolean lastAllQuotes;
        boolean firstBlank;
        int tooLong = -1;
        RecordType type = RecordType.DATA;

        Cells(TailReader input) {
            this.input = input;
        }

        void width(int n) {
            fields = new String[n];
            limit = n;
        }

        @Override
        protected RecordType getRecordType() {
            return type;
        }

        @Override
        protected int getFieldCount() {
            return count;
        }

        @Override
        protected void beginRecord(long startingLineNumber) {
            line = startingLineNumber;
            count = 0;
            lastQuoted = false;
            firstBlank = false;
            tooLong = -1;
            type = RecordType.DATA;
        }

        @Override
        protected void addField(char[] buf, int offset, int len, boolean quoted) {
            int b = offset;
            int e = offset + len;
            if (!quoted) {
                while (b < e && isSpace(buf[b])) {
                    b++;
                }
                while (e > b && isSpace(buf[e - 1])) {
                    e--;
                }
            }
            int n = e - b;
            if (count == 0) {
                firstBlank = !quoted && onlySpaces(buf, offset, len);
            }
            if (quoted) {
                int w = 0;
                while (w < n && isSpace(buf[e - 1 - w])) {
                    w++;
                }
                int q = 0;
                while (w + q < n && buf[e - 1 - w - q] == '"') {
                    q++;
                }
                lastTrailingSpace = w;
                lastTrailingQuotes = q;
                lastAllQuotes = w + q == n;
            }
            if (n > MAX_CELL_LENGTH) {
                if (tooLong < 0) {
                    tooLong = count;
                }
            } else if (count < limit) {
                if (count == fields.length) {
                    fields = Arrays.copyOf(fields, count * 2);
                }
                fields[count] = n == 0 ? "" : new String(buf, b, n);
            }
            count++;
            lastQuoted = quoted;
        }

        /**
         * Whether the last field, quoted and at the very end of the input, was closed: the text then ends with its
         * escaped trailing quotes (two each), the closing quote, and the opening one too if the field is only
         * quotes.
         */
        boolean closedAtEnd() {
            // what the text ends with, trailing whitespace dropped, if the quote was left open
            long open = 2L * lastTrailingQuotes + (lastAllQuotes ? 1 : 0);
            if (lastTrailingSpace == 0) {
                return input.trailingQuotes() == open + 1;
            }
            // the field ends in whitespace, so a closing quote stands alone
            if (open != 1) {
                return input.trailingQuotes() == 1;
            }
            // only whitespace inside the quotes: left open, the text ends with exactly that whitespace after the
            // opening quote, which follows a separator or a line end. Undecidable from the counts, and taken as
            // closed: an opening quote after blanks; taken as open: a closed cell of line ends followed by as many
            // blanks. Both need a whitespace-only quoted cell at the very end of the input.
            return input.trailingQuotes() == 1
                    && (input.trailingSpace() != lastTrailingSpace || input.spaceBeforeTrailingQuotes());
        }

        /** Trimmed around unquoted cells, as before: every control character and the space. */
        static boolean isSpace(char c) {
            return c <= ' ';
        }

        /** Whitespace within a line: {@link #isSpace} but not a line end. */
        static boolean isBlank(char c) {
            return c <= ' ' && c != '\n' && c != '\r';
        }

        /** A line of spaces only is an empty line (one of tabs is a cell). */
        private static boolean onlySpaces(char[] buf, int offset, int len) {
            for (int i = offset; i < offset + len; i++) {
                if (buf[i] != ' ') {
                    return false;
                }
            }
            return true;
        }

        @Override
        protected void setComment(char[] buf, int offset, int len) {
            // comments are off: never called
            type = RecordType.COMMENT;
        }

        @Override
        protected void setEmpty() {
            type = RecordType.EMPTY;
            count = 0;
        }

        @Override
        protected String[] buildRecord() {
            if (count == 1 && firstBlank && type == RecordType.DATA) {
                type = RecordType.EMPTY; // a line of spaces and tabs only is an empty line
            }
            return fields;
        }
    }

    /**
     * The input as FastCSV reads it, minus a leading byte order mark, remembering whether the end was reached and
     * how the text ends, to tell a quoted field closed at the end of the input from one left open.
     */
    private static final class TailReader extends Reader {
        private final Reader in;
        private boolean started;
        private boolean end;
        /** The quotes ending the text read so far once trailing whitespace is dropped. */
        private long quotes;
        /** The quotes ending the text read so far, as it is. */
        private long rawQuotes;
        /** The whitespace ending the text read so far. */
        private long space;
        /** Whether whitespace stands right before those quotes (trailing whitespace dropped, or as it is). */
        private boolean spaceBeforeQuotes;

        private boolean spaceBeforeRawQuotes;

        TailReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = in.read(cbuf, off, len);
            if (n < 0) {
                end = true;
                return n;
            }
            if (!started && n > 0) {
                started = true;
                if (cbuf[off] == '\uFEFF') {
                    if (n == 1) {
                        return read(cbuf, off, len);
                    }
                    System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
                    n--;
                }
            }
            if (n > 0) {
                tail(cbuf, off, n);
            }
            return n;
        }

        /** Carries the counts over one more chunk of text; looks only at the chunk's end. */
        private void tail(char[] c, int off, int n) {
            int end = off + n;
            int stripped = end;
            while (stripped > off && Cells.isSpace(c[stripped - 1])) {
                stripped--;
            }
            if (stripped == off) {
                space += n;
            } else {
                space = (long) end - stripped;
                int q = 0;
                while (stripped - 1 - q >= off && c[stripped - 1 - q] == '"') {
                    q++;
                }
                if (q < stripped - off) {
                    quotes = q;
                    spaceBeforeQuotes = Cells.isBlank(c[stripped - 1 - q]);
                } else {
                    quotes = rawQuotes + q;
                    spaceBeforeQuotes = spaceBeforeRawQuotes;
                }
            }
            int raw = 0;
            while (raw < n && c[end - 1 - raw] == '"') {
                raw++;
            }
            if (raw < n) {
                rawQuotes = raw;
                spaceBeforeRawQuotes = Cells.isBlank(c[end - 1 - raw]);
            } else {
                rawQuotes += n;
            }
        }

        boolean atEnd() {
            return end;
        }

        /** The quotes ending the text read so far, trailing whitespace dropped. */
        long trailingQuotes() {
            return quotes;
        }

        /** The whitespace ending the text read so far. */
        long trailingSpace() {
            return space;
        }

        /** Whether whitespace stands right before the quotes ending the text (trailing whitespace dropped). */
        boolean spaceBeforeTrailingQuotes() {
            return spaceBeforeQuotes;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
