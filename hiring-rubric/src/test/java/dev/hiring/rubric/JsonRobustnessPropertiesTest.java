package dev.hiring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.hiring.core.HiringException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

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
        return in -> value(in, 0);
    }

    static String value(RandomnessSource in, int depth) {
        int kind = integers().between(0, depth >= 4 ? 0 : 2).generate(in);
        if (kind == 0) {
            return Generate.pick(SCALARS).generate(in);
        }
        int n = integers().between(0, 5).generate(in);
        StringBuilder sb = new StringBuilder(kind == 1 ? "[" : "{");
        Set<String> used = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (kind == 1) {
                sb.append(i > 0 ? "," : "").append(value(in, depth + 1));
            } else {
                String k = Generate.pick(KEYS).generate(in);
                if (used.add(k)) {
                    sb.append(used.size() > 1 ? "," : "")
                            .append('"')
                            .append(k)
                            .append("\":")
                            .append(value(in, depth + 1));
                }
            }
        }
        return sb.append(kind == 1 ? "]" : "}").toString();
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
