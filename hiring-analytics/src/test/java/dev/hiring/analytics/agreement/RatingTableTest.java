package dev.hiring.analytics.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.HiringException;
import dev.hiring.core.HiringParseException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingTableTest {
    private static RatingTable csv(String text) {
        return RatingTable.readCsv(new StringReader(text));
    }

    @Test
    void readsUnitsRatersAndMissingCells() {
        RatingTable t = csv("unit,ana,bo,cy\nu1,1,,2\nu2,3,3,3\n");
        assertThat(t.raters()).containsExactly("ana", "bo", "cy");
        assertThat(t.units()).containsExactly("u1", "u2");
        assertThat(t.get(0, 1)).isNull();
        assertThat(t.ratingsIn(0)).isEqualTo(2);
        assertThat(t.toNumbers()).containsExactly(1, Double.NaN, 2, 3, 3, 3);
    }

    @Test
    void badCsvsNameRowAndColumn() {
        assertThatThrownBy(() -> csv("unit,a,b\n1,1,2\n2,1\n"))
                .isInstanceOf(HiringParseException.class)
                .hasMessageContaining("CSV row 2 has 2 fields but the header has 3");
        assertThatThrownBy(() -> csv("unit,a\n1,1\n"))
                .isInstanceOf(HiringParseException.class)
                .hasMessageContaining("at least 2 rater columns");
        assertThatThrownBy(() -> csv("unit,a,a\n1,1,1\n")).hasMessageContaining("repeats the name 'a'");
        assertThatThrownBy(() -> csv("rater,a,b\n1,1,1\n")).hasMessageContaining("must start with the column 'unit'");
        assertThatThrownBy(() -> csv("unit,a,b\n1,1,1\n1,2,2\n"))
                .hasMessageContaining("CSV row 2, column 'unit': repeats the unit id of row 1");
        assertThatThrownBy(() -> csv("unit,a,b\n")).hasMessageContaining("no unit rows");
        assertThatThrownBy(() -> csv("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> csv("unit,a,b\n1,\"1,2\n")).isInstanceOf(HiringParseException.class);
        HiringParseException e = (HiringParseException) org.assertj.core.api.Assertions.catchThrowable(
                () -> csv("unit,a,b\n1,1,2\n2,1,high\n").toNumbers());
        assertThat(e).hasMessageContaining("unit row 2, rater column 'b'");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).doesNotContain("high");
    }

    @Test
    void undefinedStatisticsAreClearErrors() {
        RatingTable same = csv("unit,a,b\n1,2,2\n2,2,2\n");
        assertThatThrownBy(() -> KrippendorffAlpha.compute(same, MeasurementLevel.NOMINAL))
                .isInstanceOf(HiringException.class)
                .hasMessageContaining("no variation");
        assertThatThrownBy(() -> FleissKappa.compute(same, List.of())).hasMessageContaining("same category");
        // With the scale's declared levels, Cohen's kappa has categories but the raters used only one.
        assertThatThrownBy(() -> CohenKappa.compute(same, List.of("1", "2", "3"), KappaWeights.NONE))
                .hasMessageContaining("undefined");
        RatingTable sparse = csv("unit,a,b\n1,1,\n2,,2\n");
        assertThatThrownBy(() -> KrippendorffAlpha.compute(sparse, MeasurementLevel.INTERVAL))
                .hasMessageContaining("no unit has at least 2 ratings");
        assertThatThrownBy(() -> FleissKappa.compute(csv("unit,a,b\n1,1,2\n2,1,\n"), List.of()))
                .hasMessageContaining("same number of ratings per unit");
        assertThatThrownBy(() -> IntraclassCorrelation.compute(sparse, IccModel.ICC1, IccUnit.SINGLE))
                .hasMessageContaining("needs every rating");
        assertThatThrownBy(() -> CohenKappa.compute(csv("unit,a,b,c\n1,1,2,3\n"), List.of(), KappaWeights.NONE))
                .hasMessageContaining("exactly 2 raters");
        assertThatThrownBy(() -> FleissKappa.compute(csv("unit,a,b\n1,1,4\n"), List.of("1", "2", "3")))
                .hasMessageContaining("not one of the declared categories");
        assertThatThrownBy(() -> KrippendorffAlpha.compute(csv("unit,a,b\n1,-1,2\n2,1,1\n"), MeasurementLevel.RATIO))
                .hasMessageContaining("non-negative");
    }

    @Test
    void cohenUsesDeclaredButUnusedCategories() {
        // Observed 1, 2 and 4; the declared scale 1..4 puts 4 two steps from 2, which changes the linear weights.
        RatingTable t = csv("unit,a,b\n1,1,2\n2,2,4\n3,1,1\n4,4,4\n5,2,2\n6,4,2\n");
        double observedOnly =
                CohenKappa.compute(t, List.of(), KappaWeights.LINEAR).value();
        CohenResult declared = CohenKappa.compute(t, List.of("1", "2", "3", "4"), KappaWeights.LINEAR);
        assertThat(declared.value()).isNotCloseTo(observedOnly, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(declared.categories()).containsExactly("1", "2", "3", "4");
        assertThat(declared.table().get(2)).containsExactly(0L, 0L, 0L, 0L);
    }
}
