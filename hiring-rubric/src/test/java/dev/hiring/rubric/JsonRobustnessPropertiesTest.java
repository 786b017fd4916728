package dev.hiring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.hiring.core.HiringException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Any JSON given as a policy or a native evaluation reads or fails with the SDK's exception, never a crash. */
class JsonRobustnessPropertiesTest {
    static final List<String> KEYS = List.of(
            "id",
            "version",
            "description",
            "seniority",
            "ratingScale",
            "levels",
            "label",
            "value",
            "weights",
            "rejectionReasons",
            "redFlags",
            "rules",
            "type",
            "min",
            "threshold",
            "floors",
            "maxSpread",
            "system-design",
            "candidate",
            "role",
            "scorecards",
            "interviewer",
            "stage",
            "submittedAt",
            "ratings",
            "recommendation",
            "notes");
    static final List<String> SCALARS = List.of(
            "null",
            "true",
            "0",
            "1",
            "2",
            "-1",
            "2.5",
            "1e400",
            "\"\"",
            "\"meets\"",
            "\"min-interviewers\"",
            "\"criterion-floors\"",
            "\"red-flag-veto\"",
            "\"min-score\"",
            "\"strong-no-hire-veto\"",
            "\"SENIOR\"",
            "\"LOOP\"",
            "\"HIRE\"",
            "\"system-design\"",
            "\"2026-11-02T10:00:00Z\"",
            "\"x y\"");

    static Gen<String> json() {
        return RandomJson.of(KEYS, SCALARS, 5);
    }

    @Test
    void anyJsonReadsAsAPolicyOrFailsWithTheSdkException() {
        qt().forAll(json()).checkAssert(text -> {
            try {
                DecisionPolicy p = DecisionPolicy.parse(text);
                assertThat(DecisionPolicy.parse(p.toJson())).isEqualTo(p);
            } catch (HiringException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        });
    }

    @Test
    void anyJsonReadsAsAnEvaluationOrFailsWithTheSdkException() {
        qt().forAll(json()).checkAssert(text -> {
            try {
                CandidateEvaluation e = NativeFormat.read(text, RubricGens.GUIDE);
                RubricGens.GUIDE.decide(e);
            } catch (HiringException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        });
    }
}
