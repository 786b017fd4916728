package dev.hiring.analytics.impact;

import dev.hiring.core.HiringException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What {@link AdverseImpact#analyze(ImpactInput)} compares: one row per group, the individuals of unknown category,
 * the rate and whether small groups are left out of the ratios.
 *
 * <p>Three ways to build one:
 *
 * <ul>
 *   <li>{@link #selection()}: per group, how many applied and how many were selected (the selection rate);
 *   <li>{@link #scoringCounts(double)}: per group, how many were scored and how many scored strictly above the
 *       median of the full sample, the median given (the scoring rate, counts computed elsewhere);
 *   <li>{@link #scores()}: one score per individual with its group, or of unknown category; the median of all the
 *       scores (unknown category included, as LL144's "full sample") and the counts above it are computed here.
 * </ul>
 *
 * <pre>{@code
 * ImpactReport r = AdverseImpact.analyze(ImpactInput.selection()
 *         .group("Female", 120, 30)
 *         .group("Male", 150, 45)
 *         .unknown(12)
 *         .build());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; its builders are not thread-safe.
 */
public final class ImpactInput {
    private final RateKind rate;
    private final List<GroupCounts> groups;
    private final long unknown;
    private final OptionalDouble median;
    private final boolean excludeSmall;

    private ImpactInput(
            RateKind rate, List<GroupCounts> groups, long unknown, OptionalDouble median, boolean excludeSmall) {
        this.rate = rate;
        this.groups = List.copyOf(groups);
        this.unknown = unknown;
        this.median = median;
        this.excludeSmall = excludeSmall;
    }

    /** A builder for the selection rate from group counts (applicants, selected). */
    public static CountsBuilder selection() {
        return new CountsBuilder(RateKind.SELECTION, OptionalDouble.empty());
    }

    /**
     * A builder for the scoring rate from group counts (scored, scored strictly above {@code median}).
     *
     * @param median the median score of the full sample the counts were measured against, a finite number
     * @throws HiringException if {@code median} is not finite
     */
    public static CountsBuilder scoringCounts(double median) {
        if (!Double.isFinite(median)) {
            throw new HiringException("adverse impact: the median must be a finite number");
        }
        return new CountsBuilder(RateKind.SCORING, OptionalDouble.of(median));
    }

    /** A builder for the scoring rate from individual scores. */
    public static ScoresBuilder scores() {
        return new ScoresBuilder();
    }

    /** The rate the counts describe. */
    public RateKind rate() {
        return rate;
    }

    /** The groups of known category, in the order given, labels unique. */
    public List<GroupCounts> groups() {
        return groups;
    }

    /** The individuals of unknown category: counted in the total, in no group. */
    public long unknown() {
        return unknown;
    }

    /** The median score the scoring rate is measured against; empty for the selection rate. */
    public OptionalDouble median() {
        return median;
    }

    /** Whether groups under {@link AdverseImpact#SMALL_SHARE} of all individuals are left out of the ratios. */
    public boolean excludeSmall() {
        return excludeSmall;
    }

    /** This input with small groups left out of the ratios, or kept in them. */
    public ImpactInput withExcludeSmall(boolean exclude) {
        return exclude == excludeSmall ? this : new ImpactInput(rate, groups, unknown, median, exclude);
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
        return o instanceof ImpactInput other
                && rate == other.rate
                && groups.equals(other.groups)
                && unknown == other.unknown
                && median.equals(other.median)
                && excludeSmall == other.excludeSmall;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rate, groups, unknown, median, excludeSmall);
    }

    @Override
    public String toString() {
        return "ImpactInput{rate=" + rate.id() + ", groups=" + groups + ", unknown=" + unknown + ", median=" + median
                + ", excludeSmall=" + excludeSmall + "}";
    }

    private static HiringException duplicate(String group) {
        return new HiringException("adverse impact: group '" + group + "' appears twice");
    }

    private static void checkInput(List<GroupCounts> groups, long unknown) {
        if (groups.isEmpty()) {
            throw new HiringException("adverse impact: at least one group with a known category is required");
        }
        if (unknown < 0) {
            throw new HiringException("adverse impact: unknown must be at least 0, was " + unknown);
        }
    }

    /** Builds an input from group counts; see {@link #selection()} and {@link #scoringCounts(double)}. */
    public static final class CountsBuilder {
        private final RateKind rate;
        private final OptionalDouble median;
        private final Map<String, GroupCounts> groups = new LinkedHashMap<>();
        private long unknown;
        private boolean excludeSmall;

        private CountsBuilder(RateKind rate, OptionalDouble median) {
            this.rate = rate;
            this.median = median;
        }

        /**
         * Adds a group.
         *
         * @param group the group's label, not blank, not given before
         * @param applicants how many were assessed, at least 1
         * @param selected how many were selected (or scored above the median), between 0 and {@code applicants}
         * @throws HiringException if a count is out of range or the label repeats
         */
        public CountsBuilder group(String group, long applicants, long selected) {
            return group(new GroupCounts(group, applicants, selected));
        }

        /**
         * Adds a group.
         *
         * @throws HiringException if the label was given before
         */
        public CountsBuilder group(GroupCounts counts) {
            if (groups.putIfAbsent(counts.group(), counts) != null) {
                throw duplicate(counts.group());
            }
            return this;
        }

        /**
         * Adds groups.
         *
         * @throws HiringException if a label repeats
         */
        public CountsBuilder groups(Collection<GroupCounts> counts) {
            for (GroupCounts c : counts) {
                group(c);
            }
            return this;
        }

        /**
         * Sets the number of individuals of unknown category (default 0).
         *
         * @throws HiringException if {@code unknown} is negative
         */
        public CountsBuilder unknown(long unknown) {
            if (unknown < 0) {
                throw new HiringException("adverse impact: unknown must be at least 0, was " + unknown);
            }
            this.unknown = unknown;
            return this;
        }

        /** Whether to leave groups under 2% of all individuals out of the impact ratios (default false). */
        public CountsBuilder excludeSmall(boolean excludeSmall) {
            this.excludeSmall = excludeSmall;
            return this;
        }

        /**
         * Builds the input.
         *
         * @throws HiringException if no group was added
         */
        public ImpactInput build() {
            List<GroupCounts> list = new ArrayList<>(groups.values());
            checkInput(list, unknown);
            return new ImpactInput(rate, list, unknown, median, excludeSmall);
        }
    }

    /** Builds a scoring-rate input from individual scores; see {@link #scores()}. */
    public static final class ScoresBuilder {
        private final Map<String, Scores> byGroup = new LinkedHashMap<>();
        private final Scores unknownScores = new Scores();
        private boolean excludeSmall;

        private ScoresBuilder() {}

        /**
         * Adds one individual's score.
         *
         * @param group the individual's group, not blank
         * @param score the score, a finite number
         * @throws HiringException if the label is blank or the score is not finite
         */
        public ScoresBuilder score(String group, double score) {
            Objects.requireNonNull(group, "group");
            if (group.isBlank()) {
                throw new HiringException("group: the label must not be blank");
            }
            checkScore(score);
            byGroup.computeIfAbsent(group, g -> new Scores()).add(score);
            return this;
        }

        /**
         * Adds the score of an individual of unknown category: part of the full sample's median, in no group.
         *
         * @throws HiringException if the score is not finite
         */
        public ScoresBuilder unknownScore(double score) {
            checkScore(score);
            unknownScores.add(score);
            return this;
        }

        /** Whether to leave groups under 2% of all individuals out of the impact ratios (default false). */
        public ScoresBuilder excludeSmall(boolean excludeSmall) {
            this.excludeSmall = excludeSmall;
            return this;
        }

        private static void checkScore(double score) {
            if (!Double.isFinite(score)) {
                throw new HiringException("adverse impact: a score must be a finite number");
            }
        }

        /**
         * Computes the median of every score given (unknown category included) and, per group, how many scored
         * strictly above it.
         *
         * @throws HiringException if no score with a known group was added
         */
        public ImpactInput build() {
            if (byGroup.isEmpty()) {
                throw new HiringException("adverse impact: at least one group with a known category is required");
            }
            long total = unknownScores.size;
            for (Scores g : byGroup.values()) {
                total += g.size;
            }
            if (total > Integer.MAX_VALUE - 16) {
                throw new HiringException("adverse impact: too many scores");
            }
            double[] all = new double[(int) total];
            int k = 0;
            for (Scores g : byGroup.values()) {
                System.arraycopy(g.values, 0, all, k, g.size);
                k += g.size;
            }
            System.arraycopy(unknownScores.values, 0, all, k, unknownScores.size);
            Arrays.sort(all);
            int n = all.length;
            double median = n % 2 == 1 ? all[n / 2] : (all[n / 2 - 1] + all[n / 2]) / 2.0;
            List<GroupCounts> groups = new ArrayList<>(byGroup.size());
            for (Map.Entry<String, Scores> e : byGroup.entrySet()) {
                Scores g = e.getValue();
                long above = 0;
                for (int i = 0; i < g.size; i++) {
                    if (g.values[i] > median) {
                        above++;
                    }
                }
                groups.add(new GroupCounts(e.getKey(), g.size, above));
            }
            return new ImpactInput(
                    RateKind.SCORING, groups, unknownScores.size, OptionalDouble.of(median), excludeSmall);
        }
    }

    /** A growable array of scores. */
    private static final class Scores {
        double[] values = new double[8];
        int size;

        void add(double v) {
            if (size == values.length) {
                if (size >= Integer.MAX_VALUE / 2) {
                    throw new HiringException("adverse impact: too many scores");
                }
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
