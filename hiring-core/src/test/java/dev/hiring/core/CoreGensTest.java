package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.hiring.core.validation.HiringValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The generators themselves: they produce what they promise, with variety. */
class CoreGensTest {
    @Test
    void validRolesPassTheValidator() {
        qt().forAll(CoreGens.validRoles())
                .checkAssert(r -> assertThat(HiringValidator.violations(r)).isEmpty());
    }

    @Test
    void guidesAreVaried() {
        Set<String> ids = new HashSet<>();
        List<Integer> criteriaCounts = new ArrayList<>();
        qt().forAll(CoreGens.hiringGuides()).checkAssert(g -> {
            ids.add(g.id());
            criteriaCounts.add(g.rubricCriteria().size());
            assertThat(HiringValidator.violations(g)).isEmpty();
        });
        assertThat(ids).hasSizeGreaterThan(10);
        assertThat(new HashSet<>(criteriaCounts)).hasSizeGreaterThan(1);
    }

    @Test
    void textsAreNeverBlankAndSometimesHoldTheMarker() {
        List<String> seen = new ArrayList<>();
        qt().withExamples(1000).forAll(CoreGens.texts()).checkAssert(t -> {
            assertThat(t).isNotBlank();
            seen.add(t);
        });
        assertThat(seen).anyMatch(t -> t.contains(CoreGens.MARKER));
        assertThat(seen).anyMatch(t -> t.contains("\""));
        assertThat(seen).anyMatch(t -> t.contains("\\"));
    }

    @Test
    void idsAreKebabCase() {
        qt().forAll(CoreGens.ids()).checkAssert(id -> assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void queryTermsIncludeOperatorsAndQuotes() {
        List<String> seen = new ArrayList<>();
        qt().withExamples(1000).forAll(CoreGens.queryTerms()).checkAssert(seen::add);
        assertThat(seen)
                .anyMatch(t -> t.equalsIgnoreCase("and") || t.equalsIgnoreCase("or") || t.equalsIgnoreCase("not"));
        assertThat(seen).anyMatch(t -> t.contains("\""));
        assertThat(seen).anyMatch(t -> t.contains(" "));
        assertThat(seen).anyMatch(t -> t.contains("(") || t.contains(")"));
        assertThat(seen).anyMatch(t -> t.contains("\\"));
    }

    static <T> List<T> sample(Gen<T> gen, int n) {
        List<T> out = new ArrayList<>();
        qt().withExamples(n).forAll(gen).checkAssert(out::add);
        return out;
    }
}
