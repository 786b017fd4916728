package dev.hiring.analytics.impact;

import dev.hiring.core.HiringException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.jspecify.annotations.Nullable;

/**
 * Adverse impact of a selection procedure on groups.
 *
 * <ul>
 *   <li>Selection rate r_g = selected_g / applicants_g; impact ratio IR_g = r_g / r_ref where the reference is the
 *       group with the highest rate (EEOC Uniform Guidelines on Employee Selection Procedures, 29 CFR 1607.4(D);
 *       NYC Local Law 144 rules, 6 RCNY § 5-300: "impact ratio").
 *   <li>Four-fifths flag: IR_g &lt; 0.8, strictly (29 CFR 1607.4(D): "less than four-fifths (4/5) (or eighty
 *       percent)").
 *   <li>Significance beside every ratio: Fisher's exact test, two-sided, of the 2 × 2 table (group, reference) ×
 *       (selected, not selected), computed by Apache Commons Statistics' {@link FisherExactTest} for tables of up to
 *       {@link #FISHER_MAX_INDIVIDUALS} individuals; and the pooled
 *       two-proportion z-test z = (r_g − r_ref) / √(p̄ (1 − p̄) (1/n_g + 1/n_ref)) with p̄ the pooled rate of both
 *       groups, its two-sided p-value from Commons Statistics' standard {@link NormalDistribution}.
 *   <li>Small numbers (29 CFR 1607.4(D) and the Uniform Guidelines Questions and Answers, Q. 21): whether a single
 *       selection more (for a flagged group) or less (for an unflagged group) would flip the four-fifths flag.
 *   <li>LL144's 2% rule (6 RCNY § 5-301): a group with less than 2% of the data is marked; it is excluded from the
 *       impact ratios only when asked, and its counts and rate are still reported.
 * </ul>
 *
 * <p>Groups are reported sorted by label; ties for the highest rate go to the first label, so the result does not
 * depend on input order. This class is stateless and thread-safe.
 */
public final class AdverseImpact {
    /** The four-fifths threshold: an impact ratio strictly below it is flagged. */
    public static final double FOUR_FIFTHS = 0.8;
    /** The LL144 small-category threshold: less than 2% of the data. */
    public static final double SMALL_SHARE = 0.02;
    /**
     * The largest 2 × 2 table (individuals of the group and the reference together) given Fisher's exact test. The
     * exact two-sided p sums the hypergeometric distribution over its support, which grows with the counts (about
     * 25 ms at this size, a quarter of a second at a million); beyond it {@code fisherP} is {@code null} and the
     * pooled z-test, whose normal approximation is then accurate, carries the significance.
     */
    public static final long FISHER_MAX_INDIVIDUALS = 100_000;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final FisherExactTest FISHER = FisherExactTest.withDefaults();

    private AdverseImpact() {}

    /**
     * Builds an impact table.
     *
     * @param input the groups, the unknown category, the rate and whether small groups are left out; see {@link
     *     ImpactInput#selection()}, {@link ImpactInput#scoringCounts(double)}, {@link ImpactInput#scores()} and, from
     *     decision records, {@link DecisionImpactInput#from}
     */
    public static ImpactReport analyze(ImpactInput input) {
        return compute(
                input.groups(),
                input.rate(),
                input.unknown(),
                input.median().isPresent() ? input.median().getAsDouble() : null,
                input.excludeSmall());
    }

    /**
     * Builds an impact table from group counts.
     *
     * @param groups one entry per group, labels unique
     * @param rate the rate the counts describe
     * @param unknown individuals of unknown category (not in {@code groups}), at least 0
     * @param median the median score the scoring rate was measured against, {@code null} for the selection rate
     * @param excludeSmall whether to leave groups under 2% of all individuals out of the impact ratios
     * @throws HiringException if there is no group, a label repeats, or {@code unknown} is negative
     * @deprecated positional primitives and a nullable median; use {@link #analyze(ImpactInput)} with {@link
     *     ImpactInput#selection()} ({@code median} null) or {@link ImpactInput#scoringCounts(double)}
     */
    @Deprecated(since = "0.1.0")
    public static ImpactReport analyze(
            List<GroupCounts> groups, RateKind rate, long unknown, @Nullable Double median, boolean excludeSmall) {
        return compute(groups, rate, unknown, median, excludeSmall);
    }

