package dev.hiring.cli;

import dev.hiring.analytics.agreement.CohenKappa;
import dev.hiring.analytics.agreement.FleissKappa;
import dev.hiring.analytics.agreement.IccModel;
import dev.hiring.analytics.agreement.IccUnit;
import dev.hiring.analytics.agreement.IntraclassCorrelation;
import dev.hiring.analytics.agreement.KappaWeights;
import dev.hiring.analytics.agreement.KrippendorffAlpha;
import dev.hiring.analytics.agreement.MeasurementLevel;
import dev.hiring.analytics.agreement.RatingTable;
import dev.hiring.core.HiringException;
import dev.hiring.core.json.HiringJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hiring agreement --metric fleiss|cohen|krippendorff|icc [--level …] [--weights …] [--model …] [--unit …]
 * FILE.csv}: inter-rater agreement of a units × raters CSV, as JSON.
 */
@Command(
        name = "agreement",
        mixinStandardHelpOptions = true,
        description = {
            "Inter-rater agreement of a CSV with the header unit,<rater id>,<rater id>,... and one row per unit "
                    + "(an empty cell is a missing rating). Prints JSON: metric, level, value, units, raters and "
                    + "metric-specific fields."
        })
final class AgreementCommand implements Callable<Integer> {
    enum Metric {
        fleiss,
        cohen,
        krippendorff,
        icc
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "the ratings CSV, or - for standard input")
    String file = "-";

    @Option(names = "--metric", required = true, description = "fleiss, cohen, krippendorff or icc")
    @Nullable
    Metric metric;

    @Option(
            names = "--level",
            description = "level of measurement for krippendorff (required there, no default): nominal, ordinal, "
                    + "interval or ratio")
    @Nullable
    MeasurementLevel level;

    @Option(names = "--weights", description = "weights for cohen: none, linear or quadratic (default: none)")
    @Nullable
    KappaWeights weights;

    @Option(names = "--model", description = "icc model: icc1, icc2 or icc3 (default: icc2)")
    @Nullable
    IccModel model;

    @Option(names = "--unit", description = "icc unit: single or average (default: single)")
    @Nullable
    IccUnit unit;

    @Option(
            names = "--categories",
            split = ",",
            paramLabel = "LABEL",
            description = "the declared categories in order, for fleiss and cohen (default: the observed labels, "
                    + "sorted); weighted kappa uses this order")
    List<String> categories = new ArrayList<>();

    @Override
    public Integer call() {
        Metric m = java.util.Objects.requireNonNull(metric);
        checkOptions(m);
        RatingTable table = StreamedInput.read(file, RatingTable::readCsv);
        Object result;
        try {
            result = switch (m) {
                case fleiss -> FleissKappa.compute(table, categories);
                case cohen -> CohenKappa.compute(table, categories, weights == null ? KappaWeights.NONE : weights);
                case krippendorff -> KrippendorffAlpha.compute(table, java.util.Objects.requireNonNull(level));
                case icc ->
                    IntraclassCorrelation.compute(
                            table, model == null ? IccModel.ICC2 : model, unit == null ? IccUnit.SINGLE : unit);
            };
        } catch (HiringException e) {
            throw StreamedInput.named(file, e);
        }
        spec.commandLine().getOut().println(HiringJson.write(result));
        return HiringCli.OK;
    }

    private void checkOptions(Metric m) {
        if (m == Metric.krippendorff && level == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--level is required for krippendorff (nominal, ordinal, interval or ratio); there is no default");
        }
        if (m != Metric.krippendorff && level != null) {
            throw new ParameterException(spec.commandLine(), "--level applies to krippendorff only");
        }
        if (m != Metric.cohen && weights != null) {
            throw new ParameterException(spec.commandLine(), "--weights applies to cohen only");
        }
        if (m != Metric.icc && (model != null || unit != null)) {
            throw new ParameterException(spec.commandLine(), "--model and --unit apply to icc only");
        }
        if ((m == Metric.krippendorff || m == Metric.icc) && !categories.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--categories applies to fleiss and cohen only");
        }
    }
}
