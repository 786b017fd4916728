package dev.hiring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The arithmetic of one rule's score. */
class RuleScoreTest {
    @Test
    void countsEachCellOfTheConfusionMatrixAndArguableApart() {
        RuleScore s = RuleScore.empty("r")
                .plus(false, true, true) // TP
                .plus(false, true, true) // TP
                .plus(false, true, false) // FN
                .plus(false, false, true) // FP
                .plus(false, false, false) // TN
                .plus(false, false, false) // TN
                .plus(false, false, false) // TN
                .plus(true, true, false) // arguable, whatever the prediction
                .plus(true, false, true);
        assertThat(s).isEqualTo(new RuleScore("r", 2, 1, 1, 3, 2));
        assertThat(s.scored()).isEqualTo(7);
        assertThat(s.precision().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.recall().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.accuracy().getAsDouble()).isCloseTo(5.0 / 7, within(1e-12));
    }

    @Test
    void precisionRecallAndAccuracyDiffer() {
        RuleScore s = new RuleScore("r", 3, 1, 2, 4, 0);
        assertThat(s.precision().getAsDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(s.recall().getAsDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(s.accuracy().getAsDouble()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void ratiosAreUndefinedWithoutADenominator() {
        RuleScore onlyNegatives = new RuleScore("r", 0, 0, 0, 5, 1);
        assertThat(onlyNegatives.precision()).isEmpty();
        assertThat(onlyNegatives.recall()).isEmpty();
        assertThat(onlyNegatives.accuracy().getAsDouble()).isEqualTo(1.0);
        RuleScore onlyArguable = new RuleScore("r", 0, 0, 0, 0, 3);
        assertThat(onlyArguable.accuracy()).isEmpty();
        assertThat(new RuleScore("r", 0, 2, 0, 0, 0).precision().getAsDouble()).isEqualTo(0.0);
    }

    @Test
    void sumsCountsUnderANewName() {
        RuleScore sum = new RuleScore("a", 1, 2, 3, 4, 5).plus(new RuleScore("b", 10, 20, 30, 40, 50), "ALL");
        assertThat(sum).isEqualTo(new RuleScore("ALL", 11, 22, 33, 44, 55));
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> new RuleScore("r", 0, -1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("r");
    }
}
