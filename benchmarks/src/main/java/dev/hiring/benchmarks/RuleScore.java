package dev.hiring.benchmarks;

import java.util.OptionalDouble;

/**
 * The confusion counts of one rule (or of several rules summed) over the non-arguable labels, with the arguable
 * rows counted apart. The positive class is {@code violates} ({@code present} for a {@code list:} row).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule id, or {@link #ALL} / {@link #ALL_LIST} for the summed rows
 * @param tp labelled positive, predicted positive
 * @param fp labelled negative, predicted positive
 * @param fn labelled positive, predicted negative
 * @param tn labelled negative, predicted negative
 * @param arguable rows labelled {@code arguable}, in no count above
 */
@org.jspecify.annotations.NullMarked
public record RuleScore(String rule, int tp, int fp, int fn, int tn, int arguable) {
    /** The summed row over every document-level rule (not the word-level rules, not the {@code list:} rows). */
    public static final String ALL = "ALL";
    /** The summed row over the {@code list:} rows. */
    public static final String ALL_LIST = "ALL-list";

    /** Checks that no count is negative. */
    public RuleScore {
        if (tp < 0 || fp < 0 || fn < 0 || tn < 0 || arguable < 0) {
            throw new IllegalArgumentException("negative count in " + rule);
        }
    }

    /** An empty score for the rule. */
    public static RuleScore empty(String rule) {
        return new RuleScore(rule, 0, 0, 0, 0, 0);
    }

    /** Adds one labelled row and its prediction (ignored for the counts when arguable). */
    public RuleScore plus(boolean arguableRow, boolean labelledPositive, boolean predictedPositive) {
        if (arguableRow) {
            return new RuleScore(rule, tp, fp, fn, tn, arguable + 1);
        }
        if (labelledPositive) {
            return predictedPositive
                    ? new RuleScore(rule, tp + 1, fp, fn, tn, arguable)
                    : new RuleScore(rule, tp, fp, fn + 1, tn, arguable);
        }
        return predictedPositive
                ? new RuleScore(rule, tp, fp + 1, fn, tn, arguable)
                : new RuleScore(rule, tp, fp, fn, tn + 1, arguable);
    }

    /** The sum of this score's counts and another's, under another name. */
    public RuleScore plus(RuleScore other, String name) {
        return new RuleScore(
                name, tp + other.tp, fp + other.fp, fn + other.fn, tn + other.tn, arguable + other.arguable);
    }

    /** The non-arguable rows: {@code tp + fp + fn + tn}. */
    public int scored() {
        return tp + fp + fn + tn;
    }

    /** {@code tp / (tp + fp)}; empty when nothing was predicted positive. */
    public OptionalDouble precision() {
        return ratio(tp, tp + fp);
    }

    /** {@code tp / (tp + fn)}; empty when nothing is labelled positive. */
    public OptionalDouble recall() {
        return ratio(tp, tp + fn);
    }

    /** {@code (tp + tn) / scored()}; empty when every row is arguable or there are none. */
    public OptionalDouble accuracy() {
        return ratio(tp + tn, scored());
    }

    private static OptionalDouble ratio(int num, int den) {
        return den == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) num / den);
    }
}
