package dev.hiring.testkit;

import static dev.hiring.testkit.JdAssertions.assertThatJd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.Severity;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class JdGensTest {
    @Test
    void wellFormedPostingsHaveNoFindingsAtWarningOrAbove() {
        qt().withExamples(200)
                .forAll(JdGens.postings())
                .checkAssert(jd -> assertThatJd(jd).hasNoFindingsAtOrAbove(Severity.WARNING));
    }

    @Test
    void longerPostingsStayClean() {
        qt().withExamples(50)
                .forAll(JdGens.postings(
                        JdOptions.defaults().withExtraParagraphs(5).withResponsibilities(5, 5)))
                .checkAssert(jd -> assertThatJd(jd).hasNoFindingsAtOrAbove(Severity.WARNING));
    }

    @Test
    void eachDefectIsFoundByItsRule() {
        for (JdDefect defect : JdDefect.values()) {
            qt().withExamples(40)
                    .forAll(JdGens.broken(defect))
                    .checkAssert(jd -> assertThatJd(jd).hasFinding(defect.ruleId()));
        }
    }

    @Test
    void aMissingPayBandIsTheOnlyWarningOrErrorOfItsRule() {
        qt().withExamples(40)
                .forAll(JdGens.broken(JdDefect.MISSING_PAY_BAND))
                .checkAssert(jd -> assertThatJd(jd)
                        .hasFinding("compensation-band")
                        .withMessageId("missing")
                        .times(1));
    }

    @Test
    void defectsCombine() {
        qt().withExamples(40)
                .forAll(JdGens.postings(JdOptions.defaults(), EnumSet.allOf(JdDefect.class)))
                .checkAssert(jd -> {
                    JdAssert a = assertThatJd(jd);
                    for (JdDefect d : JdDefect.values()) {
                        a.hasFinding(d.ruleId());
                    }
                });
    }

    @Test
    void buzzwordsAreInsertedIntoTheText() {
        qt().withExamples(20)
                .forAll(JdGens.broken(JdDefect.BUZZWORDS))
                .check(jd -> jd.matches("(?s).*(rockstar|ninja|guru|wizard|unicorn).*"));
    }

    @Test
    void optionsRejectOutOfRangeValues() {
        assertThatThrownBy(() -> JdOptions.defaults().withResponsibilities(2, 5))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("responsibilities");
        assertThat(JdOptions.defaults().withMaxRequirements(1).maxRequirements())
                .isEqualTo(1);
    }
}
