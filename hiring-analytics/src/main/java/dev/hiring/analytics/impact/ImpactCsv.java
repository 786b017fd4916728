package dev.hiring.analytics.impact;

import dev.hiring.analytics.internal.CategoryTable;
import dev.hiring.analytics.internal.CsvRows;
import dev.hiring.analytics.internal.LongIntMap;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringParseException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Adverse impact straight from CSV, streamed: individual rows are counted as they are read, so memory grows with
 * the number of groups, not with the number of rows (the scoring rate is the exception: it keeps one score and
 * one group index per row, 12 bytes, to find the median of the full sample).
 *
 * <p>An individual whose cell in a group column is empty or {@code unknown} (any case) is of unknown category for
 * that table: counted in {@code unknown} and in the total, not in any group. Intersectional groups (several
 * columns) are labelled with the column values joined by {@value #JOIN}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ImpactCsv {
    /** The separator of the parts of an intersectional group label. */
    public static final String JOIN = " / ";
    /** The most group columns in one (intersectional) table. */
    public static final int MAX_COLUMNS_PER_DIMENSION = 3;
    /** The most distinct values of one group column. */
    public static final int MAX_VALUES_PER_COLUMN = 1 << 20;
    /** The most groups in one table. */
    public static final int MAX_GROUPS = 100_000;

    private static final int BITS_PER_COLUMN = 20;

    private ImpactCsv() {}

    /**
     * Reads a summary CSV with the header {@code group,applicants,selected} (in any order, no other columns) and
     * builds the impact table. A group labelled {@code unknown} (any case) is the unknown category.
     *
     * @throws HiringParseException if the CSV is malformed or ragged, a column is missing or repeated, a count is
     *     not a whole number, out of range, or a group repeats; errors name the row and column
     * @throws HiringException if a group has zero applicants
     */
    public static ImpactReport readSummary(Reader reader, boolean excludeSmall) {
        try (CsvRows csv = CsvRows.open(reader)) {
            int g = required(csv, "group");
            int a = required(csv, "applicants");
            int s = required(csv, "selected");
            if (csv.header().size() != 3) {
                throw new HiringParseException(
                        "summary CSV must have exactly the columns group, applicants, selected", "$", 1, 4);
            }
            List<GroupCounts> groups = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            long unknown = 0;
            String[] row;
            while ((row = csv.next()) != null) {
                String label = row[g];
                long applicants = count(csv, a);
                long selected = count(csv, s);
                if (applicants == 0) {
                    throw csv.cellError(a, "a group must have at least 1 applicant (a zero-size group has no rate)");
                }
                if (selected > applicants) {
                    throw csv.cellError(s, "selected is larger than applicants");
                }
                if (label.isEmpty() || "unknown".equalsIgnoreCase(label)) {
                    unknown += applicants;
                    continue;
                }
                if (!seen.add(label)) {
                    throw csv.cellError(g, "the group appears on an earlier row");
                }
                groups.add(new GroupCounts(label, applicants, selected));
            }
            if (groups.isEmpty()) {
                throw new HiringParseException("summary CSV has no group with a known category", "$", 1, 1);
            }
            return AdverseImpact.compute(groups, RateKind.SELECTION, unknown, null, excludeSmall);
        }
    }

    /**
     * Reads a UTF-8 summary CSV from a stream, as {@link #readSummary(Reader, boolean)} does; the stream is closed.
     *
     * @throws dev.hiring.core.MalformedTextException if the bytes are not valid UTF-8, with the byte offset
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static ImpactReport readSummary(java.io.InputStream in, boolean excludeSmall) {
        return readSummary(dev.hiring.core.text.Utf8Text.reader(in, "summary CSV"), excludeSmall);
    }

    /**
     * Reads a UTF-8 summary CSV file, as {@link #readSummary(Reader, boolean)} does.
     *
     * @throws dev.hiring.core.MalformedTextException if the bytes are not valid UTF-8, with the byte offset
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static ImpactReport readSummary(java.nio.file.Path file, boolean excludeSmall) {
        return dev.hiring.analytics.internal.CsvFiles.read(file, r -> readSummary(r, excludeSmall));
    }

    /**
     * Reads a UTF-8 individual-level CSV from a stream, streaming, as {@link #readIndividuals(Reader, List, OutcomeColumn,
     * boolean)} does; the stream is closed.
     *
     * @throws dev.hiring.core.MalformedTextException if the bytes are not valid UTF-8, with the byte offset
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static List<ImpactReport> readIndividuals(
            java.io.InputStream in, List<List<String>> dimensions, OutcomeColumn outcome, boolean excludeSmall) {
        return readIndividuals(
                dev.hiring.core.text.Utf8Text.reader(in, "individual CSV"), dimensions, outcome, excludeSmall);
    }

    /**
     * Reads a UTF-8 individual-level CSV file, streaming, as {@link #readIndividuals(Reader, List, OutcomeColumn,
     * boolean)} does.
     *
     * @throws dev.hiring.core.MalformedTextException if the bytes are not valid UTF-8, with the byte offset
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static List<ImpactReport> readIndividuals(
            java.nio.file.Path file, List<List<String>> dimensions, OutcomeColumn outcome, boolean excludeSmall) {
        return dev.hiring.analytics.internal.CsvFiles.read(
                file, r -> readIndividuals(r, dimensions, outcome, excludeSmall));
    }

    /**
     * Reads one row per individual and builds one impact table per dimension, in one streaming pass.
     *
     * @param dimensions each a list of group columns; one column gives a plain table, several an intersectional
     *     one (LL144: sex, race/ethnicity and their intersection are three dimensions)
     * @param outcome the selection flag or score column
     * @param excludeSmall whether to leave groups under 2% out of the impact ratios
     * @throws HiringParseException if the CSV is malformed or ragged, a named column is missing, a flag or score
     *     is not readable, or no individual has a known category; errors name the row and column
     */
    public static List<ImpactReport> readIndividuals(
            Reader reader, List<List<String>> dimensions, OutcomeColumn outcome, boolean excludeSmall) {
        if (dimensions.isEmpty()) {
            throw new HiringException("adverse impact: at least one group column is required");
        }
        try (CsvRows csv = CsvRows.open(reader)) {
            int out = required(csv, outcome.column());
            int[][] cols = new int[dimensions.size()][];
            for (int d = 0; d < cols.length; d++) {
                List<String> dim = dimensions.get(d);
                if (dim.isEmpty()) {
                    throw new HiringException("adverse impact: a dimension needs at least one group column");
                }
                cols[d] = new int[dim.size()];
                for (int c = 0; c < dim.size(); c++) {
                    cols[d][c] = required(csv, dim.get(c));
                }
            }
            boolean scoring = outcome.kind() == RateKind.SCORING;
            // Each distinct group column is looked up once per row; a dimension's group is the tuple of its
            // columns' value indexes, packed into a long.
            List<Integer> used = new ArrayList<>();
            int[][] slots = new int[cols.length][];
            for (int d = 0; d < cols.length; d++) {
                if (cols[d].length > MAX_COLUMNS_PER_DIMENSION) {
                    throw new HiringException("adverse impact: at most " + MAX_COLUMNS_PER_DIMENSION
                            + " group columns per table, got " + cols[d].length);
                }
                slots[d] = new int[cols[d].length];
                for (int c = 0; c < cols[d].length; c++) {
                    int slot = used.indexOf(cols[d][c]);
                    if (slot < 0) {
                        slot = used.size();
                        used.add(cols[d][c]);
                    }
                    slots[d][c] = slot;
                }
            }
            Column[] columns = new Column[used.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = new Column(used.get(i), csv.categorize(used.get(i)));
            }
            // Cells are looked up from the parser's characters: no string per cell for the group and flag columns,
            // none at all for the columns not read
            for (int c = 0; c < csv.header().size(); c++) {
                if (c != out && !used.contains(c)) {
                    csv.skip(c);
                }
            }
            @Nullable Flags flags = scoring ? null : new Flags(csv.categorize(out));
            int[] valueIndex = new int[columns.length];
            Tally[] tallies = new Tally[cols.length];
            for (int d = 0; d < cols.length; d++) {
                tallies[d] = new Tally(scoring);
            }
            double[] scores = scoring ? new double[1024] : new double[0];
            long rows = 0;
            String[] row;
            while ((row = csv.next()) != null) {
                boolean selected = false;
                if (scoring) {
                    double score = csv.number(out);
                    if (rows == scores.length) {
                        if (rows >= Integer.MAX_VALUE - 16) {
                            throw new HiringException("adverse impact: too many rows for the scoring rate");
                        }
                        scores = Arrays.copyOf(scores, (int) Math.min(Integer.MAX_VALUE - 16, rows * 2));
                    }
                    scores[(int) rows] = score;
                } else {
                    selected = Objects.requireNonNull(flags).selected(csv, out);
                }
                for (int i = 0; i < columns.length; i++) {
                    valueIndex[i] = columns[i].index(csv);
                }
                for (int d = 0; d < cols.length; d++) {
                    long key = 0;
                    for (int slot : slots[d]) {
                        int v = valueIndex[slot];
                        if (v < 0) {
                            key = -1;
                            break;
                        }
                        key = (key << BITS_PER_COLUMN) | v;
                    }
                    tallies[d].add(key, slots[d], columns, selected, (int) rows);
                }
                rows++;
            }
            if (rows == 0) {
                throw new HiringParseException("CSV has a header but no individual rows", "$", 1, 1);
            }
            Double median = null;
            if (scoring) {
                double[] sorted = Arrays.copyOf(scores, (int) rows);
                Arrays.sort(sorted);
                int n = sorted.length;
                median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
            }
            List<ImpactReport> reports = new ArrayList<>(cols.length);
            for (int d = 0; d < cols.length; d++) {
                List<GroupCounts> groups = tallies[d].counts(scores, median == null ? 0.0 : median);
                if (groups.isEmpty()) {
                    throw new HiringParseException(
                            "no individual has a known category in " + String.join(", ", dimensions.get(d)),
                            "$",
                            1,
                            cols[d][0] + 1);
                }
                reports.add(AdverseImpact.compute(groups, outcome.kind(), tallies[d].unknown, median, excludeSmall));
            }
            return reports;
        }
    }

    private static int required(CsvRows csv, String column) {
        int i = csv.indexOf(column);
        if (i < 0) {
            throw new HiringParseException(
                    "CSV header has no column '" + column + "' (columns: " + String.join(",", csv.header()) + ")",
                    "$",
                    1,
                    1);
        }
        return i;
    }

    private static long count(CsvRows csv, int column) {
        double d = csv.number(column);
        if (d < 0 || d != Math.rint(d) || d > 1e15) {
            throw csv.cellError(column, "a whole number of at least 0 is required");
        }
        return (long) d;
    }

    private static boolean flag(CsvRows csv, String cell, int column) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "y", "selected" -> true;
            case "0", "false", "no", "n", "rejected", "not selected" -> false;
            default ->
                throw csv.cellError(
                        column,
                        cell.isEmpty()
                                ? "a selection flag is required, the cell is empty"
                                : "not a selection flag (use 1/0, true/false or yes/no)");
        };
    }

    /** The selection flag of each distinct cell of the outcome column, decided when the cell is first seen. */
    private static final class Flags {
        private static final byte UNSEEN = 0;
        private static final byte YES = 1;
        private static final byte NO = 2;

        final CategoryTable table;
        byte[] byCategory = new byte[8];

        Flags(CategoryTable table) {
            this.table = table;
        }

        boolean selected(CsvRows csv, int column) {
            int id = csv.category(column);
            if (id < byCategory.length && byCategory[id] != UNSEEN) {
                return byCategory[id] == YES;
            }
            boolean yes = flag(csv, table.name(id), column);
            if (id >= byCategory.length) {
                byCategory = Arrays.copyOf(byCategory, Math.max(id + 1, byCategory.length * 2));
            }
            byCategory[id] = yes ? YES : NO;
            return yes;
        }
    }

    /**
     * The distinct values of one group column, indexed in first-seen order; -1 for an unknown category. The CSV
     * reader numbers the column's distinct cells; this maps those numbers to value indexes.
     */
    private static final class Column {
        private static final int UNSEEN = -2;

        final int column;
        final CategoryTable table;
        final List<String> names = new ArrayList<>();
        int[] byCategory = new int[0];

        Column(int column, CategoryTable table) {
            this.column = column;
            this.table = table;
        }

        int index(CsvRows csv) {
            int id = csv.category(column);
            if (id < byCategory.length) {
                int i = byCategory[id];
                if (i != UNSEEN) {
                    return i;
                }
            } else {
                int from = byCategory.length;
                byCategory = Arrays.copyOf(byCategory, Math.max(id + 1, Math.max(8, from * 2)));
                Arrays.fill(byCategory, from, byCategory.length, UNSEEN);
            }
            String value = table.name(id);
            int i;
            if (value.isEmpty() || "unknown".equalsIgnoreCase(value)) {
                i = -1;
            } else {
                if (names.size() >= MAX_VALUES_PER_COLUMN) {
                    throw new HiringException("adverse impact: more than " + MAX_VALUES_PER_COLUMN
                            + " distinct values in one group column");
                }
                names.add(value);
                i = names.size() - 1;
            }
            byCategory[id] = i;
            return i;
        }
    }

    /** Counts per group; memory grows with the number of groups (plus one int per row when scoring). */
    private static final class Tally {
        final LongIntMap byKey = new LongIntMap();
        final boolean scoring;
        int[] groupOfRow = new int[0];
        final List<String> labels = new ArrayList<>();
        long[] applicants = new long[16];
        long[] selectedCounts = new long[16];
        long unknown;

        Tally(boolean scoring) {
            this.scoring = scoring;
            if (scoring) {
                groupOfRow = new int[1024];
            }
        }

        void add(long key, int[] slots, Column[] columns, boolean selected, int row) {
            int index = -1;
            if (key < 0) {
                unknown++;
            } else {
                index = byKey.get(key);
                if (index < 0) {
                    if (labels.size() >= MAX_GROUPS) {
                        throw new HiringException("adverse impact: more than " + MAX_GROUPS + " distinct groups");
                    }
                    index = labels.size();
                    byKey.put(key, index);
                    labels.add(label(key, slots, columns));
                    if (index == applicants.length) {
                        applicants = Arrays.copyOf(applicants, index * 2);
                        selectedCounts = Arrays.copyOf(selectedCounts, index * 2);
                    }
                }
                applicants[index]++;
                if (selected) {
                    selectedCounts[index]++;
                }
            }
            if (scoring) {
                if (row == groupOfRow.length) {
                    groupOfRow = Arrays.copyOf(groupOfRow, (int) Math.min(Integer.MAX_VALUE - 16, (long) row * 2));
                }
                groupOfRow[row] = index;
            }
        }

        private static String label(long key, int[] slots, Column[] columns) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < slots.length; c++) {
                int shift = BITS_PER_COLUMN * (slots.length - 1 - c);
                int v = (int) ((key >>> shift) & ((1L << BITS_PER_COLUMN) - 1));
                if (c > 0) {
                    sb.append(JOIN);
                }
                sb.append(columns[slots[c]].names.get(v));
            }
            return sb.toString();
        }

        List<GroupCounts> counts(double[] scores, double median) {
            long[] above = new long[labels.size()];
            if (scoring) {
                long rows = unknown;
                for (int i = 0; i < labels.size(); i++) {
                    rows += applicants[i];
                }
                for (int r = 0; r < rows; r++) {
                    int g = groupOfRow[r];
                    if (g >= 0 && scores[r] > median) {
                        above[g]++;
                    }
                }
            }
            List<GroupCounts> out = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                out.add(new GroupCounts(labels.get(i), applicants[i], scoring ? above[i] : selectedCounts[i]));
            }
            return out;
        }
    }
}
