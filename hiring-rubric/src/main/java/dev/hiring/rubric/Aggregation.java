package dev.hiring.rubric;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.Violation;
import dev.hiring.rubric.internal.BarBounds;
import dev.hiring.rubric.internal.Memo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a candidate's scorecards add up to: per-criterion statistics, the weighted score and the counts the
 * {@link DecisionRule}s judge.
 *
 * <h2>Weighted score</h2>
 *
 * For each criterion, the mean of the ratings it received (unrated scorecards left out, never counted as zero).
 * The score is the weighted mean of those per-criterion means over the criteria that received at least one
 * rating, with the weights renormalized over the rated criteria:
 *
 * <pre>score = Σ w(c) · mean(c) / Σ w(c)   over rated criteria c</pre>
 *
 * It is in the units of the rating scale's level values (the guide: 1 = below, 2 = meets, 3 = exceeds) and is
 * absent when nothing was rated. Sums of ratings are exact integers and the criteria are combined in the policy's
 * order, so the score does not depend on the order of scorecards or of ratings.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param criteria one aggregate per criterion of the weight profile, in its order
 * @param score the weighted score, or null if nothing was rated
 * @param scorecards the number of scorecards
 * @param interviewers the number of distinct interviewers who rated at least one criterion
 * @param strongNoHires the number of scorecards recommending {@link Recommendation#STRONG_NO_HIRE}
 * @param negatives the number of scorecards recommending {@link Recommendation#NO_HIRE} or
 *     {@link Recommendation#STRONG_NO_HIRE}
 * @param negativesWithoutReason how many of those give no rejection reason
 * @param evaluationReasons how many rejection reasons the evaluation itself gives ({@link
 *     CandidateEvaluation#rejectionReasons()}, such as an ATS application's); any satisfies every negative
 *     scorecard
 * @param redFlags the distinct red-flag ids observed, sorted
 * @param rejectionReasons the rejection reasons with the number of distinct interviewers who gave each (plus one
 *     if the evaluation itself gives it), most frequent first (ties by id)
 */
@JsonPropertyOrder({
    "criteria",
    "score",
    "scorecards",
    "interviewers",
    "strongNoHires",
    "negatives",
    "negativesWithoutReason",
    "evaluationReasons",
    "redFlags",
    "rejectionReasons"
})
public record Aggregation(
        List<CriterionAggregate> criteria,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double score,
        int scorecards,
        int interviewers,
        int strongNoHires,
        int negatives,
        int negativesWithoutReason,
        int evaluationReasons,
        List<String> redFlags,
        List<ReasonCount> rejectionReasons) {

    /** Copies the lists. */
    public Aggregation {
        criteria = List.copyOf(criteria);
        redFlags = List.copyOf(redFlags);
        rejectionReasons = List.copyOf(rejectionReasons);
    }

    /**
     * Aggregates an evaluation with a weight profile (criterion id to weight, in the order to report).
     *
     * @throws InvalidHiringDataException if a scorecard rates a criterion the profile does not have, or a weight
     *     is not finite and positive
     */
    public static Aggregation of(CandidateEvaluation evaluation, Map<String, Double> weights) {
        return compute(evaluation, CriteriaTable.of(weights), null, Set.of(), Set.of(), null);
    }

    /** The aggregate of one criterion, if the weight profile has it. */
    public java.util.Optional<CriterionAggregate> criterion(String id) {
        for (CriterionAggregate c : criteria) {
            if (c.id().equals(id)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The computation. {@code levels} (if not null) marks the allowed rating values; non-empty {@code reasons}
     * and {@code flags} are the allowed ids; {@code bounds} (if not null) is given each rated criterion's statistics
     * in the same pass, so that the bar can be judged with the disputed criteria at their extremes.
     */
    static Aggregation compute(
            CandidateEvaluation evaluation,
            CriteriaTable table,
            boolean @Nullable [] levels,
            Set<String> reasons,
            Set<String> flags,
            @Nullable BarBounds bounds) {
        List<Scorecard> cards = evaluation.scorecards();
        int n = table.size();
        int s = cards.size();
        // ratings of criterion k live in values[k * s .. k * s + counts[k])
        Tally tally = new Tally(table, levels, n, s);
        String[] raters = new String[s];
        int raterCount = 0;
        int strongNoHires = 0;
        int negatives = 0;
        int negativesWithoutReason = 0;
        List<String> redFlags = null;
        List<String> reasonIds = null;
        List<List<String>> reasonRaters = null;
        List<String> overall = evaluation.rejectionReasons();
        if (!overall.isEmpty()) {
            tally.violations = checkOverall(tally.violations, overall, reasons);
        }
        for (int i = 0; i < s; i++) {
            Scorecard card = cards.get(i);
            Map<String, Integer> ratings = card.ratings();
            tally.card = i;
            if (!tally.collect(ratings)) {
                // a rating names a criterion the table does not have: report it
                for (String criterion : ratings.keySet()) {
                    tally.reportIfUnknown(criterion);
                }
            }
            String interviewer = card.interviewer();
            if (!ratings.isEmpty() && indexOf(raters, raterCount, interviewer) < 0) {
                raters[raterCount++] = interviewer;
            }
            Recommendation rec = card.recommendation();
            if (rec == Recommendation.STRONG_NO_HIRE) {
                strongNoHires++;
            }
            if (rec.isNegative()) {
                negatives++;
                if (card.rejectionReasons().isEmpty()) {
                    negativesWithoutReason++;
                }
            }
            List<String> flagIds = card.redFlags();
            for (int j = 0; j < flagIds.size(); j++) {
                String f = flagIds.get(j);
                if (!flags.isEmpty() && !flags.contains(f)) {
                    tally.violations = add(
                            tally.violations,
                            "scorecards[" + i + "].redFlags[" + j + "]",
                            "'" + f + "' is not a red flag of the policy");
                }
                if (redFlags == null) {
                    redFlags = new ArrayList<>(4);
                }
                if (!redFlags.contains(f)) {
                    redFlags.add(f);
                }
            }
            List<String> cardReasons = card.rejectionReasons();
            for (int j = 0; j < cardReasons.size(); j++) {
                String id = cardReasons.get(j);
                if (!reasons.isEmpty() && !reasons.contains(id)) {
                    tally.violations = add(
                            tally.violations,
                            "scorecards[" + i + "].rejectionReasons[" + j + "]",
                            "'" + id + "' is not a rejection reason of the policy");
                }
                if (reasonIds == null || reasonRaters == null) {
                    reasonIds = new ArrayList<>(4);
                    reasonRaters = new ArrayList<>(4);
                }
                int at = reasonIds.indexOf(id);
                if (at < 0) {
                    reasonIds.add(id);
                    reasonRaters.add(new ArrayList<>(2));
                    at = reasonIds.size() - 1;
                }
                List<String> who = reasonRaters.get(at);
                if (!who.contains(interviewer)) {
                    who.add(interviewer);
                }
            }
        }
        List<Violation> violations = tally.violations;
        if (violations != null) {
            throw new InvalidHiringDataException("CandidateEvaluation", violations);
        }
        int[] values = tally.values;
        int[] counts = tally.counts;
        long[] sums = tally.sums;
        CriterionAggregate[] aggregates = new CriterionAggregate[n];
        double weighted = 0;
        double weightSum = 0;
        for (int k = 0; k < n; k++) {
            int c = counts[k];
            if (c == 0) {
                aggregates[k] = new CriterionAggregate(table.id(k), 0, null, null, null, null, null);
                continue;
            }
            int from = k * s;
            if (c > 1) {
                sortSmall(values, from, from + c);
            }
            Double mean = table.mean(sums[k], c);
            int mid = from + c / 2;
            // twice the median: the middle value or the sum of the two middle values, an exact integer
            int twiceMedian = (c & 1) == 1 ? 2 * values[mid] : values[mid - 1] + values[mid];
            int min = values[from];
            int max = values[from + c - 1];
            aggregates[k] = new CriterionAggregate(table.id(k), c, mean, table.half(twiceMedian), min, max, max - min);
            double m = mean;
            if (bounds != null) {
                bounds.add(k, c, m, min, max);
            }
            weighted += table.weight(k) * m;
            weightSum += table.weight(k);
        }
        Double score = weightSum > 0 ? weighted / weightSum : null;
        List<ReasonCount> ranked;
        if (reasonIds == null || reasonRaters == null) {
            ranked = overall.isEmpty() ? List.of() : rank(new ArrayList<>(), new ArrayList<>(), overall);
        } else if (overall.isEmpty()) {
            ReasonCount[] list = new ReasonCount[reasonIds.size()];
            for (int j = 0; j < list.length; j++) {
                list[j] = new ReasonCount(reasonIds.get(j), reasonRaters.get(j).size());
            }
            Arrays.sort(list, RANKING);
            ranked = List.of(list);
        } else {
            ranked = rank(reasonIds, reasonRaters, overall);
        }
        List<String> flagList;
        if (redFlags == null) {
            flagList = List.of();
        } else {
            redFlags.sort(null);
            flagList = List.copyOf(redFlags);
        }
        return new Aggregation(
                List.of(aggregates),
                score,
                s,
                raterCount,
                strongNoHires,
                negatives,
                negativesWithoutReason,
                overall.size(),
                flagList,
                ranked);
    }

    /** Reports the evaluation-level reasons the policy does not know. */
    private static @Nullable List<Violation> checkOverall(
            @Nullable List<Violation> violations, List<String> overall, Set<String> reasons) {
        List<Violation> out = violations;
        for (int j = 0; j < overall.size(); j++) {
            String id = overall.get(j);
            if (!reasons.isEmpty() && !reasons.contains(id)) {
                out = add(out, "rejectionReasons[" + j + "]", "'" + id + "' is not a rejection reason of the policy");
            }
        }
        return out;
    }

    /** Ranks the scorecards' reasons (by distinct interviewers) with the evaluation's own, one voice each. */
    private static List<ReasonCount> rank(List<String> ids, List<List<String>> raters, List<String> overall) {
        List<String> all = new ArrayList<>(ids);
        List<Integer> counts = new ArrayList<>();
        for (List<String> who : raters) {
            counts.add(who.size());
        }
        for (String id : overall) {
            int at = all.indexOf(id);
            if (at < 0) {
                all.add(id);
                counts.add(1);
            } else {
                counts.set(at, counts.get(at) + 1);
            }
        }
        ReasonCount[] list = new ReasonCount[all.size()];
        for (int j = 0; j < list.length; j++) {
            list[j] = new ReasonCount(all.get(j), counts.get(j));
        }
        Arrays.sort(list, RANKING);
        return List.of(list);
    }

    /** Collects one scorecard's ratings into per-criterion slots; reused across the scorecards. */
    private static final class Tally {
        final CriteriaTable table;
        final boolean @Nullable [] levels;
        final int stride;
        final int[] values;
        final int[] counts;
        final long[] sums;
        int card;

        @Nullable
        List<Violation> violations;

        Tally(CriteriaTable table, boolean @Nullable [] levels, int n, int s) {
            this.table = table;
            this.levels = levels;
            this.stride = s;
            this.values = new int[n * s];
            this.counts = new int[n];
            this.sums = new long[n];
        }

        /**
         * Looks up each of the table's criteria in the scorecard's ratings (a fixed, inlinable loop) and records what
         * it finds. Returns false if the ratings also name criteria the table does not have (the caller then reports
         * them, and the aggregation fails, so what was recorded does not matter).
         */
        boolean collect(Map<String, Integer> ratings) {
            int size = ratings.size();
            int n = table.size();
            int found = 0;
            for (int k = 0; k < n && found < size; k++) {
                String id = table.id(k);
                Integer rating = ratings.get(id);
                if (rating != null) {
                    found++;
                    record(k, id, rating);
                }
            }
            return found == size;
        }

        private void record(int k, String criterion, int v) {
            boolean[] allowed = levels;
            if (allowed != null && (v >= allowed.length || !allowed[v])) {
                violations = add(
                        violations,
                        "scorecards[" + card + "].ratings." + criterion,
                        "value " + v + " is not a level of the rating scale");
                return;
            }
            values[k * stride + counts[k]++] = v;
            sums[k] += v;
        }

        /** Reports a rating of a criterion the table does not have. */
        void reportIfUnknown(String criterion) {
            if (table.indexOf(criterion) < 0) {
                violations = add(
                        violations,
                        "scorecards[" + card + "].ratings." + criterion,
                        "names no criterion of the policy (" + table.idList() + ")");
            }
        }
    }

    /** Most frequent first, ties by id. */
    private static final java.util.Comparator<ReasonCount> RANKING =
            java.util.Comparator.comparingInt(ReasonCount::count).reversed().thenComparing(ReasonCount::id);

    /** Insertion sort: the ranges hold one rating per scorecard, a handful of values. */
    private static void sortSmall(int[] a, int from, int to) {
        if (to - from > 16) {
            Arrays.sort(a, from, to);
            return;
        }
        for (int i = from + 1; i < to; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= from && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static int indexOf(String[] items, int size, String item) {
        int h = item.hashCode();
        for (int i = 0; i < size; i++) {
            if (items[i].hashCode() == h && items[i].equals(item)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Violation> add(@Nullable List<Violation> list, String path, String message) {
        List<Violation> l = list == null ? new ArrayList<>() : list;
        l.add(new Violation(path, message));
        return l;
    }

    /**
     * Criterion ids, weights and an index by id; built once per policy, which also gives the highest level value, so
     * that the boxed means and medians of small counts are made once and shared.
     */
    static final class CriteriaTable {
        /** Means are shared for up to this many ratings of a criterion. */
        private static final int SHARED_COUNTS = 8;

        private final String[] ids;
        private final double[] weights;
        private final Map<String, Integer> index;
        private final int[] hashes;
        /** The highest sum of ratings whose means are shared per count ({@code SHARED_COUNTS} times the top level). */
        private final int sumLimit;
        /** Means by {@code count * (sumLimit + 1) + sum}. */
        private final Memo<Double> means;
        /** Halves of integers, by the integer: the medians. */
        private final Memo<Double> halves;

        private CriteriaTable(String[] ids, double[] weights, Map<String, Integer> index, int top) {
            this.ids = ids;
            this.sumLimit = SHARED_COUNTS * top;
            this.means = new Memo<>(top == 0 ? 0 : (SHARED_COUNTS + 1) * (sumLimit + 1));
            this.halves = new Memo<>(top == 0 ? 0 : 2 * top + 1);
            this.hashes = new int[ids.length];
            for (int i = 0; i < ids.length; i++) {
                hashes[i] = ids[i].hashCode();
            }
            this.weights = weights;
            this.index = index;
        }

        /** A table that shares no boxed values, for one aggregation. */
        static CriteriaTable of(Map<String, Double> weights) {
            return of(weights, 0);
        }

        /** A table for a policy whose rating scale's highest level value is {@code top}. */
        static CriteriaTable of(Map<String, Double> weights, int top) {
            String[] ids = new String[weights.size()];
            double[] w = new double[weights.size()];
            Map<String, Integer> index = new HashMap<>();
            List<Violation> bad = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                ids[i] = e.getKey();
                w[i] = e.getValue();
                if (!(Double.isFinite(w[i]) && w[i] > 0)) {
                    bad.add(new Violation("weights." + e.getKey(), "must be finite and greater than 0, was " + w[i]));
                }
                index.put(e.getKey(), i);
                i++;
            }
            if (!bad.isEmpty()) {
                throw new InvalidHiringDataException("WeightProfile", bad);
            }
            return new CriteriaTable(ids, w, index, top);
        }

        int size() {
            return ids.length;
        }

        /** The position of a criterion id, or -1; a scan over cached hash codes for small tables. */
        int indexOf(String id) {
            if (ids.length > 12) {
                Integer i = index.get(id);
                return i == null ? -1 : i;
            }
            int h = id.hashCode();
            for (int i = 0; i < ids.length; i++) {
                if (hashes[i] == h && ids[i].equals(id)) {
                    return i;
                }
            }
            return -1;
        }

        String id(int k) {
            return ids[k];
        }

        double weight(int k) {
            return weights[k];
        }

        /** {@code sum / count}, boxed; shared for small counts. */
        Double mean(long sum, int count) {
            int key = count <= SHARED_COUNTS && sum >= 0 && sum <= sumLimit ? count * (sumLimit + 1) + (int) sum : -1;
            Double m = means.get(key);
            return m != null ? m : means.put(key, (double) sum / count);
        }

        /** {@code twice / 2.0}, boxed; shared up to twice the top level. */
        Double half(int twice) {
            Double h = halves.get(twice);
            return h != null ? h : halves.put(twice, twice / 2.0);
        }

        String idList() {
            return String.join(", ", ids);
        }
    }
}
