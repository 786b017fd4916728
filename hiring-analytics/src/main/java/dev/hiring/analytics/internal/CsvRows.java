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
import java.util.Objects;
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

    private final Records records;
    private final Cells cells;
    private final List<String> header;
    private final String[] current;
    private long record;
    private long line;

    private CsvRows(Records records, Cells cells, List<String> header) {
        this.records = records;
        this.cells = cells;
        this.header = List.copyOf(header);
        this.current = cells.fields; // the handler fills this array in place, one record at a time
    }

    /**
     * Opens a CSV input and reads its header.
     *
     * @param reader the CSV text; closed by {@link #close()}
     * @throws HiringParseException if the input is empty, the header has a blank or repeated name, or it is
     *     malformed
     */
    public static CsvRows open(Reader reader) {
        return open(reader, true);
    }

    /** Opens a CSV input, with the quote-free fast path or with FastCSV alone (to compare the two in tests). */
    static CsvRows open(Reader reader, boolean fastPath) {
        TailReader input = new TailReader(reader);
        Cells cells = new Cells(input);
        Records records = new Records(input, cells, fastPath);
        String[] first = read(records, cells);
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
        return new CsvRows(records, cells, names);
    }

    /** FastCSV over the given text, feeding {@code cells}. */
    static CsvReader<String[]> fastCsv(Cells cells, Reader input) {
        return CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true) // ragged rows are reported here, with the line and the column
                .allowMissingFields(true)
                .trimWhitespacesAroundQuotes(true)
                .maxBufferSize(MAX_BUFFER)
                .build(cells, input);
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
     * Reads {@code column}'s cells as categories: each is looked up in a table of the column's distinct values
     * straight from the parser's characters, so a value already seen makes no new string. After {@link #next()},
     * {@link #category(int)} is the number of the cell's value and the record holds the table's one string for it.
     * Call before the first {@link #next()}; calling it again for a column returns the same table.
     */
    public CategoryTable categorize(int column) {
        if (cells.tables[column] == null) {
            cells.tables[column] = new CategoryTable();
        }
        return Objects.requireNonNull(cells.tables[column]);
    }

    /** The number, in {@link #categorize}'s table, of the given categorized column's cell in the last record. */
    public int category(int column) {
        return cells.ids[column];
    }

    /**
     * Leaves {@code column}'s cells out: they are still counted and checked for length, but no string is made and
     * the record holds the empty string for them. Call before the first {@link #next()}.
     */
    public void skip(int column) {
        cells.skip[column] = true;
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
    private static String @Nullable [] read(Records records, Cells cells) {
        String[] r;
        try {
            r = records.next();
            if (r == null) {
                return null;
            }
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
            records.close();
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
        /** Per column of the header: its category table, or null for a plain cell. */
        @Nullable
        CategoryTable[] tables = new CategoryTable[0];
        /** Per column of the header: the category of the last record's cell. */
        int[] ids = new int[0];
        /** Per column of the header: whether its cells are left out. */
        boolean[] skip = new boolean[0];

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
            tables = new CategoryTable[n];
            ids = new int[n];
            skip = new boolean[n];
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

        /** Lines read before FastCSV took over (its line numbers start again at 1). */
        long lineOffset;

        @Override
        protected void beginRecord(long startingLineNumber) {
            line = lineOffset + startingLineNumber;
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
                CategoryTable table = count < tables.length ? tables[count] : null;
                if (table != null) {
                    int id = table.id(buf, b, n);
                    ids[count] = id;
                    fields[count] = table.name(id);
                } else if (n == 0 || (count < skip.length && skip[count])) {
                    fields[count] = "";
                } else {
                    fields[count] = new String(buf, b, n);
                }
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
     * The records of the input. Records without a quote character are split here, straight in a buffer of the
     * input, and handed to the same {@link Cells} handler as FastCSV's; from the first record that holds a quote
     * (or that does not fit in the buffer) to the end, FastCSV reads the rest of the input. Quote-free records
     * are read the same way by both: fields end at a comma, records at CR, LF or CRLF (or the end of the input),
     * a record with nothing before its line end is empty, every field is one unquoted field.
     */
    static final class Records implements Closeable {
        private static final int CAPACITY = 64 * 1024;

        private final TailReader input;
        private final Cells cells;
        private final char[] buf = new char[CAPACITY];
        private int pos;
        private int lim;
        private boolean eof;
        /** The line the next record starts on. */
        private long line = 1;

        private int[] commas = new int[16];
        private @Nullable CsvReader<String[]> fastCsv;
        private @Nullable Iterator<String[]> fastCsvRecords;

        Records(TailReader input, Cells cells, boolean fastPath) {
            this.input = input;
            this.cells = cells;
            if (!fastPath) {
                handOver();
            }
        }

        /** The next data record (the handler's array), or null at the end of the input. */
        String @Nullable [] next() {
            while (true) {
                Iterator<String[]> it = fastCsvRecords;
                if (it != null) {
                    return it.hasNext() ? it.next() : null;
                }
                int end = recordEnd();
                if (end == QUOTE) {
                    handOver();
                    continue;
                }
                if (end == END) {
                    return null;
                }
                cells.beginRecord(line);
                if (end == pos) {
                    cells.setEmpty();
                } else {
                    int from = pos;
                    for (int i = 0; i < commaCount; i++) {
                        cells.addField(buf, from, commas[i] - from, false);
                        from = commas[i] + 1;
                    }
                    cells.addField(buf, from, end - from, false);
                }
                String[] r = cells.buildRecord();
                line++;
                pos = end;
                if (end < lim) {
                    pos++; // the line end; recordEnd has read the LF that may follow a CR
                    if (buf[end] == '\r' && pos < lim && buf[pos] == '\n') {
                        pos++;
                    }
                }
                if (cells.getRecordType() == RecordType.DATA) {
                    return r;
                }
            }
        }

        private static final int QUOTE = -1;
        private static final int END = -2;
        private int commaCount;

        /**
         * Finds the end of the record starting at {@code pos} (the index of its line end, or of the end of the
         * input), noting its commas; the buffer then holds the line end's following LF too, if any. QUOTE if the
         * record holds a quote or does not fit; END at the end of the input.
         */
        private int recordEnd() {
            while (true) {
                int n = 0;
                int[] cs = commas;
                char[] b = buf;
                int l = lim;
                for (int i = pos; i < l; i++) {
                    char c = b[i];
                    if (c <= ',') {
                        if (c == ',') {
                            if (n == cs.length) {
                                cs = Arrays.copyOf(cs, n * 2);
                                commas = cs;
                            }
                            cs[n++] = i;
                        } else if (c == '\n' || (c == '\r' && (i + 1 < l || eof))) {
                            commaCount = n;
                            return i;
                        } else if (c == '"') {
                            return QUOTE;
                        } else if (c == '\r') {
                            break; // CR at the end of the buffer: read on to see whether LF follows
                        }
                    }
                }
                if (eof) {
                    if (pos == lim) {
                        return END;
                    }
                    commaCount = n;
                    return lim;
                }
                if (!fill()) {
                    return QUOTE; // the record does not fit in the buffer
                }
            }
        }

        /** Moves the current record to the front and reads more; false if the buffer is full of it. */
        private boolean fill() {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, lim - pos);
                lim -= pos;
                pos = 0;
            }
            if (lim == buf.length) {
                return false;
            }
            try {
                int k = input.read(buf, lim, buf.length - lim);
                if (k < 0) {
                    eof = true;
                } else {
                    lim += k;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }

        /** FastCSV reads the rest: what is left in the buffer, then the input. */
        private void handOver() {
            cells.lineOffset = line - 1;
            Reader rest = new Reader() {
                @Override
                public int read(char[] cbuf, int off, int len) throws IOException {
                    if (pos < lim) {
                        int k = Math.min(len, lim - pos);
                        System.arraycopy(buf, pos, cbuf, off, k);
                        pos += k;
                        return k;
                    }
                    return eof ? -1 : input.read(cbuf, off, len);
                }

                @Override
                public void close() throws IOException {
                    input.close();
                }
            };
            CsvReader<String[]> csv = fastCsv(cells, rest);
            fastCsv = csv;
            fastCsvRecords = csv.iterator();
        }

        @Override
        public void close() throws IOException {
            CsvReader<String[]> csv = fastCsv;
            if (csv != null) {
                csv.close();
            } else {
                input.close();
            }
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
