package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link RatingScale} lookups and {@link Severity} names. */
class RatingScalePropertiesTest {
    @Test
    void everyLevelIsFoundByIdLabelAndValue() {
        qt().forAll(CoreGens.ratingScales()).checkAssert(s -> {
            for (RatingLevel l : s.levels()) {
                assertThat(s.level(l.id())).contains(l);
                assertThat(s.parseLevel(l.id())).contains(l);
                assertThat(s.parseLevel("  " + l.id().toUpperCase(Locale.ROOT) + " "))
                        .contains(l);
                assertThat(s.parseLevel(Integer.toString(l.value()))).contains(l);
            }
            assertThat(s.lowest()).isEqualTo(s.levels().get(0));
            assertThat(s.highest().value()).isGreaterThan(s.lowest().value());
            assertThat(s.parseLevel("")).isEmpty();
            assertThat(s.parseLevel("x".repeat(201))).isEmpty();
            assertThat(s.level("no-such-level-" + s.levels().size())).isEmpty();
        });
    }

    @Test
    void idsWinOverLabelsAndValuesOverLabelParts() {
        // an ambiguous scale: the lowest level's label is another level's id, a label part is another's value
        RatingScale s = RatingScale.of(
                RatingLevel.of("low", "High", 1),
                RatingLevel.of("mid", "Mid / 3", 2),
                RatingLevel.of("high", "Top", 3));
        assertThat(s.parseLevel("high")).map(RatingLevel::id).contains("high");
        assertThat(s.parseLevel("HIGH ")).map(RatingLevel::id).contains("high");
        assertThat(s.parseLevel("3")).map(RatingLevel::id).contains("high");
        assertThat(s.parseLevel("top")).map(RatingLevel::id).contains("high");
        assertThat(s.parseLevel("mid / 3")).map(RatingLevel::id).contains("mid");
    }

    @Test
    void theGuidesScaleReadsItsLabels() {
        RatingScale s = HiringGuides.seniorBackendEngineer().ratingScale();
        assertThat(s.parseLevel("Exceeds / Strong")).map(RatingLevel::id).contains("exceeds");
        assertThat(s.parseLevel("EXCEEDS")).map(RatingLevel::id).contains("exceeds");
        assertThat(s.parseLevel("meets")).map(RatingLevel::id).contains("meets");
        assertThat(s.parseLevel("1")).map(RatingLevel::id).contains("below");
        assertThat(s.parseLevel("4")).isEmpty();
        assertThat(s.parseLevel("/")).isEmpty();
    }

    @Test
    void severityNamesRoundTrip() {
        for (Severity s : Severity.values()) {
            assertThat(Severity.parse(s.id())).isEqualTo(s);
            assertThat(Severity.parse(" " + s.name() + " ")).isEqualTo(s);
            assertThat(s.id()).isEqualTo(s.name().toLowerCase(Locale.ROOT));
            assertThat(s.isAtLeast(s)).isTrue();
        }
        assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.SUGGESTION.isAtLeast(Severity.WARNING)).isFalse();
    }
}
