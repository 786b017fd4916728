package dev.hiring.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.hiring.analytics.impact.ImpactCsv;
import dev.hiring.analytics.impact.ImpactReport;
import dev.hiring.analytics.impact.OutcomeColumn;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Adverse impact over a 10-million-row individual-level CSV (sex, race/ethnicity, selected), streamed from a temp
 * file written in the setup: the intersectional table (2 × 7 groups plus unknowns). Memory is bounded by the number
 * of groups. Target: about 2 seconds per pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImpactBenchmark {
    static final int ROWS = 10_000_000;
    static final String[] SEX = {"Male", "Female", ""};
    static final String[] RACE = {
        "Hispanic or Latino",
        "White",
        "Black or African American",
        "Native Hawaiian or Pacific Islander",
        "Asian",
        "Native American or Alaska Native",
        "Two or More Races",
        "unknown"
    };

    private static final CsvFactory CSV = new CsvFactory();

    private Path file;

    /** Writes the CSV once per trial. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("impact-bench", ".csv");
        SplittableRandom rnd = new SplittableRandom(7);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,sex,race,selected\n");
            for (int i = 0; i < ROWS; i++) {
                String sex = SEX[rnd.nextInt(100) < 2 ? 2 : rnd.nextInt(2)];
                String race = RACE[rnd.nextInt(RACE.length)];
                int selected = rnd.nextInt(100) < 30 ? 1 : 0;
                w.write(Integer.toString(i));
                w.write(',');
                w.write(sex);
                w.write(',');
                w.write(race);
                w.write(',');
                w.write(selected == 1 ? '1' : '0');
                w.write('\n');
            }
        }
    }

    /** Deletes the CSV. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** One streamed pass: the intersectional impact table. */
    @Benchmark
    public ImpactReport intersectional() throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ImpactCsv.readIndividuals(
                            r, List.of(List.of("sex", "race")), OutcomeColumn.selected("selected"), false)
                    .get(0);
        }
    }

    /**
     * The baseline: the same file tokenized by FastCSV (the reader behind {@code ImpactCsv}) with nothing else
     * done, so the cost of the impact analysis on top of CSV parsing can be read as a ratio.
     */
    @Benchmark
    public long parseOnly() throws IOException {
        long cells = 0;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(r)) {
            for (CsvRecord rec : csv) {
                for (int i = 0; i < rec.getFieldCount(); i++) {
                    cells += rec.getField(i).length();
                }
            }
        }
        return cells;
    }

    /** The former baseline: the same file tokenized by jackson-dataformat-csv, which read it before FastCSV. */
    @Benchmark
    public long jacksonParseOnly() throws IOException {
        long cells = 0;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser p = CSV.createParser(r)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    cells += p.getTextLength();
                }
            }
        }
        return cells;
    }

    /** One streamed pass: the three LL144 tables (sex, race/ethnicity, intersection) together. */
    @Benchmark
    public List<ImpactReport> ll144Tables() throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ImpactCsv.readIndividuals(
                    r,
                    List.of(List.of("sex"), List.of("race"), List.of("sex", "race")),
                    OutcomeColumn.selected("selected"),
                    false);
        }
    }
}
