package dev.hiring.rubric.internal;

/**
 * The bar (the min-score thresholds and the criterion floors) judged three ways in the one pass that aggregates the
 * criteria: with every disputed criterion (at least two ratings, spread above {@link Bar#maxSpread()}) at its
 * highest rating, at its lowest, and as rated. One instance per aggregation, filled by {@link #add} for each rated
 * criterion in the weight profile's order, so the sums are those of the aggregation's own score; not thread-safe.
 */
public final class BarBounds {
    private final Bar bar;
    private double high;
    private double low;
    private double rated;
    private double weightSum;
    private boolean highFails;
    private boolean lowFails;
    private boolean ratedFails;

    private BarBounds(Bar bar) {
        this.bar = bar;
    }

    /**
     * Adds one rated criterion.
     *
     * @param k the criterion's index in the weight profile
     * @param count how many ratings it received, at least 1
     * @param mean their mean
     * @param min the lowest rating
     * @param max the highest rating
     */
    public void add(int k, int count, double mean, int min, int max) {
        double w = bar.weights[k];
        boolean disputed = count >= 2 && max - min > bar.maxSpread;
        double h = disputed ? max : mean;
        double l = disputed ? min : mean;
        for (double[] floors : bar.floors) {
            double floor = floors[k];
            if (!Double.isNaN(floor)) {
                double limit = floor - bar.tolerance;
                highFails |= h < limit;
                lowFails |= l < limit;
                ratedFails |= mean < limit;
            }
        }
        high += w * h;
        low += w * l;
        rated += w * mean;
        weightSum += w;
    }

    /**
     * Whether every floor and threshold holds.
     *
     * @param disputed whether the disputed criteria take their extreme rating; if false, all criteria count as rated
     * @param highest with {@code disputed}: at their highest rating (most favourable) rather than their lowest
     */
    public boolean holds(boolean disputed, boolean highest) {
        boolean floorFails = disputed ? (highest ? highFails : lowFails) : ratedFails;
        if (floorFails) {
            return false;
        }
        if (weightSum <= 0) {
            return true;
        }
        double score = (disputed ? (highest ? high : low) : rated) / weightSum;
        for (double threshold : bar.thresholds) {
            if (score < threshold - bar.tolerance) {
                return false;
            }
        }
        return true;
    }

    /**
     * The part of the bar that depends on the policy alone, built once per policy: the weights, floors and
     * thresholds, and the spread above which a criterion is disputed. Immutable and thread-safe.
     */
    public static final class Bar {
        private final double[] weights;
        private final double[][] floors;
        private final double[] thresholds;
        private final int maxSpread;
        private final double tolerance;

        /**
         * @param weights the weight of each criterion, by index
         * @param floors per floors rule, the floor of each criterion by index, NaN for none
         * @param thresholds the min-score thresholds
         * @param maxSpread a criterion whose spread exceeds this is disputed
         * @param tolerance scores and means are compared with this tolerance
         */
        public Bar(double[] weights, double[][] floors, double[] thresholds, int maxSpread, double tolerance) {
            this.weights = weights.clone();
            this.floors = new double[floors.length][];
            for (int i = 0; i < floors.length; i++) {
                this.floors[i] = floors[i].clone();
            }
            this.thresholds = thresholds.clone();
            this.maxSpread = maxSpread;
            this.tolerance = tolerance;
        }

        /** The spread above which a criterion is disputed. */
        public int maxSpread() {
            return maxSpread;
        }

        /** Empty bounds for one aggregation. */
        public BarBounds start() {
            return new BarBounds(this);
        }
    }
}
