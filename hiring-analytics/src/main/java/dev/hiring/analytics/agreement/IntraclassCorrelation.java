package dev.hiring.analytics.agreement;

import dev.hiring.core.HiringException;
import java.util.Objects;

/**
 * The six intraclass correlations of Shrout, P. E., and Fleiss, J. L. (1979). Intraclass correlations: uses in
 * assessing rater reliability. Psychological Bulletin, 86(2), 420–428.
 *
 * <p>From the n targets × k judges table (no missing ratings) the ANOVA mean squares are: between targets
 * BMS = k Σ_i (x̄_i. − x̄)² / (n − 1); within targets WMS = Σ_ij (x_ij − x̄_i.)² / (n (k − 1)); between judges
 * JMS = n Σ_j (x̄_.j − x̄)² / (k − 1); residual EMS = (Σ_ij (x_ij − x̄)² − (n − 1) BMS − (k − 1) JMS) /
 * ((n − 1)(k − 1)). The forms are those of the paper's Table 1 (see {@link IccResult}). The paper's Table 2 data
 * (6 targets × 4 judges) give ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71, ICC(1,4) = .44, ICC(2,4) = .62 and
 * ICC(3,4) = .91.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class IntraclassCorrelation {
    private IntraclassCorrelation() {}

    /**
     * The intraclass correlations of a complete table.
     *
     * @param ratings n rows (targets) × k columns (judges), every value a finite number
     * @param model the requested case
     * @param unit single rating or mean of k ratings
     * @throws HiringException if there are fewer than 2 targets or 2 judges, the table is ragged, a rating is
     *     missing or infinite, or every rating is equal (the correlations are undefined)
     */
    public static IccResult compute(double[][] ratings, IccModel model, IccUnit unit) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(unit, "unit");
        int n = ratings.length;
        if (n < 2) {
            throw new HiringException("intraclass correlation needs at least 2 units (targets), got " + n);
        }
        int k = ratings[0].length;
        if (k < 2) {
            throw new HiringException("intraclass correlation needs at least 2 raters (judges), got " + k);
        }
        double grand = 0;
        double[] rowMean = new double[n];
        double[] colMean = new double[k];
        for (int i = 0; i < n; i++) {
            if (ratings[i].length != k) {
                throw new HiringException("intraclass correlation: unit row " + (i + 1) + " has " + ratings[i].length
                        + " ratings, expected " + k);
            }
            for (int j = 0; j < k; j++) {
                double x = ratings[i][j];
                if (!Double.isFinite(x)) {
                    throw new HiringException("intraclass correlation needs every rating: unit row " + (i + 1)
                            + ", rater column " + (j + 1) + " is missing");
                }
                rowMean[i] += x;
                colMean[j] += x;
                grand += x;
            }
        }
        grand /= (double) n * k;
        for (int i = 0; i < n; i++) {
            rowMean[i] /= k;
        }
        for (int j = 0; j < k; j++) {
            colMean[j] /= n;
        }
        double ssTotal = 0;
        double ssWithin = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double d = ratings[i][j] - grand;
                ssTotal += d * d;
                double w = ratings[i][j] - rowMean[i];
                ssWithin += w * w;
            }
        }
        double ssRows = 0;
        for (double m : rowMean) {
            ssRows += (m - grand) * (m - grand);
        }
        ssRows *= k;
        double ssCols = 0;
        for (double m : colMean) {
            ssCols += (m - grand) * (m - grand);
        }
        ssCols *= n;
        double ssError = Math.max(0.0, ssTotal - ssRows - ssCols);
        double bms = ssRows / (n - 1);
        double wms = ssWithin / ((double) n * (k - 1));
        double jms = ssCols / (k - 1);
        double ems = ssError / ((double) (n - 1) * (k - 1));
        if (!(ssTotal > 0)) {
            throw new HiringException("intraclass correlation is undefined: every rating is the same");
        }
        double icc11 = ratio(bms - wms, bms + (k - 1) * wms);
        double icc21 = ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n);
        double icc31 = ratio(bms - ems, bms + (k - 1) * ems);
        double icc1k = ratio(bms - wms, bms);
        double icc2k = ratio(bms - ems, bms + (jms - ems) / n);
        double icc3k = ratio(bms - ems, bms);
        double chosen = switch (model) {
            case ICC1 -> unit == IccUnit.SINGLE ? icc11 : icc1k;
            case ICC2 -> unit == IccUnit.SINGLE ? icc21 : icc2k;
            case ICC3 -> unit == IccUnit.SINGLE ? icc31 : icc3k;
        };
        if (Double.isNaN(chosen)) {
            throw new HiringException("intraclass correlation " + model.id() + " (" + unit.id()
                    + ") is undefined for these ratings: its denominator is zero");
        }
        return new IccResult(
                "icc",
                MeasurementLevel.INTERVAL,
                model,
                unit,
                chosen,
                n,
                k,
                box(icc11),
                box(icc21),
                box(icc31),
                box(icc1k),
                box(icc2k),
                box(icc3k),
                bms,
                wms,
                jms,
                ems);
    }

    /**
     * The intraclass correlations of a rating table whose ratings are all present numbers.
     *
     * @throws HiringException if a rating is missing or not a number, or as {@link #compute(double[][], IccModel,
     *     IccUnit)}
     */
    public static IccResult compute(RatingTable table, IccModel model, IccUnit unit) {
        double[] flat = table.toNumbers();
        int k = table.raterCount();
        double[][] m = new double[table.unitCount()][k];
        for (int u = 0; u < m.length; u++) {
            for (int r = 0; r < k; r++) {
                double v = flat[u * k + r];
                if (Double.isNaN(v)) {
                    throw new HiringException("intraclass correlation needs every rating: unit row " + (u + 1)
                            + ", rater column '" + table.raters().get(r) + "' is empty");
                }
                m[u][r] = v;
            }
        }
        return compute(m, model, unit);
    }

    /** num/den, NaN when the denominator is zero. */
    private static double ratio(double num, double den) {
        return den == 0 ? Double.NaN : num / den;
    }

    private static @org.jspecify.annotations.Nullable Double box(double d) {
        return Double.isNaN(d) ? null : d;
    }
}
