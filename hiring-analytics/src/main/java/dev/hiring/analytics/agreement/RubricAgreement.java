package dev.hiring.analytics.agreement;

import dev.hiring.core.HiringException;
import dev.hiring.core.RatingLevel;
import dev.hiring.core.RatingScale;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.Scorecard;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Interviewer agreement per rubric criterion from candidate evaluations: each candidate is a unit, each
 * interviewer a rater (missing where they did not rate the candidate), each rating the level's value.
 *
 * <p>Krippendorff's alpha handles the different panels per candidate; Fleiss' kappa is added when every candidate
 * has the same number of ratings. When one level holds at least {@link #DOMINANCE_THRESHOLD} of the ratings the
 * result carries a warning: chance agreement is then high and kappa-type coefficients can be low even though the
 * raters nearly always agree (the "kappa paradox": Feinstein, A. R., and Cicchetti, D. V. (1990). High agreement
 * but low kappa: I. The problems of two paradoxes. Journal of Clinical Epidemiology, 43(6), 543–549).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RubricAgreement {
    /** The share of ratings in one level from which the kappa-paradox warning is given. */
    public static final double DOMINANCE_THRESHOLD = 0.8;

    private RubricAgreement() {}

    /**
     * Agreement per criterion, in criterion-id order.
     *
     * @param evaluations the candidates' evaluations
     * @param scale the rating scale (its levels are the declared categories of Fleiss' kappa)
     * @param level the level of measurement for Krippendorff's alpha (ordinal suits a rating scale)
     * @throws HiringException if a candidate appears in two evaluations
     */
    public static List<CriterionAgreement> perCriterion(
            Collection<CandidateEvaluation> evaluations, RatingScale scale, MeasurementLevel level) {
        Map<String, Map<String, Map<String, Integer>>> byCriterion = new TreeMap<>();
        Map<String, Boolean> seenCandidates = new HashMap<>();
        for (CandidateEvaluation e : evaluations) {
            if (seenCandidates.put(e.candidate(), Boolean.TRUE) != null) {
                throw new HiringException("agreement: a candidate appears in two evaluations");
            }
            for (Scorecard s : e.scorecards()) {
                for (Map.Entry<String, Integer> r : s.ratings().entrySet()) {
                    byCriterion
                            .computeIfAbsent(r.getKey(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(e.candidate(), k -> new HashMap<>())
                            .put(s.interviewer(), r.getValue());
                }
            }
        }
        List<String> declared = scale.levels().stream()
                .map(RatingLevel::value)
                .map(String::valueOf)
                .toList();
        List<CriterionAgreement> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Map<String, Integer>>> c : byCriterion.entrySet()) {
            out.add(criterion(c.getKey(), c.getValue(), declared, level));
        }
        return out;
    }

    private static CriterionAgreement criterion(
            String criterion,
            Map<String, Map<String, Integer>> byCandidate,
            List<String> declared,
            MeasurementLevel level) {
        List<String> raters = new ArrayList<>(new TreeSet<>(
                byCandidate.values().stream().flatMap(m -> m.keySet().stream()).toList()));
        if (raters.size() < 2) {
            raters.add("(none)");
        }
        List<String> units = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        Map<Integer, Long> counts = new TreeMap<>();
        long ratings = 0;
        int firstSize = -1;
        boolean constant = true;
        for (Map.Entry<String, Map<String, Integer>> u : byCandidate.entrySet()) {
            units.add(u.getKey());
            List<String> row = new ArrayList<>(raters.size());
            for (String r : raters) {
                Integer v = u.getValue().get(r);
                row.add(v == null ? "" : v.toString());
            }
            rows.add(row);
            int m = u.getValue().size();
            ratings += m;
            if (firstSize < 0) {
                firstSize = m;
            } else if (m != firstSize) {
                constant = false;
            }
            for (Integer v : u.getValue().values()) {
                counts.merge(v, 1L, Long::sum);
            }
        }
        int dominant = 0;
        long top = -1;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            if (e.getValue() > top) {
                top = e.getValue();
                dominant = e.getKey();
            }
        }
        double share = ratings == 0 ? 0 : (double) top / ratings;
        List<String> warnings = new ArrayList<>();
        if (share >= DOMINANCE_THRESHOLD) {
            warnings.add(String.format(
                    Locale.ROOT,
                    "level %d holds %.0f%% of the ratings: chance agreement is high, so kappa and alpha can be low "
                            + "although raters mostly agree (kappa paradox); read them beside the raw agreement",
                    dominant,
                    share * 100));
        }
        RatingTable table = RatingTable.of(raters, units, rows);
        AlphaResult alpha = null;
        try {
            alpha = KrippendorffAlpha.compute(table, level);
        } catch (HiringException e) {
            warnings.add("Krippendorff's alpha is undefined: " + e.getMessage());
        }
        Double fleiss = null;
        if (constant && firstSize >= 2) {
            try {
                fleiss = FleissKappa.compute(table, declared).value();
            } catch (HiringException e) {
                warnings.add("Fleiss' kappa is undefined: " + e.getMessage());
            }
        }
        return new CriterionAgreement(criterion, units.size(), ratings, alpha, fleiss, dominant, share, warnings);
    }
}
