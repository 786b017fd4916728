package dev.hiring.reliability;

import static dev.hiring.reliability.BadJson.PLANTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.analytics.agreement.IccModel;
import dev.hiring.analytics.agreement.IccUnit;
import dev.hiring.analytics.agreement.IntraclassCorrelation;
import dev.hiring.analytics.agreement.KrippendorffAlpha;
import dev.hiring.analytics.agreement.MeasurementLevel;
import dev.hiring.analytics.agreement.RatingTable;
import dev.hiring.analytics.funnel.Funnel;
import dev.hiring.analytics.funnel.FunnelOptions;
import dev.hiring.analytics.impact.ImpactCsv;
import dev.hiring.analytics.impact.OutcomeColumn;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.HiringParseException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue of hiring-analytics' CSV readers ({@link RatingTable#readCsv}, {@link
 * ImpactCsv#readSummary}, {@link ImpactCsv#readIndividuals}, {@link Funnel#readCsv}) and of {@code hiring
 * agreement|impact|calibration|funnel}: every entry is a {@link HiringException} (a {@link HiringParseException}
 * naming line and column for CSV structure), never a cell's content in the message; the CLI exits 2 with one line.
 */
class AnalyticsBadInputTest {
    @TempDir
    static Path dir;

    /** CSV structure errors every reader rejects; {@code %s} is replaced by a valid header for the reader. */
    static List<Arguments> structural(String header, String row) {
        String ragged = header + "\n" + row + "\n" + row + "," + PLANTED + "\n";
        String short1 = header + "\n" + row.substring(0, row.lastIndexOf(',')) + "\n";
        String[] names = header.split(",", -1);
        String dupHeader = header + "," + names[names.length - 1] + "\n" + row + ",x\n";
        return List.of(
                Arguments.of("empty", "", 0),
                Arguments.of("whitespace only", " \n\n  \t\n", 0),
                Arguments.of("binary", new String(LintBadInputTest.binary(), StandardCharsets.UTF_8), 0),
                Arguments.of("ragged row (long)", ragged, 3),
                Arguments.of("ragged row (short)", short1, 2),
                Arguments.of("duplicated header", dupHeader, 1),
                Arguments.of("blank header name", header + ",\n" + row + ",x\n", 1),
                Arguments.of("unterminated quote", header + "\n\"" + PLANTED + row + "\n", 0),
                Arguments.of(
                        "cell over the 100,000-character limit",
                        header + "\n" + "x".repeat(200_000) + row.substring(row.indexOf(',')) + "\n",
                        0),
                Arguments.of("header only", header + "\n", 0),
                Arguments.of("no header", "\n".repeat(3) + row.replace(',', ';') + "\n", 0));
    }

    static Stream<Arguments> readers() {
        List<Arguments> out = new ArrayList<>();
        add(out, "agreement", "unit,r1,r2", "u1,3,2", csv -> RatingTable.readCsv(new StringReader(csv)));
        add(
                out,
                "impact summary",
                "group,applicants,selected",
                "a,10,3",
                csv -> ImpactCsv.readSummary(new StringReader(csv), false));
        add(
                out,
                "impact individuals",
                "sex,selected",
                "Female,1",
                csv -> ImpactCsv.readIndividuals(
                        new StringReader(csv), List.of(List.of("sex")), OutcomeColumn.selected("selected"), false));
        add(
                out,
                "funnel",
                "candidate,stage,timestamp,source",
                "c1,applied,2026-01-01,job-boards",
                csv -> Funnel.readCsv(new StringReader(csv), FunnelOptions.from(HiringGuides.seniorBackendEngineer())));
        return out.stream();
    }

