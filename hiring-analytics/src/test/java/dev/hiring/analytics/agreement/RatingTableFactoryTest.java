package dev.hiring.analytics.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.HiringException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RatingTable#of} validation messages, cell normalisation, labels, equality and text form. */
class RatingTableFactoryTest {

    @Test
    void unitsAreNumberedInRowOrderAndCellsAreStrippedOrMissing() {
        RatingTable t =
                RatingTable.of(List.of("ana", "bo"), List.of(Arrays.asList(" 1 ", null), Arrays.asList("  ", "2")));
        assertThat(t.units()).containsExactly("1", "2");
        assertThat(t.raters()).containsExactly("ana", "bo");
        assertThat(t.unitCount()).isEqualTo(2);
        assertThat(t.raterCount()).isEqualTo(2);
        assertThat(t.get(0, 0)).isEqualTo("1");
        assertThat(t.get(0, 1)).isNull();
        assertThat(t.get(1, 0)).isNull();
        assertThat(t.get(1, 1)).isEqualTo("2");
        assertThat(t.ratingsIn(0)).isEqualTo(1);
        assertThat(t.ratingsIn(1)).isEqualTo(1);
        assertThat(t.toNumbers()).containsExactly(1.0, Double.NaN, Double.NaN, 2.0);
        assertThat(t.toString()).isEqualTo("RatingTable{units=2, raters=2}");
    }

    @Test
    void fewerThanTwoRatersIsAnError() {
        assertThatThrownBy(() -> RatingTable.of(List.of("ana"), List.of(List.of("1"))))
                .isInstanceOf(HiringException.class)
                .hasMessage("rating table: 1 rater(s); agreement needs at least 2 raters");
        assertThatThrownBy(() -> RatingTable.of(List.of(), List.of(List.of())))
                .hasMessage("rating table: 0 rater(s); agreement needs at least 2 raters");
    }

    @Test
    void repeatedRaterIsAnError() {
        assertThatThrownBy(() -> RatingTable.of(List.of("ana", "bo", "ana"), List.of(List.of("1", "1", "1"))))
                .isInstanceOf(HiringException.class)
                .hasMessage("rating table: rater id 'ana' appears twice");
    }

    @Test
    void unitIdsMustMatchRowsAndBeDistinct() {
        assertThatThrownBy(() -> RatingTable.of(List.of("a", "b"), List.of("u1"), List.of()))
                .isInstanceOf(HiringException.class)
                .hasMessage("rating table: 1 unit ids for 0 rows of ratings");
        assertThatThrownBy(() -> RatingTable.of(List.of("a", "b"), List.of(), List.of()))
                .hasMessage("rating table: at least one unit is required");
        assertThatThrownBy(() -> RatingTable.of(
                        List.of("a", "b"),
                        List.of("u1", "u2", "u1"),
                        List.of(List.of("1", "1"), List.of("1", "2"), List.of("2", "2"))))
                .hasMessage("rating table: unit 3 repeats the id of an earlier unit");
    }

    @Test
    void rowOfTheWrongLengthIsAnError() {
        assertThatThrownBy(() -> RatingTable.of(List.of("a", "b"), List.of(List.of("1", "1"), List.of("1", "2", "3"))))
                .isInstanceOf(HiringException.class)
                .hasMessage("rating table: unit 2 has 3 ratings but there are 2 raters");
        assertThatThrownBy(() -> RatingTable.of(List.of("a", "b"), List.of(List.of("1"))))
                .hasMessage("rating table: unit 1 has 1 ratings but there are 2 raters");
    }

    @Test
    void labelsAreDistinctInFirstSeenOrder() {
        RatingTable t = RatingTable.of(
                List.of("a", "b", "c"), List.of(Arrays.asList("hi", null, "lo"), Arrays.asList("lo", "mid", "hi")));
        assertThat(t.labels()).containsExactly("hi", "lo", "mid");
    }

    @Test
    void sortedLabelsAreNumericWhenAllAreNumbersOtherwiseLexicographic() {
        assertThat(RatingTable.sortedLabels(List.of("10", "9", "-1", "2.5"))).containsExactly("-1", "2.5", "9", "10");
        assertThat(RatingTable.sortedLabels(List.of("10", "9", "x"))).containsExactly("10", "9", "x");
        assertThat(RatingTable.sortedLabels(List.of("b", "a"))).containsExactly("a", "b");
    }

    @Test
    void equalityIsByRatersUnitsAndCells() {
        RatingTable a = RatingTable.of(List.of("a", "b"), List.of(List.of("1", "2")));
        RatingTable same = RatingTable.of(List.of("a", "b"), List.of(List.of("1", " 2 ")));
        RatingTable otherCell = RatingTable.of(List.of("a", "b"), List.of(List.of("1", "3")));
        RatingTable otherRater = RatingTable.of(List.of("a", "c"), List.of(List.of("1", "2")));
        RatingTable otherUnit = RatingTable.of(List.of("a", "b"), List.of("x"), List.of(List.of("1", "2")));
        RatingTable fromCsv = RatingTable.readCsv(new StringReader("unit,a,b\n1,1,2\n"));
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(fromCsv).hasSameHashCodeAs(fromCsv);
        assertThat(a).isNotEqualTo(otherCell).isNotEqualTo(otherRater).isNotEqualTo(otherUnit);
        assertThat(a.hashCode()).isNotEqualTo(otherCell.hashCode());
        assertThat(a.hashCode()).isNotEqualTo(otherRater.hashCode());
        assertThat(a.hashCode()).isNotEqualTo(otherUnit.hashCode());
        assertThat(a).isNotEqualTo("RatingTable{units=1, raters=2}");
    }
}