    /** The impact table of checked or unchecked counts; every entry point ends here. */
    static ImpactReport compute(
            List<GroupCounts> groups, RateKind rate, long unknown, @Nullable Double median, boolean excludeSmall) {
        if (groups.isEmpty()) {
            throw new HiringException("adverse impact: at least one group with a known category is required");
        }
        if (unknown < 0) {
            throw new HiringException("adverse impact: unknown must be at least 0, was " + unknown);
        }
        List<GroupCounts> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparing(GroupCounts::group));
        Set<String> seen = new HashSet<>();
        long total = unknown;
        for (GroupCounts g : sorted) {
            if (!seen.add(g.group())) {
                throw new HiringException("adverse impact: group '" + g.group() + "' appears twice");
            }
            total += g.applicants();
        }
        boolean[] small = new boolean[sorted.size()];
        GroupCounts ref = null;
        for (int i = 0; i < sorted.size(); i++) {
            GroupCounts g = sorted.get(i);
            small[i] = g.applicants() < SMALL_SHARE * total;
            if (excludeSmall && small[i]) {
                continue;
            }
            if (ref == null || compareRates(g, ref) > 0) {
                ref = g;
            }
        }
        if (ref != null && ref.selected() == 0) {
            ref = null; // no positive rate: ratios are undefined
        }
        List<GroupImpact> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            GroupCounts g = sorted.get(i);
            boolean excluded = excludeSmall && small[i];
            if (excluded || ref == null) {
                out.add(new GroupImpact(
                        g.group(),
                        g.applicants(),
                        g.selected(),
                        g.rate(),
                        null,
                        false,
                        null,
                        null,
                        null,
                        small[i],
                        excluded,
                        false));
                continue;
            }
            boolean isRef = g.group().equals(ref.group()); // labels are unique (checked above)
            double ratio = isRef ? 1.0 : g.rate() / ref.rate();
            boolean flag = ratio < FOUR_FIFTHS;
            Double fisher = null;
            Double z = null;
            Double zp = null;
            boolean flip = false;
            if (!isRef) {
                fisher = fisherP(g, ref);
                z = pooledZ(g, ref);
                zp = z == null ? null : 2.0 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
                flip = flips(g, ref, flag);
            }
            out.add(new GroupImpact(
                    g.group(),
                    g.applicants(),
                    g.selected(),
                    g.rate(),
                    ratio,
                    flag,
                    fisher,
                    z,
                    zp,
                    small[i],
                    false,
                    flip));
        }
        return new ImpactReport(rate, ref == null ? null : ref.group(), unknown, total, median, out);
    }

    /**
     * Compares the rates of a and b exactly, without rounding: a.selected × b.applicants against b.selected ×
     * a.applicants as 128-bit products (all counts are non-negative).
     */
    private static int compareRates(GroupCounts a, GroupCounts b) {
        long x1 = a.selected();
        long y1 = b.applicants();
        long x2 = b.selected();
        long y2 = a.applicants();
        int high = Long.compare(Math.multiplyHigh(x1, y1), Math.multiplyHigh(x2, y2));
        return high != 0 ? high : Long.compareUnsigned(x1 * y1, x2 * y2);
    }

    /**
     * Two-sided Fisher exact p-value of (group, reference) × (selected, not selected); null above
     * {@link #FISHER_MAX_INDIVIDUALS}.
     */
    static @Nullable Double fisherP(GroupCounts g, GroupCounts ref) {
        if (g.applicants() + ref.applicants() > FISHER_MAX_INDIVIDUALS) {
            return null;
        }
        int[][] table = {
            {(int) g.selected(), (int) (g.applicants() - g.selected())},
            {(int) ref.selected(), (int) (ref.applicants() - ref.selected())}
        };
        double p = FISHER.test(table).getPValue();
        return Math.min(1.0, Math.max(0.0, p));
    }

    /** The pooled two-proportion z statistic of the group against the reference; null when the pooled SE is 0. */
    static @Nullable Double pooledZ(GroupCounts g, GroupCounts ref) {
        double n1 = g.applicants();
        double n2 = ref.applicants();
        double pooled = (g.selected() + (double) ref.selected()) / (n1 + n2);
        double se = Math.sqrt(pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (!(se > 0)) {
            return null;
        }
        return (g.rate() - ref.rate()) / se;
    }

    /** Whether one selection more (flagged) or less (unflagged) flips the four-fifths flag. */
    private static boolean flips(GroupCounts g, GroupCounts ref, boolean flagged) {
        long moved = flagged ? g.selected() + 1 : g.selected() - 1;
        if (moved < 0 || moved > g.applicants()) {
            return false;
        }
        double r = (double) moved / g.applicants();
        double ratio = r >= ref.rate() ? 1.0 : r / ref.rate();
        return (ratio < FOUR_FIFTHS) != flagged;
    }
}
