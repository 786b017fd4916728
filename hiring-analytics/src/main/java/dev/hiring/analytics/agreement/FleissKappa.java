package dev.hiring.analytics.agreement;

import dev.hiring.core.HiringException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fleiss' kappa for a constant number n of ratings per unit, with per-category kappas.
 *
 * <p>Formulas (Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological Bulletin,
 * 76(5), 378–382): with N units, n ratings per unit and n_ij the number of ratings of unit i in category j,
 * p_j = Σ_i n_ij / (N n), P_i = (Σ_j n_ij² − n) / (n (n − 1)), P̄ = Σ_i P_i / N, P̄e = Σ_j p_j² and
 * κ = (P̄ − P̄e) / (1 − P̄e); per category κ_j = 1 − Σ_i n_ij (n − n_ij) / (N n (n − 1) p_j (1 − p_j)).
 * The Wikipedia article "Fleiss' kappa" works the example of 10 subjects, 14 raters and 5 categories to
 * κ = 0.210; Fleiss' own example (30 patients, 6 ratings, 5 diagnoses) gives κ = 0.430.
 *
 * <p>The raters of different units need not be the same people, but every unit needs the same number of ratings.
 * This class is stateless and thread-safe.
 */
public final class FleissKappa {
    private FleissKappa() {}

    /**
     * Fleiss' kappa from a units × categories table of counts.
     *
     * @param counts n_ij, one row per unit, one column per category; every row must sum to the same n ≥ 2
     * @param categories the category labels, one per column
     * @throws HiringException if the table is empty or ragged, a count is negative, rows sum to different n, n
     *     &lt; 2, or κ is undefined (every rating in one category, P̄e = 1)
     */
    public static FleissResult compute(long[][] counts, List<String> categories) {
        int nUnits = counts.length;
        if (nUnits == 0) {
            throw new HiringException("Fleiss' kappa: at least one unit is required");
        }
        int q = categories.size();
        if (q == 0) {
            throw new HiringException("Fleiss' kappa: at least one category is required");
        }
        long n = -1;
        double[] colSum = new double[q];
        double sumP = 0;
        for (int i = 0; i < nUnits; i++) {
            if (counts[i].length != q) {
                throw new HiringException(String.format(
                        Locale.ROOT,
                        "Fleiss' kappa: unit %d has %d counts for %d categories",
                        i + 1,
                        counts[i].length,
                        q));
            }
            long rowSum = 0;
            double sq = 0;
            for (int j = 0; j < q; j++) {
                long c = counts[i][j];
                if (c < 0) {
                    throw new HiringException("Fleiss' kappa: unit " + (i + 1) + " has a negative count");
                }
                rowSum += c;
                sq += (double) c * c;
                colSum[j] += c;
            }
            if (n < 0) {
                n = rowSum;
                if (n < 2) {
                    throw new HiringException("Fleiss' kappa: each unit needs at least 2 ratings, unit 1 has " + n);
                }
            } else if (rowSum != n) {
                throw new HiringException(String.format(
                        Locale.ROOT,
                        "Fleiss' kappa needs the same number of ratings per unit: unit %d has %d, unit 1 has %d",
                        i + 1,
                        rowSum,
                        n));
            }
            sumP += (sq - n) / ((double) n * (n - 1));
        }
        double total = (double) nUnits * n;
        double pBar = sumP / nUnits;
        double pe = 0;
        double[] p = new double[q];
        for (int j = 0; j < q; j++) {
            p[j] = colSum[j] / total;
            pe += p[j] * p[j];
        }
        if (1.0 - pe <= 0.0) {
            throw new HiringException(
                    "Fleiss' kappa is undefined: every rating is in the same category (expected agreement 1)");
        }
        double kappa = (pBar - pe) / (1.0 - pe);
        List<CategoryKappa> per = new ArrayList<>(q);
        for (int j = 0; j < q; j++) {
            double pq = p[j] * (1.0 - p[j]);
            Double kj = null;
            if (pq > 0) {
                double s = 0;
                for (long[] row : counts) {
                    s += (double) row[j] * (n - row[j]);
                }
                kj = 1.0 - s / (total * (n - 1) * pq);
            }
            per.add(new CategoryKappa(categories.get(j), p[j], kj));
        }
        return new FleissResult("fleiss", MeasurementLevel.NOMINAL, kappa, nUnits, (int) n, pBar, pe, per);
    }

    /**
     * Fleiss' kappa from a rating table whose units all carry the same number of ratings.
     *
     * @param table the ratings (labels)
     * @param declared the declared categories (for instance a rating scale's levels), in order; observed labels
     *     not declared are an error; may be empty to use the observed labels, sorted
     * @throws HiringException if units carry different numbers of ratings, a label is not declared, or κ is
     *     undefined
     */
    public static FleissResult compute(RatingTable table, List<String> declared) {
        List<String> cats = categories(table, declared);
        Map<String, Integer> index = new HashMap<>();
        for (int j = 0; j < cats.size(); j++) {
            index.put(cats.get(j), j);
        }
        int nUnits = table.unitCount();
        long[][] counts = new long[nUnits][cats.size()];
        int first = -1;
        for (int u = 0; u < nUnits; u++) {
            int m = table.ratingsIn(u);
            if (first < 0) {
                first = m;
            } else if (m != first) {
                throw new HiringException(String.format(
                        Locale.ROOT,
                        "Fleiss' kappa needs the same number of ratings per unit: unit row %d has %d, unit row 1 has"
                                + " %d (use Krippendorff's alpha for missing ratings)",
                        u + 1,
                        m,
                        first));
            }
            for (int r = 0; r < table.raterCount(); r++) {
                String v = table.get(u, r);
                if (v != null) {
                    counts[u][Objects.requireNonNull(index.get(v))]++;
                }
            }
        }
        FleissResult res = compute(counts, cats);
        return new FleissResult(
                res.metric(),
                res.level(),
                res.value(),
                res.units(),
                table.raterCount(),
                res.observedAgreement(),
                res.expectedAgreement(),
                res.categories());
    }

    /** The declared categories, checked against the table, or the observed ones sorted. */
    static List<String> categories(RatingTable table, List<String> declared) {
        List<String> observed = table.labels();
        if (declared.isEmpty()) {
            return RatingTable.sortedLabels(observed);
        }
        Set<String> decl = new LinkedHashSet<>(declared);
        if (decl.size() != declared.size()) {
            throw new HiringException("declared categories repeat a label");
        }
        for (String o : observed) {
            if (!decl.contains(o)) {
                throw new HiringException("rating '" + o + "' is not one of the declared categories " + declared);
            }
        }
        return List.copyOf(declared);
    }
}
