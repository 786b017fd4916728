package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@link BooleanQuery}: formatting and parsing are inverse, and every parse error has a position. */
class BooleanQueryPropertiesTest {
    @Test
    void parseInvertsToString() {
        qt().forAll(CoreGens.booleanQueries())
                .checkAssert(q -> assertThat(BooleanQuery.parse(q.toString())).isEqualTo(q));
    }

    @Test
    void toStringIsStableThroughParse() {
        qt().forAll(CoreGens.booleanQueries())
                .check(q -> BooleanQuery.parse(q.toString()).toString().equals(q.toString()));
    }

    @Test
    void extraSpacesBetweenTokensDoNotChangeTheQuery() {
        // Spaces only around the operators and parentheses that toString writes; quoted terms stay intact.
        qt().forAll(CoreGens.booleanQueries()).checkAssert(q -> {
            StringBuilder sb = new StringBuilder("  ");
            for (int i = 0; i < q.groups().size(); i++) {
                if (i > 0) {
                    sb.append("\tAND\n ");
                }
                List<String> g = q.groups().get(i);
                sb.append("( ");
                for (int j = 0; j < g.size(); j++) {
                    if (j > 0) {
                        sb.append("  OR  ");
                    }
                    sb.append(BooleanQuery.of(List.of(List.of(g.get(j)))));
                }
                sb.append(" )");
            }
            sb.append("  ");
            assertThat(BooleanQuery.parse(sb.toString())).isEqualTo(q);
        });
    }

    @Test
    void plusGroupAppendsAGroup() {
        qt().forAll(CoreGens.booleanQueries(), CoreGens.booleanQueries()).checkAssert((q, other) -> {
            BooleanQuery more = q.plusGroup(other.groups().get(0));
            assertThat(more.groups()).hasSize(q.groups().size() + 1);
            assertThat(more.groups().subList(0, q.groups().size())).isEqualTo(q.groups());
            assertThat(BooleanQuery.parse(more.toString())).isEqualTo(more);
        });
    }

    /** Arbitrary text, mostly built from the query language's own tokens, so that many inputs almost parse. */
    static Gen<String> queryLikeText() {
        Gen<String> token = Generate.oneOf(
                Generate.pick(List.of(
                        "(", ")", "\"", "\\", " ", "AND", "OR", "NOT", "and", " AND ", " OR ", "Go", "a b", "\"x\"",
                        "\"\"", "\u0001", "\t")),
                strings().basicLatinAlphabet().ofLengthBetween(0, 3));
        return org.quicktheories.generators.SourceDSL.lists()
                .of(token)
                .ofSizeBetween(0, 12)
                .map(parts -> String.join("", parts));
    }

    @Test
    void arbitraryTextParsesOrFailsWithAColumnInsideTheText() {
        qt().withExamples(2000).forAll(queryLikeText()).checkAssert(text -> {
            try {
                BooleanQuery q = BooleanQuery.parse(text);
                // whatever parses is a valid query that round-trips
                assertThat(BooleanQuery.parse(q.toString())).isEqualTo(q);
            } catch (HiringParseException e) {
                assertThat(e.line()).isEqualTo(1);
                assertThat(e.column()).isBetween(1, text.length() + 1);
                assertThat(e.getMessage()).contains("column " + e.column());
            } catch (RuntimeException e) {
                fail("parse threw " + e + " for <" + text + ">", e);
            }
        });
    }

    @Test
    void overLongQueriesAreRejectedWithAColumn() {
        qt().withExamples(20).forAll(integers().between(1, 50)).checkAssert(extra -> {
            String text = "a".repeat(BooleanQuery.MAX_LENGTH + extra);
            assertThatThrownBy(() -> BooleanQuery.parse(text))
                    .isInstanceOfSatisfying(
                            HiringParseException.class,
                            e -> assertThat(e.column()).isPositive());
        });
    }

    @Test
    void bareOperatorWordsAreRejectedWherePlacedAsTerms() {
        qt().forAll(Generate.pick(List.of("AND", "OR", "NOT", "and", "Or", "not")), CoreGens.queryTerms())
                .checkAssert((op, term) -> {
                    String text = BooleanQuery.of(List.of(List.of(term))) + " AND " + op;
                    assertThatThrownBy(() -> BooleanQuery.parse(text))
                            .isInstanceOfSatisfying(
                                    HiringParseException.class,
                                    e -> assertThat(e.column()).isEqualTo(text.length() - op.length() + 1));
                });
    }
}
