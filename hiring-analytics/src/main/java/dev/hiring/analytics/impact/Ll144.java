package dev.hiring.analytics.impact;

import dev.hiring.core.HiringParseException;
import java.io.Reader;
import java.util.List;

/**
 * NYC Local Law 144 bias-audit tables from one row per individual.
 *
 * <p>Rules of the NYC Department of Consumer and Worker Protection, 6 RCNY § 5-300 (definitions) and § 5-301
 * (bias audit): the selection rate is the share of a category selected; the scoring rate is the share of a
 * category scoring above the median score of the full sample (here strictly above); the impact ratio divides a
 * category's rate by the highest category rate; the audit reports sex, race/ethnicity and intersectional
 * categories (EEO-1 Component 1), the number of individuals of unknown category, and may exclude a category
 * representing less than 2% of the data from the impact ratios while still reporting its counts and rate.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Ll144 {
    /** The EEO-1 Component 1 sex categories. */
    public static final List<String> EEO1_SEX = List.of("Male", "Female");

    /** The EEO-1 Component 1 race/ethnicity categories. */
    public static final List<String> EEO1_RACE_ETHNICITY = List.of(
            "Hispanic or Latino",
            "White",
            "Black or African American",
            "Native Hawaiian or Pacific Islander",
            "Asian",
            "Native American or Alaska Native",
            "Two or More Races");

    private Ll144() {}

    /**
     * Builds the three LL144 tables from a UTF-8 CSV stream, as {@link #report(Reader, String, String, OutcomeColumn,
     * boolean)} does; the stream is closed.
     *
     * @throws dev.hiring.core.MalformedTextException if the bytes are not valid UTF-8, with the byte offset
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static Ll144Report report(
            java.io.InputStream in,
            String sexColumn,
            String raceEthnicityColumn,
            OutcomeColumn outcome,
            boolean excludeSmall) {
        return report(
                dev.hiring.core.text.Utf8Text.reader(in, "LL144 CSV"),
                sexColumn,
                raceEthnicityColumn,
                outcome,
                excludeSmall);
    }

    /**
     * Builds the three LL144 tables from a UTF-8 CSV file, as {@link #report(Reader, String, String, OutcomeColumn,
     * boolean)} does.
     *
     * @throws dev.hiring.core.MalformedTextException if the bytes are not valid UTF-8, with the byte offset
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static Ll144Report report(
            java.nio.file.Path file,
            String sexColumn,
            String raceEthnicityColumn,
            OutcomeColumn outcome,
            boolean excludeSmall) {
        return dev.hiring.analytics.internal.CsvFiles.read(
                file, r -> report(r, sexColumn, raceEthnicityColumn, outcome, excludeSmall));
    }

    /**
     * Builds the three LL144 tables in one streaming pass over an individual-level CSV.
     *
     * @param reader the CSV, one row per individual
     * @param sexColumn the column holding the sex category (empty or {@code unknown}: unknown)
     * @param raceEthnicityColumn the column holding the race/ethnicity category
     * @param outcome the selection flag or score column
     * @param excludeSmall whether to leave categories under 2% of the data out of the impact ratios
     * @throws HiringParseException as {@link ImpactCsv#readIndividuals}
     */
    public static Ll144Report report(
            Reader reader, String sexColumn, String raceEthnicityColumn, OutcomeColumn outcome, boolean excludeSmall) {
        List<ImpactReport> tables = ImpactCsv.readIndividuals(
                reader,
                List.of(List.of(sexColumn), List.of(raceEthnicityColumn), List.of(sexColumn, raceEthnicityColumn)),
                outcome,
                excludeSmall);
        return new Ll144Report(outcome.kind(), tables.get(0).total(), tables.get(0), tables.get(1), tables.get(2));
    }
}