    private static void add(List<Arguments> out, String name, String header, String row, Consumer<String> read) {
        for (Arguments a : structural(header, row)) {
            out.add(Arguments.of(name, a.get()[0], a.get()[1], a.get()[2], read));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("readers")
    void csvReadersRejectBrokenStructure(String reader, String entry, String csv, int line, Consumer<String> read) {
        assertThatThrownBy(() -> read.accept(csv))
                .as("%s: %s", reader, entry)
                .isInstanceOf(HiringException.class)
                .satisfies(e -> {
                    RubricBadInputTest.quotesNothing(e);
                    if (line > 0) {
                        assertThat(e).isInstanceOf(HiringParseException.class);
                        assertThat(((HiringParseException) e).line()).isEqualTo(line);
                        assertThat(((HiringParseException) e).column()).isPositive();
                    }
                });
    }

    static Stream<Arguments> semantic() {
        return Stream.of(
                Arguments.of("single rater", (Runnable) () -> RatingTable.readCsv(new StringReader("unit,r1\nu1,3\n"))),
                Arguments.of("repeated unit", (Runnable)
                        () -> RatingTable.readCsv(new StringReader("unit,r1,r2\nu1,3,2\nu1,1,1\n"))),
                Arguments.of("non-numeric rating for ICC", (Runnable) () -> IntraclassCorrelation.compute(
                        RatingTable.readCsv(new StringReader("unit,r1,r2\nu1,3," + PLANTED + "\nu2,1,2\nu3,2,2\n")),
                        IccModel.ICC2,
                        IccUnit.SINGLE)),
                Arguments.of("non-numeric rating for interval alpha", (Runnable) () -> KrippendorffAlpha.compute(
                        RatingTable.readCsv(new StringReader("unit,r1,r2\nu1,3," + PLANTED + "\nu2,1,2\n")),
                        MeasurementLevel.INTERVAL)),
                Arguments.of("zero-size group", (Runnable) () ->
                        ImpactCsv.readSummary(new StringReader("group,applicants,selected\na,0,0\nb,10,2\n"), false)),
                Arguments.of("non-numeric count", (Runnable) () -> ImpactCsv.readSummary(
                        new StringReader("group,applicants,selected\na," + PLANTED + ",0\n"), false)),
                Arguments.of("huge count", (Runnable) () -> ImpactCsv.readSummary(
                        new StringReader("group,applicants,selected\na," + "9".repeat(400) + ",0\n"), false)),
                Arguments.of("negative count", (Runnable)
                        () -> ImpactCsv.readSummary(new StringReader("group,applicants,selected\na,-5,0\n"), false)),
                Arguments.of("selected above applicants", (Runnable)
                        () -> ImpactCsv.readSummary(new StringReader("group,applicants,selected\na,5,6\n"), false)),
                Arguments.of("repeated group", (Runnable) () ->
                        ImpactCsv.readSummary(new StringReader("group,applicants,selected\na,5,1\na,6,1\n"), false)),
                Arguments.of("only unknown groups", (Runnable) () ->
                        ImpactCsv.readSummary(new StringReader("group,applicants,selected\nunknown,5,1\n"), false)),
                Arguments.of("bad selection flag", (Runnable) () -> ImpactCsv.readIndividuals(
                        new StringReader("sex,selected\nFemale," + PLANTED + "\n"),
                        List.of(List.of("sex")),
                        OutcomeColumn.selected("selected"),
                        false)),
                Arguments.of("non-numeric score", (Runnable) () -> ImpactCsv.readIndividuals(
                        new StringReader("sex,score\nFemale," + PLANTED + "\nMale,3\n"),
                        List.of(List.of("sex")),
                        OutcomeColumn.score("score"),
                        false)),
                Arguments.of("missing group column", (Runnable) () -> ImpactCsv.readIndividuals(
                        new StringReader("sex,selected\nFemale,1\n"),
                        List.of(List.of("race")),
                        OutcomeColumn.selected("selected"),
                        false)),
                Arguments.of("unknown funnel stage of 5,000 characters", (Runnable) () -> Funnel.readCsv(
                        new StringReader("candidate,stage,timestamp,source\nc1," + RubricBadInputTest.VOCABULARY
                                + ",2026-01-01,x\n"),
                        FunnelOptions.from(HiringGuides.seniorBackendEngineer()))),
                Arguments.of("bad funnel timestamp", (Runnable) () -> Funnel.readCsv(
                        new StringReader("candidate,stage,timestamp,source\nc1,applied," + PLANTED + ",x\n"),
                        FunnelOptions.from(HiringGuides.seniorBackendEngineer()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("semantic")
    void semanticErrorsAreSdkErrorsThatQuoteNoCell(String name, Runnable call) {
        assertThatThrownBy(call::run)
                .as(name)
                .isInstanceOf(HiringException.class)
                .satisfies(RubricBadInputTest::quotesNothing);
    }

    // ---- CLI ----

    static Stream<Arguments> cli() {
        List<Arguments> out = new ArrayList<>();
        String[][] commands = {
            {"agreement", "unit,r1,r2", "u1,3,2", "--metric", "fleiss"},
            {"agreement", "unit,r1,r2", "u1,3,2", "--metric", "icc"},
            {"impact", "group,applicants,selected", "a,10,3"},
            {"impact", "sex,selected", "Female,1", "--group", "sex", "--selected", "selected"},
            {"funnel", "candidate,stage,timestamp,source", "c1,applied,2026-01-01,job-boards"}
        };
        for (String[] c : commands) {
            for (Arguments a : structural(c[1], c[2])) {
                List<String> args = new ArrayList<>(List.of(c[0]));
                args.addAll(List.of(c).subList(3, c.length));
                out.add(Arguments.of(String.join(" ", args) + ": " + a.get()[0], args, (String) a.get()[1]));
            }
        }
        out.add(Arguments.of("agreement: single rater", List.of("agreement", "--metric", "fleiss"), "unit,r1\nu1,3\n"));
        out.add(Arguments.of(
                "agreement icc: non-numeric",
                List.of("agreement", "--metric", "icc"),
                "unit,r1,r2\nu1,3," + PLANTED + "\nu2,1,2\nu3,2,2\n"));
        out.add(Arguments.of(
                "impact: zero-size group", List.of("impact"), "group,applicants,selected\na,0,0\nb,4,1\n"));
        out.add(Arguments.of(
                "impact: non-numeric", List.of("impact"), "group,applicants,selected\na," + PLANTED + ",0\n"));
        String json = "{\"ratings\": [{\"interviewer\": \"a\", \"criterion\": \"c\", \"candidate\": \"x\", "
                + "\"score\": \"" + PLANTED + "\"}]}";
        out.add(Arguments.of("calibration: non-numeric score", List.of("calibration"), json));
        for (BadJson.Entry e : BadJson.catalogue()) {
            if (!e.name().equals("huge string")) {
                out.add(Arguments.of("calibration: " + e.name(), List.of("calibration"), e.json()));
            }
        }
        out.add(Arguments.of(
                "calibration: unknown field", List.of("calibration"), "{\"colour\": \"" + PLANTED + "\"}"));
        out.add(Arguments.of(
                "calibration: planted note in an invalid evaluation",
                List.of("calibration"),
                "{\"evaluations\": [{\"candidate\": \"c\", \"role\": \"r\", \"scorecards\": [{\"interviewer\": \"\","
                        + " \"notes\": \"" + PLANTED + "\"}]}]}"));
        return out.stream();
    }

    @ParameterizedTest(name = "hiring {0}")
    @MethodSource("cli")
    void cliAnswersBadInputWithExitTwoAndOneLine(String name, List<String> command, String content) throws Exception {
        Path file = Files.writeString(dir.resolve("in-" + Integer.toHexString(name.hashCode()) + ".csv"), content);
        List<String> args = new ArrayList<>(command);
        args.add(file.toString());

        Cli.run(args.toArray(String[]::new)).assertBadInput(command.get(0), PLANTED);
    }

    @Test
    void cliRejectsFiftyMegabytesAndInvalidUtf8() throws Exception {
        Path big = Files.write(dir.resolve("big.csv"), new byte[50 * 1024 * 1024]);
        Path invalid = Files.write(dir.resolve("invalid.csv"), new byte[] {'u', 'n', 'i', 't', (byte) 0xC3, '\n'});
        for (String[] c :
                new String[][] {{"agreement", "--metric", "fleiss"}, {"impact"}, {"funnel"}, {"calibration"}}) {
            for (Path p : List.of(big, invalid)) {
                List<String> args = new ArrayList<>(List.of(c));
                args.add(p.toString());
                Cli.run(args.toArray(String[]::new)).assertBadInput(c[0]);
            }
        }
    }
}
