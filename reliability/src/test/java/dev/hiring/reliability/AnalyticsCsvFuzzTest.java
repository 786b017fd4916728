package dev.hiring.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hiring.analytics.agreement.CohenKappa;
import dev.hiring.analytics.agreement.FleissKappa;
import dev.hiring.analytics.agreement.IccModel;
import dev.hiring.analytics.agreement.IccUnit;
import dev.hiring.analytics.agreement.IntraclassCorrelation;
import dev.hiring.analytics.agreement.KappaWeights;
import dev.hiring.analytics.agreement.KrippendorffAlpha;
import dev.hiring.analytics.agreement.MeasurementLevel;
import dev.hiring.analytics.agreement.RatingTable;
import dev.hiring.analytics.calibration.CalibrationInput;
import dev.hiring.analytics.funnel.Funnel;
import dev.hiring.analytics.funnel.FunnelOptions;
import dev.hiring.analytics.impact.ImpactCsv;
import dev.hiring.analytics.impact.OutcomeColumn;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.json.HiringJson;
import java.io.StringReader;
import java.util.List;

/**
 * Fuzz tests of hiring-analytics' readers: the CSV readers (ratings, impact summary and individuals, funnel
 * events) with every statistic computed on what they read, and the calibration JSON. Whatever the bytes: a
 * result (then serialisable to JSON) or the SDK's {@link HiringException}. In {@code mvn verify} Jazzer replays the
 * regression corpus in {@code src/test/resources/dev/hiring/reliability/AnalyticsCsvFuzzTestInputs/}.
 */
class AnalyticsCsvFuzzTest {
    private static final int READERS = 6;

    @FuzzTest(maxDuration = "10s")
    void csvReaders(byte[] input) {
        int reader = Math.floorMod(FuzzBytes.first(input), READERS);
        String text = FuzzBytes.rest(input);
        try {
            switch (reader) {
                case 0 -> agreement(RatingTable.readCsv(new StringReader(text)));
                case 1 -> HiringJson.write(ImpactCsv.readSummary(new StringReader(text), false));
                case 2 ->
                    HiringJson.write(ImpactCsv.readIndividuals(
                            new StringReader(text),
                            List.of(List.of("sex"), List.of("race"), List.of("sex", "race")),
                            OutcomeColumn.selected("selected"),
                            true));
                case 3 ->
                    HiringJson.write(ImpactCsv.readIndividuals(
                            new StringReader(text), List.of(List.of("group")), OutcomeColumn.score("score"), false));
                case 4 ->
                    HiringJson.write(Funnel.readCsv(
                            new StringReader(text), FunnelOptions.from(HiringGuides.seniorBackendEngineer())));
                default ->
                    HiringJson.write(
                            HiringJson.read(text, CalibrationInput.class).compute());
            }
        } catch (HiringException expected) {
            // documented
        }
    }

    private static void agreement(RatingTable table) {
        for (Runnable r : List.<Runnable>of(
                () -> HiringJson.write(FleissKappa.compute(table, List.of())),
                () -> HiringJson.write(CohenKappa.compute(table, List.of(), KappaWeights.QUADRATIC)),
                () -> HiringJson.write(KrippendorffAlpha.compute(table, MeasurementLevel.NOMINAL)),
                () -> HiringJson.write(KrippendorffAlpha.compute(table, MeasurementLevel.INTERVAL)),
                () -> HiringJson.write(KrippendorffAlpha.compute(table, MeasurementLevel.ORDINAL)),
                () -> HiringJson.write(IntraclassCorrelation.compute(table, IccModel.ICC1, IccUnit.AVERAGE)),
                () -> HiringJson.write(IntraclassCorrelation.compute(table, IccModel.ICC3, IccUnit.SINGLE)))) {
            try {
                r.run();
            } catch (HiringException expected) {
                // e.g. non-numeric ratings for ICC, a single category, too few raters: documented
            }
        }
    }
}
