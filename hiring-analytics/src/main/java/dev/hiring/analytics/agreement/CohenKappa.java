package dev.hiring.analytics.agreement;

import dev.hiring.core.HiringException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Cohen's kappa for two raters, unweighted or with linear or quadratic weights, over the declared categories (a
 * category nobody used still counts in the weights).
 *
 * <p>Formulas: Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological
 * Measurement, 20(1), 37–46; weighted form: Cohen, J. (1968). Weighted kappa. Psychological Bulletin, 70(4),
 * 213–220. With p_ij the share of units the first rater put in category i and the second in j, p_i. and p_.j
 * the marginal shares and agreement weights w_ij ({@link KappaWeights}): p_o = Σ w_ij p_ij,
 * p_e = Σ w_ij p_i. p_.j and κ_w = (p_o − p_e) / (1 − p_e). The Wikipedia article "Cohen's kappa" works the
 * 2 × 2 table [[20, 5], [10, 15]] to κ = 0.4.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CohenKappa {
    private CohenKappa() {}

    /**
     * Cohen's kappa from a k × k agreement table.
     *
     * @param table counts: rows the first rater's categories, columns the second rater's
     * @param categories the k category labels, in order
     * @param weights the agreement weights
     * @throws HiringException if the table is not k × k, k &lt; 2, a count is negative, the table is empty, or κ is
     *     undefined (p_e = 1)
     */
    public static CohenResult compute(long[][] table, List<String> categories, KappaWeights weights) {
        int k = categories.size();
        if (k < 2) {
            throw new HiringException("Cohen's kappa needs at least 2 declared categories, got " + k);
        }
        if (table.length != k) {
            throw new HiringException(
                    "Cohen's kappa: the table has " + table.length + " rows for " + k + " categories");
        }
        double total = 0;
        double[] row = new double[k];
        double[] col = new double[k];
        for (int i = 0; i < k; i++) {
            if (table[i].length != k) {
                throw new HiringException(String.format(
                        Locale.ROOT,
                        "Cohen's kappa: table row %d has %d columns for %d categories",
                        i + 1,
                        table[i].length,
                        k));
            }
            for (int j = 0; j < k; j++) {
                long c = table[i][j];
                if (c < 0) {
                    throw new HiringException("Cohen's kappa: the table has a negative count");
                }
                total += c;
                row[i] += c;
                col[j] += c;
            }
        }
        if (total == 0) {
            throw new HiringException("Cohen's kappa: no unit was rated by both raters");
        }
        double po = 0;
        double pe = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = weights.agreement(i, j, k);
                po += w * table[i][j] / total;
                pe += w * (row[i] / total) * (col[j] / total);
            }
        }
        if (1.0 - pe <= 1e-15) {
            throw new HiringException(
                    "Cohen's kappa is undefined: both raters used a single category (expected agreement 1)");
        }
        double kappa = (po - pe) / (1.0 - pe);
        List<List<Long>> rows = new ArrayList<>(k);
        for (long[] r : table) {
            List<Long> l = new ArrayList<>(k);
            for (long c : r) {
                l.add(c);
            }
            rows.add(l);
        }
        MeasurementLevel level = weights == KappaWeights.NONE ? MeasurementLevel.NOMINAL : MeasurementLevel.ORDINAL;
        return new CohenResult("cohen", level, weights, kappa, (int) total, 2, po, pe, categories, rows);
    }

    /**
     * Cohen's kappa from a rating table with exactly two raters; units where either rating is missing are left
     * out.
     *
     * @param declared the declared categories in order (for weighted kappa, the scale's order); empty to use the
     *     observed labels sorted (numerically when all are numbers)
     * @throws HiringException if the table does not have exactly 2 raters, a label is not declared, fewer than 2
     *     categories, or κ is undefined
     */
    public static CohenResult compute(RatingTable table, List<String> declared, KappaWeights weights) {
        if (table.raterCount() != 2) {
            throw new HiringException("Cohen's kappa is for exactly 2 raters, the table has " + table.raterCount()
                    + " (use Fleiss' kappa or Krippendorff's alpha)");
        }
        List<String> cats = FleissKappa.categories(table, declared);
        if (cats.size() < 2) {
            throw new HiringException(
                    "Cohen's kappa is undefined: only one category is declared or observed; declare the scale's levels");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int j = 0; j < cats.size(); j++) {
            index.put(cats.get(j), j);
        }
        long[][] t = new long[cats.size()][cats.size()];
        for (int u = 0; u < table.unitCount(); u++) {
            String a = table.get(u, 0);
            String b = table.get(u, 1);
            if (a != null && b != null) {
                t[Objects.requireNonNull(index.get(a))][Objects.requireNonNull(index.get(b))]++;
            }
        }
        return compute(t, cats, weights);
    }
}
