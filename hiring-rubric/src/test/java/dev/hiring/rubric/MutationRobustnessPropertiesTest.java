package dev.hiring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.hiring.core.HiringException;
import dev.hiring.core.RatingLevel;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Mutations of valid policies and evaluations (one small change each, see {@link MutatedJson}) read or fail with the
 * SDK's exception; those that read keep their round trips. Unlike fully random JSON, a stated share of them is still
 * valid, so the round-trip assertions really run: the share is asserted.
 */
class MutationRobustnessPropertiesTest {
    static final int EXAMPLES = 1000;

    static Gen<String> policies() {
        Gen<DecisionPolicy> generated = RubricGens.policies();
        return in -> integers().between(0, 3).generate(in) == 0
                ? RubricGens.GUIDE.toJson()
                : generated.generate(in).toJson();
    }

    static Gen<String> evaluations() {
        Gen<CandidateEvaluation> generated = RubricGens.evaluations(true);
        return in -> NativeFormat.write(generated.generate(in), RubricGens.GUIDE.ratingScale());
    }

    static Gen<String> mutated(Gen<String> valid) {
        return MutatedJson.of(valid, JsonRobustnessPropertiesTest.KEYS, JsonRobustnessPropertiesTest.SCALARS);
    }

    @Test
    void mutatedPoliciesParseWithTheirRoundTripsOrFailWithTheSdkException() {
        AtomicInteger parsed = new AtomicInteger();
        qt().withExamples(EXAMPLES)
                .withFixedSeed(12L)
                .forAll(mutated(policies()))
                .checkAssert(text -> {
                    try {
                        DecisionPolicy p = DecisionPolicy.parse(text);
                        parsed.incrementAndGet();
                        DecisionPolicy again = DecisionPolicy.parse(p.toJson());
                        assertThat(again).isEqualTo(p);
                        assertThat(DecisionPolicy.parse(p.toCanonicalJson()).hash())
                                .isEqualTo(p.hash());
                    } catch (HiringException expected) {
                        assertThat(expected.getMessage()).isNotBlank();
                    }
                });
        // seed 12: 338 of 1000 parse
        assertThat(share(parsed)).as("share of mutated policies that parse").isBetween(0.25, 0.45);
    }

    @Test
    void mutatedEvaluationsReadAndDecideOrFailWithTheSdkException() {
        AtomicInteger read = new AtomicInteger();
        Set<Integer> levels = RubricGens.GUIDE.ratingScale().levels().stream()
                .map(RatingLevel::value)
                .collect(Collectors.toSet());
        qt().withExamples(EXAMPLES)
                .withFixedSeed(12L)
                .forAll(mutated(evaluations()))
                .checkAssert(text -> {
                    try {
                        CandidateEvaluation e = NativeFormat.read(text, RubricGens.GUIDE);
                        read.incrementAndGet();
                        assertThat(NativeFormat.read(
                                        NativeFormat.write(e, RubricGens.GUIDE.ratingScale()), RubricGens.GUIDE))
                                .isEqualTo(e);
                        for (Scorecard s : e.scorecards()) {
                            assertThat(levels).containsAll(s.ratings().values());
                        }
                        Decision d = RubricGens.GUIDE.decide(e);
                        assertThat(d.trace()).hasSize(RubricGens.GUIDE.rules().size());
                    } catch (HiringException expected) {
                        assertThat(expected.getMessage()).isNotBlank();
                    }
                });
        // seed 12: 521 of 1000 read
        assertThat(share(read)).as("share of mutated evaluations that read").isBetween(0.4, 0.65);
    }

    static double share(AtomicInteger n) {
        return n.get() / (double) EXAMPLES;
    }
}
