package dev.hiring.benchmarks;

import java.util.List;

/**
 * One label beside the linter's prediction for it.
 *
 * @param label the reader's label
 * @param predicted whether the linter predicts the positive class ({@code violates}, or {@code present} for a
 *     {@code list:} row)
 * @param evidence what the prediction rests on: the rule's findings as {@code line N: message}, or the matching
 *     sections for a {@code list:} row; empty for a negative prediction
 */
@org.jspecify.annotations.NullMarked
public record Judgement(Label label, boolean predicted, List<String> evidence) {
    /** Copies the evidence. */
    public Judgement {
        evidence = List.copyOf(evidence);
    }

    /** The prediction as a label word: {@code violates}/{@code ok}, or {@code present}/{@code absent}. */
    public String predictedLabel() {
        if (Labels.isListRule(label.rule())) {
            return predicted ? Labels.PRESENT : Labels.ABSENT;
        }
        return predicted ? Labels.VIOLATES : Labels.OK;
    }

    /** Whether the label is not arguable and differs from the prediction. */
    public boolean isDisagreement() {
        return !label.isArguable() && label.isPositive() != predicted;
    }
}
