package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.core.json.HiringJson;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Malformed or invalid JSON read through {@link HiringJson} gives a {@link HiringParseException} with a line and
 * column, or an {@link InvalidHiringDataException} whose paths are JSON paths; never a Jackson type, never a
 * message that quotes the input.
 */
class JsonErrorPropertiesTest {
    record Sample(Class<?> type, String json) {}

    /** JSON of generated values of several types, as text. */
    static Gen<Sample> samples() {
        return Generate.oneOf(
                CoreGens.roles().map(r -> new Sample(Role.class, HiringJson.write(r))),
                CoreGens.interviewProcesses().map(p -> new Sample(InterviewProcess.class, HiringJson.write(p))),
                CoreGens.rubricCriteria().map(c -> new Sample(RubricCriterion.class, HiringJson.write(c))),
                CoreGens.onboardingPlans().map(p -> new Sample(OnboardingPlan.class, HiringJson.write(p))),
                CoreGens.ratingScales().map(s -> new Sample(RatingScale.class, HiringJson.write(s))),
                CoreGens.compensationBands().map(b -> new Sample(CompensationBand.class, HiringJson.write(b))));
    }

    /** Reads {@code json}; returns the SDK exception, or null if the text was accepted. Fails on anything else. */
    static @Nullable HiringException readError(String json, Class<?> type, boolean validate) {
        try {
            Object value = validate ? HiringJson.read(json, type) : HiringJson.readUnvalidated(json, type);
            assertThat(value).isNotNull();
            return null;
        } catch (HiringParseException e) {
            assertThat(e.line()).as("line of %s", e).isPositive();
            assertThat(e.column()).as("column of %s", e).isPositive();
            assertThat(e.path()).startsWith("$");
            assertNoEcho(e);
            return e;
        } catch (InvalidHiringDataException e) {
            assertThat(e.violations()).isNotEmpty();
            assertThat(e.violations()).allSatisfy(v -> assertThat(v.path()).startsWith("$"));
            assertNoEcho(e);
            return e;
        } catch (RuntimeException e) {
            fail("expected a typed SDK error but got " + e, e);
            return null;
        }
    }

    static JsonNode tree(String json) {
        try {
            return HiringJackson.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static String text(JsonNode node) {
        try {
            return HiringJackson.mapper().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static void assertNoEcho(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(CoreGens.MARKER);
            assertThat(t.getClass().getName()).doesNotStartWith("com.fasterxml");
        }
    }

    @Test
    void truncatedJsonIsAParseErrorWithAPosition() {
        qt().forAll(samples(), integers().between(0, 1_000_000)).checkAssert((s, cut) -> {
            String truncated = s.json().substring(0, cut % s.json().length());
            HiringException e = readError(truncated, s.type(), false);
            assertThat(e)
                    .isInstanceOfSatisfying(
                            HiringParseException.class,
                            p -> assertThat(p.line())
                                    .isLessThanOrEqualTo((int) truncated.lines().count() + 1));
        });
    }

    @Test
    void aCorruptedCharacterGivesATypedErrorOrAValue() {
        Gen<String> replacement = Generate.pick(
                List.of("{", "}", "[", "]", "\"", ",", ":", "x", "1", "-", "\\", "\u0000", "null", "true", "1e999999"));
        qt().withExamples(500)
                .forAll(samples(), integers().between(0, 1_000_000), replacement)
                .checkAssert((s, at, r) -> {
                    int i = at % s.json().length();
                    String corrupted = s.json().substring(0, i) + r + s.json().substring(i + 1);
                    readError(corrupted, s.type(), false);
                    readError(corrupted, s.type(), true);
                });
    }

    @Test
    void aFieldOfTheWrongShapeIsReportedAtThatField() {
        Gen<String> wrong = Generate.pick(List.of(
                "[]",
                "{}",
                "\"Wrong Value\"",
                "-1",
                "true",
                "null",
                "1.5",
                "[null]",
                "{\"a\":1}",
                "\"\"",
                "123456789012345678901234567890"));
        qt().withExamples(500)
                .forAll(samples(), integers().between(0, 1000), wrong)
                .checkAssert((s, pick, value) -> {
                    ObjectNode tree = (ObjectNode) tree(s.json());
                    List<String> fields = new ArrayList<>();
                    tree.fieldNames().forEachRemaining(fields::add);
                    String field = fields.get(pick % fields.size());
                    JsonNode replacement = tree(value);
                    tree.set(field, replacement);
                    String json = text(tree);
                    HiringException e = readError(json, s.type(), false);
                    if (e instanceof HiringParseException p) {
                        // a value of the wrong shape is reported at the field itself
                        assertThat(p.path()).as("%s for %s=%s", e, field, value).startsWith("$." + field);
                    } else if (e instanceof InvalidHiringDataException ide) {
                        // a well-formed but invalid value breaks a rule of the field or one relating it to others
                        assertThat(ide.violations())
                                .allSatisfy(v -> assertThat(v.path()).startsWith("$."));
                    }
                });
    }

    @Test
    void anUnknownFieldIsAParseErrorNamingIt() {
        // a generated name that is already a field is no unknown field: such examples are left out (QuickTheories
        // fails the test if too few remain)
        qt().forAll(samples(), CoreGens.ids())
                .assuming((s, name) -> !tree(s.json()).has("x" + name))
                .checkAssert((s, name) -> {
                    ObjectNode tree = (ObjectNode) tree(s.json());
                    tree.put("x" + name, 1);
                    HiringException e = readError(text(tree), s.type(), false);
                    assertThat(e).isInstanceOfSatisfying(HiringParseException.class, p -> {
                        assertThat(p.path()).isEqualTo("$.x" + name);
                        assertThat(p.getMessage()).contains("unknown field");
                    });
                });
    }

    @Test
    void trailingContentIsAParseError() {
        qt().forAll(samples(), Generate.pick(List.of("{}", "x", "1", "[", "]", "null", ",", "\"a\"")))
                .checkAssert((s, tail) -> {
                    HiringException e = readError(s.json() + "\n" + tail, s.type(), false);
                    assertThat(e)
                            .isInstanceOfSatisfying(
                                    HiringParseException.class,
                                    p -> assertThat(p.line())
                                            .isEqualTo((int) s.json().lines().count() + 1));
                });
    }
}
