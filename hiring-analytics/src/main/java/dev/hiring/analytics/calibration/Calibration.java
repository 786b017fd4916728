package dev.hiring.analytics.calibration;

import dev.hiring.core.HiringException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Interviewer calibration: per interviewer and criterion, the rating distribution, the leniency offset from the
 * pool (all interviewers on the criterion) and from the panel (the other interviewers of the same candidates), a
 * z-score, a minimum-history guard, and per interviewer the agreement of hire recommendations with the final
 * decisions.
 *
 * <p>Formulas. For criterion c with ratings x: pool mean μ_c = mean(x), σ_c the sample standard deviation
 * √(Σ (x − μ_c)² / (n_c − 1)) (0 when n_c &lt; 2). For interviewer i with n ratings and raw mean m on c, and
 * minimum history H: m̃ = m if n ≥ H, else (n m + (H − n) μ_c) / H (the missing history is filled with the pool
 * mean, a simple form of shrinkage toward the grand mean); leniency = m̃ − μ_c; z = (m̃ − μ_c) / σ_c, reported
 * as {@code null} when σ_c = 0 (never a division by zero). Panel offset: the mean over i's ratings of
 * x_i − mean(x_j, j ≠ i) for the same candidate and criterion. Recommendation agreement: the share of i's hire /
 * no-hire recommendations equal to the final decision (hired or not).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Calibration {
    /** The default minimum history H. */
    public static final int DEFAULT_MINIMUM_HISTORY = 5;

    private Calibration() {}

    /**
     * Calibrates a panel.
     *
     * @param ratings every rating, in any order
     * @param recommendations hire/no-hire recommendations, possibly empty
     * @param decisions final decisions, possibly empty
     * @param minimumHistory H ≥ 1
     * @throws HiringException if H &lt; 1, there are no ratings, a rating is repeated (same interviewer, criterion
     *     and candidate), or decisions for one candidate conflict
     */
    public static CalibrationReport compute(
            List<Rating> ratings,
            List<HireRecommendation> recommendations,
            List<FinalDecision> decisions,
            int minimumHistory) {
        if (minimumHistory < 1) {
            throw new HiringException("calibration: minimumHistory must be at least 1, was " + minimumHistory);
        }
        if (ratings.isEmpty()) {
            throw new HiringException("calibration: at least one rating is required");
        }
        Map<String, List<Rating>> byCriterion = new TreeMap<>();
        Map<String, Map<String, List<Rating>>> byInterviewer = new TreeMap<>();
        Map<String, List<Rating>> byCandidateCriterion = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Rating r : ratings) {
            String key = r.interviewer() + '\u0000' + r.criterion() + '\u0000' + r.candidate();
            if (!seen.add(key)) {
                throw new HiringException("calibration: interviewer '" + r.interviewer() + "' rated the same candidate"
                        + " twice on criterion '" + r.criterion() + "'");
            }
            byCriterion.computeIfAbsent(r.criterion(), k -> new ArrayList<>()).add(r);
            byInterviewer
                    .computeIfAbsent(r.interviewer(), k -> new TreeMap<>())
                    .computeIfAbsent(r.criterion(), k -> new ArrayList<>())
                    .add(r);
            byCandidateCriterion
                    .computeIfAbsent(r.candidate() + '\u0000' + r.criterion(), k -> new ArrayList<>())
                    .add(r);
        }
        Map<String, CriterionPool> pools = new TreeMap<>();
        for (Map.Entry<String, List<Rating>> e : byCriterion.entrySet()) {
            pools.put(e.getKey(), pool(e.getKey(), e.getValue()));
        }
        List<InterviewerCalibration> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Rating>>> ie : byInterviewer.entrySet()) {
            for (Map.Entry<String, List<Rating>> ce : ie.getValue().entrySet()) {
                CriterionPool pool = pools.get(ce.getKey());
                out.add(interviewer(
                        ie.getKey(),
                        ce.getKey(),
                        ce.getValue(),
                        java.util.Objects.requireNonNull(pool),
                        byCandidateCriterion,
                        minimumHistory));
            }
        }
        return new CalibrationReport(
                minimumHistory, "sample", List.copyOf(pools.values()), out, agreement(recommendations, decisions));
    }

    private static CriterionPool pool(String criterion, List<Rating> rs) {
        double[] x = rs.stream().mapToDouble(Rating::score).toArray();
        double mean = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = x.length < 2 ? 0.0 : Math.sqrt(ss / (x.length - 1));
        return new CriterionPool(criterion, x.length, mean, sd, distribution(x));
    }

    private static InterviewerCalibration interviewer(
            String interviewer,
            String criterion,
            List<Rating> rs,
            CriterionPool pool,
            Map<String, List<Rating>> byCandidateCriterion,
            int h) {
        double[] x = rs.stream().mapToDouble(Rating::score).toArray();
        int n = x.length;
        double m = mean(x);
        boolean below = n < h;
        double adjusted = below ? (n * m + (h - n) * pool.mean()) / h : m;
        double leniency = adjusted - pool.mean();
        Double z = pool.standardDeviation() > 0 ? leniency / pool.standardDeviation() : null;
        double offsetSum = 0;
        long shared = 0;
        for (Rating r : rs) {
            List<Rating> panel = byCandidateCriterion.getOrDefault(r.candidate() + '\u0000' + criterion, List.of());
            double s = 0;
            int others = 0;
            for (Rating p : panel) {
                if (!p.interviewer().equals(interviewer)) {
                    s += p.score();
                    others++;
                }
            }
            if (others > 0) {
                offsetSum += r.score() - s / others;
                shared++;
            }
        }
        Double panelOffset = shared > 0 ? offsetSum / shared : null;
        return new InterviewerCalibration(
                interviewer, criterion, n, distribution(x), m, adjusted, leniency, z, panelOffset, shared, below);
    }

    private static List<RecommendationAgreement> agreement(
            List<HireRecommendation> recommendations, List<FinalDecision> decisions) {
        Map<String, Boolean> hired = new HashMap<>();
        for (FinalDecision d : decisions) {
            Boolean before = hired.putIfAbsent(d.candidate(), d.hired());
            if (before != null && before != d.hired()) {
                throw new HiringException("calibration: conflicting final decisions for one candidate");
            }
        }
        Map<String, long[]> per = new TreeMap<>();
        for (HireRecommendation r : recommendations) {
            long[] c = per.computeIfAbsent(r.interviewer(), k -> new long[3]);
            Boolean d = hired.get(r.candidate());
            if (d == null) {
                continue;
            }
            c[0]++;
            if (d == r.hire()) {
                c[1]++;
            }
            if (r.hire()) {
                c[2]++;
            }
        }
        List<RecommendationAgreement> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : per.entrySet()) {
            long[] c = e.getValue();
            out.add(new RecommendationAgreement(e.getKey(), c[0], c[1], c[0] == 0 ? null : (double) c[1] / c[0], c[2]));
        }
        return out;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static List<ScoreCount> distribution(double[] x) {
        TreeMap<Double, Long> counts = new TreeMap<>();
        for (double v : x) {
            counts.merge(v, 1L, Long::sum);
        }
        List<ScoreCount> out = new ArrayList<>(counts.size());
        counts.forEach((k, v) -> out.add(new ScoreCount(k, v)));
        return out;
    }
}
