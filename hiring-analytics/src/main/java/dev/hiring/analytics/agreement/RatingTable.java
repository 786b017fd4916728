package dev.hiring.analytics.agreement;

import dev.hiring.analytics.internal.CsvRows;
import dev.hiring.analytics.internal.Numbers;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringParseException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reliability data: a units × raters table of ratings, each a category label or a number written as text, or
 * missing. This is the canonical layout of reliability data (one row per unit, one column per rater).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RatingTable {
    private final List<String> raters;
    private final List<String> units;
    private final @Nullable String[] cells;
    private final long @Nullable [] lines;

    private RatingTable(List<String> raters, List<String> units, @Nullable String[] cells, long @Nullable [] lines) {
        this.raters = List.copyOf(raters);
        this.units = List.copyOf(units);
        this.cells = cells;
        this.lines = lines;
    }

    /**
     * A table from rows of ratings, one row per unit; {@code null} or an empty string is a missing rating. Units
     * are named {@code 1}, {@code 2}, … in row order.
     *
     * @throws HiringException if there are fewer than 2 raters, no units, a repeated rater id, or a row of the
     *     wrong length
     */
    public static RatingTable of(List<String> raters, List<? extends List<@Nullable String>> rows) {
        List<String> units = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            units.add(Integer.toString(i + 1));
        }
        return of(raters, units, rows);
    }

    /**
     * A table from unit ids and rows of ratings; {@code null} or an empty string is a missing rating.
     *
     * @throws HiringException if there are fewer than 2 raters, no units, a repeated rater or unit id, or a row of
     *     the wrong length
     */
    public static RatingTable of(List<String> raters, List<String> units, List<? extends List<@Nullable String>> rows) {
        checkRaters(raters);
        if (units.size() != rows.size()) {
            throw new HiringException(
                    "rating table: " + units.size() + " unit ids for " + rows.size() + " rows of ratings");
        }
        if (rows.isEmpty()) {
            throw new HiringException("rating table: at least one unit is required");
        }
        Set<String> seen = new HashSet<>();
        int k = raters.size();
        @Nullable String[] cells = new String[rows.size() * k];
        for (int u = 0; u < rows.size(); u++) {
            if (!seen.add(units.get(u))) {
                throw new HiringException("rating table: unit " + (u + 1) + " repeats the id of an earlier unit");
            }
            List<@Nullable String> row = rows.get(u);
            if (row.size() != k) {
                throw new HiringException(String.format(
                        Locale.ROOT,
                        "rating table: unit %d has %d ratings but there are %d raters",
                        u + 1,
                        row.size(),
                        k));
            }
            for (int r = 0; r < k; r++) {
                String v = row.get(r);
                cells[u * k + r] = v == null || v.isBlank() ? null : v.strip();
            }
        }
        return new RatingTable(raters, units, cells, null);
    }

    /**
     * Reads a UTF-8 CSV from a stream, as {@link #readCsv(Reader)} does; the stream is closed.
     *
     * @throws dev.hiring.core.MalformedTextException if the bytes are not valid UTF-8, with the byte offset
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static RatingTable readCsv(java.io.InputStream in) {
        return readCsv(dev.hiring.core.text.Utf8Text.reader(in, "rating CSV"));
    }

    /**
     * Reads a UTF-8 CSV file, as {@link #readCsv(Reader)} does.
     *
     * @throws dev.hiring.core.MalformedTextException if the bytes are not valid UTF-8, with the byte offset
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static RatingTable readCsv(java.nio.file.Path file) {
        return dev.hiring.analytics.internal.CsvFiles.read(file, RatingTable::readCsv);
    }

    /**
     * Reads a CSV with the header {@code unit,<rater id>,<rater id>,…} and one row per unit; an empty cell is a
     * missing rating. Reads the whole table into memory (agreement statistics need every unit).
     *
     * @throws HiringParseException if the CSV is malformed or ragged, the header is not {@code unit,…} or repeats
     *     a name, there is a single rater, no unit, or a repeated unit id; errors name the row and column
     */
    public static RatingTable readCsv(Reader reader) {
        try (CsvRows csv = CsvRows.open(reader)) {
            List<String> header = csv.header();
            if (header.isEmpty() || !"unit".equals(header.get(0))) {
                throw new HiringParseException(
                        "CSV header must start with the column 'unit', followed by one column per rater", "$", 1, 1);
            }
            List<String> raters = header.subList(1, header.size());
            if (raters.size() < 2) {
                throw new HiringParseException(
                        "CSV header names " + raters.size()
                                + " rater(s): agreement needs at least 2 rater columns after 'unit'",
                        "$",
                        1,
                        header.size());
            }
            int k = raters.size();
            List<String> units = new ArrayList<>();
            List<@Nullable String> cells = new ArrayList<>();
            List<Long> lineList = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            String[] row;
            while ((row = csv.next()) != null) {
                String id = row[0];
                if (id.isEmpty()) {
                    throw csv.cellError(0, "the unit id is empty");
                }
                Long earlier = seen.putIfAbsent(id, csv.record());
                if (earlier != null) {
                    throw csv.cellError(0, "repeats the unit id of row " + earlier);
                }
                units.add(id);
                lineList.add(csv.line());
                for (int r = 1; r <= k; r++) {
                    cells.add(row[r].isEmpty() ? null : row[r]);
                }
            }
            if (units.isEmpty()) {
                throw new HiringParseException("CSV has a header but no unit rows", "$", 1, 1);
            }
            long[] lines = new long[lineList.size()];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = lineList.get(i);
            }
            return new RatingTable(raters, units, cells.toArray(new String[0]), lines);
        }
    }

    private static void checkRaters(List<String> raters) {
        if (raters.size() < 2) {
            throw new HiringException(
                    "rating table: " + raters.size() + " rater(s); agreement needs at least 2 raters");
        }
        Set<String> seen = new HashSet<>();
        for (String r : raters) {
            if (!seen.add(r)) {
                throw new HiringException("rating table: rater id '" + r + "' appears twice");
            }
        }
    }

    /** The rater ids, in column order. */
    public List<String> raters() {
        return raters;
    }

    /** The unit ids, in row order. */
    public List<String> units() {
        return units;
    }

    /** The number of units (rows). */
    public int unitCount() {
        return units.size();
    }

    /** The number of raters (columns). */
    public int raterCount() {
        return raters.size();
    }

    /** The rating of {@code unit} by {@code rater} (0-based), or {@code null} when missing. */
    public @Nullable String get(int unit, int rater) {
        return cells[unit * raters.size() + rater];
    }

    /** The number of ratings present in row {@code unit}. */
    public int ratingsIn(int unit) {
        int k = raters.size();
        int m = 0;
        for (int r = 0; r < k; r++) {
            if (cells[unit * k + r] != null) {
                m++;
            }
        }
        return m;
    }

    /** The distinct labels present, in first-seen order. */
    public List<String> labels() {
        Set<String> s = new java.util.LinkedHashSet<>();
        for (String c : cells) {
            if (c != null) {
                s.add(c);
            }
        }
        return List.copyOf(s);
    }

    /**
     * The ratings as numbers, row-major (units × raters), NaN for a missing rating.
     *
     * @throws HiringParseException naming the unit row and rater column of the first rating that is not a number
     */
    public double[] toNumbers() {
        double[] out = new double[cells.length];
        int k = raters.size();
        Map<String, Double> cache = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            if (c == null) {
                out[i] = Double.NaN;
                continue;
            }
            Double d = cache.get(c);
            if (d == null) {
                d = Numbers.parseOrNaN(c);
                if (d.isNaN()) {
                    int u = i / k;
                    int r = i % k;
                    long line = lines == null ? 0 : lines[u];
                    throw new HiringParseException(
                            String.format(
                                    Locale.ROOT,
                                    "unit row %d, rater column '%s': a number is required at this level of measurement",
                                    u + 1,
                                    raters.get(r)),
                            "$",
                            (int) line,
                            r + 2);
                }
                if (cache.size() < 10_000) {
                    cache.put(c, d);
                }
            }
            out[i] = d;
        }
        return out;
    }

    /**
     * Sorts labels for display and for ordered weights: numerically when every label is a number, otherwise in
     * lexicographic order.
     */
    static List<String> sortedLabels(List<String> labels) {
        List<String> copy = new ArrayList<>(labels);
        boolean numeric = true;
        for (String l : copy) {
            if (Double.isNaN(Numbers.parseOrNaN(l))) {
                numeric = false;
                break;
            }
        }
        if (numeric) {
            copy.sort((a, b) -> Double.compare(Numbers.parseOrNaN(a), Numbers.parseOrNaN(b)));
        } else {
            copy.sort(null);
        }
        return copy;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RatingTable t
                && raters.equals(t.raters)
                && units.equals(t.units)
                && Arrays.equals(cells, t.cells);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * raters.hashCode() + units.hashCode()) + Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return "RatingTable{units=" + units.size() + ", raters=" + raters.size() + "}";
    }
}
