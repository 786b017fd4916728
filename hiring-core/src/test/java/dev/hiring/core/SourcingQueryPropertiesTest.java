package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/** {@link BooleanQuery#forRole}: for any role, a query that round-trips or a typed error naming the field. */
class SourcingQueryPropertiesTest {
    @Test
    void forRoleGivesARoundTrippingQueryOrATypedError() {
        qt().forAll(CoreGens.roles()).checkAssert(r -> {
            boolean hasKeywords =
                    r.requiredSkills().stream().anyMatch(s -> !s.keywords().isEmpty());
            boolean controlCharacter = r.requiredSkills().stream()
                    .flatMap(s -> s.keywords().stream())
                    .anyMatch(k -> k.strip().chars().anyMatch(Character::isISOControl));
            try {
                BooleanQuery q = BooleanQuery.forRole(r);
                assertThat(hasKeywords && !controlCharacter).isTrue();
                assertThat(BooleanQuery.parse(q.toString())).isEqualTo(q);
                assertThat(q.groups())
                        .hasSize(1
                                + (int) r.requiredSkills().stream()
                                        .filter(s -> !s.keywords().isEmpty())
                                        .count());
                assertThat(q.groups().get(q.groups().size() - 1)).hasSize(2);
            } catch (InvalidHiringDataException e) {
                assertThat(hasKeywords && !controlCharacter).isFalse();
                assertThat(e.violations()).allSatisfy(v -> assertThat(v.path()).startsWith("skills"));
                assertThat(e.getMessage()).doesNotContain(CoreGens.MARKER);
            } catch (RuntimeException e) {
                fail("forRole threw " + e, e);
            }
        });
    }
}
