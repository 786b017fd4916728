package dev.hiring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A policy keeps the rule results it has made (by count, score in hundredths, spread) and shares them between
 * decisions: what it shares must be exactly what the rules themselves say, and a policy that has decided many
 * evaluations must decide like a fresh copy of itself.
 */
class SharedResultsTest {
    @Test
    void everyTraceLineIsTheRulesOwnResultAndTheNoteOnlyFollowsIt() {
        AtomicInteger examples = new AtomicInteger();
        AtomicInteger settled = new AtomicInteger();
        qt().forAll(RubricGens.evaluations(true), RubricGens.policies()).checkAssert((e, policy) -> {
            examples.incrementAndGet();
            Aggregation a = policy.aggregate(e);
            Decision d = policy.decide(e);
            List<DecisionRule> rules = policy.rules();
            boolean noted = false;
            for (int i = 0; i < rules.size(); i++) {
                RuleResult own = rules.get(i).evaluate(a);
                RuleResult traced = d.trace().get(i);
                if (rules.get(i).kind() == RuleKind.DISAGREEMENT && own.verdict() == Verdict.FAIL) {
                    assertThat(traced.rule()).isEqualTo(own.rule());
                    assertThat(traced.verdict()).isEqualTo(Verdict.FAIL);
                    assertThat(traced.detail()).startsWith(own.detail());
                    noted |= traced.detail().length() > own.detail().length();
                } else {
                    assertThat(traced).isEqualTo(own);
                }
            }
            if (noted) {
                settled.incrementAndGet();
            }
        });
        // the branch that writes the disagreement note is reached often enough to mean something
        assertThat(settled.get()).isGreaterThan(examples.get() / 20);
    }

    @Test
    void aPolicyThatHasDecidedManyDecidesLikeAFreshCopy() {
        DecisionPolicy shared = RubricGens.GUIDE;
        AtomicInteger debriefs = new AtomicInteger();
        qt().forAll(RubricGens.evaluations(true)).checkAssert(e -> {
            Decision d = shared.decide(e);
            DecisionPolicy fresh = DecisionPolicy.parse(shared.toJson());
            assertThat(fresh).isEqualTo(shared).isNotSameAs(shared);
            assertThat(fresh.decide(e).toJson()).isEqualTo(d.toJson());
            assertThat(shared.decide(e)).isEqualTo(d);
            if (d.trace().stream()
                    .anyMatch(r -> r.rule().equals(DecisionRule.MaxDisagreement.ID) && r.verdict() == Verdict.FAIL)) {
                debriefs.incrementAndGet();
            }
        });
        assertThat(debriefs.get()).isPositive();
    }
}
