package dev.hiring.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.HiringGuide;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.HiringParseException;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.RatingScale;
import dev.hiring.core.Team;
import dev.hiring.core.Violation;
import dev.hiring.core.jackson.HiringJackson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hardening of {@link HiringJson}: every attack gives a typed error with a position or a JSON path. */
class HiringJsonTest {
    private static final String TEAM = "{\"size\":3,\"composition\":\"c\",\"reportingLine\":\"r\"}";

    private static HiringParseException parseError(String json, Class<?> type) {
        try {
            HiringJson.read(json, type);
        } catch (HiringParseException e) {
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            return e;
        }
        throw new AssertionError("no parse error for " + json);
    }

    @Test
    void aValidDocumentReads() {
        assertThat(HiringJson.read(TEAM, Team.class)).isEqualTo(Team.of(3, "c", "r"));
    }

    @Test
    void nestingDeeperThan200() {
        String deep = "[".repeat(HiringJson.MAX_NESTING_DEPTH + 1) + "]".repeat(HiringJson.MAX_NESTING_DEPTH + 1);
        HiringParseException e = assertThatThrownByParse(() -> HiringJson.readUnvalidated(deep, JsonNode.class));
        assertThat(e.getMessage()).contains("size limit");
        // at exactly the limit the same document is accepted
        String ok = "[".repeat(HiringJson.MAX_NESTING_DEPTH) + "]".repeat(HiringJson.MAX_NESTING_DEPTH);
        assertThat(HiringJson.readUnvalidated(ok, JsonNode.class)).isNotNull();
        // into a value type, deep nesting is a typed error too
        parseError("{\"size\":" + "[".repeat(300) + "]".repeat(300) + "}", Team.class);
    }

    @Test
    void aNumberOf101Digits() {
        HiringParseException e = parseError(
                "{\"size\":" + "1".repeat(101) + ",\"composition\":\"c\",\"reportingLine\":\"r\"}", Team.class);
        assertThat(e.getMessage()).contains("size limit");
        // 100 digits are read, and then rejected as a value too large for an int
        assertThatThrownBy(() -> HiringJson.read(
                        "{\"size\":" + "1".repeat(100) + ",\"composition\":\"c\",\"reportingLine\":\"r\"}", Team.class))
                .isInstanceOf(HiringParseException.class);
    }

    @Test
    void duplicateKeys() {
        HiringParseException e =
                parseError("{\"size\":3,\"size\":4,\"composition\":\"c\",\"reportingLine\":\"r\"}", Team.class);
        assertThat(e.getMessage()).startsWith("duplicate field");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(17);
        assertThat(HiringJson.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
                .isTrue();
    }

    @Test
    void trailingTokens() {
        for (String tail : List.of(" {}", " 1", " x", "]", " null")) {
            HiringParseException e = parseError(TEAM + tail, Team.class);
            assertThat(e.path()).isEqualTo("$");
        }
        assertThat(parseError(TEAM + "\n{}", Team.class).getMessage())
                .startsWith("unexpected content after the JSON value")
                .contains("line 2, column 1");
    }

    @Test
    void unknownFields() {
        HiringParseException e =
                parseError("{\"size\":3,\"composition\":\"c\",\n \"colour\":1,\"reportingLine\":\"r\"}", Team.class);
        assertThat(e.getMessage()).startsWith("unknown field 'colour'");
        assertThat(e.path()).isEqualTo("$.colour");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void wrongTypesNullsAndEmptyDocuments() {
        assertThat(parseError("{\"size\":\"3\",\"composition\":\"c\",\"reportingLine\":\"r\"}", Team.class)
                        .path())
                .isEqualTo("$.size");
        assertThat(parseError("{\"size\":null,\"composition\":\"c\",\"reportingLine\":\"r\"}", Team.class)
                        .path())
                .isEqualTo("$.size");
        assertThat(parseError("{\"size\":3.5,\"composition\":\"c\",\"reportingLine\":\"r\"}", Team.class)
                        .path())
                .isEqualTo("$.size");
        assertThat(parseError("[]", Team.class).getMessage()).startsWith("expected a value of type Team");
        assertThat(parseError("null", Team.class).getMessage()).startsWith("expected a value of type Team");
        HiringParseException indentedNull = parseError("\n  null", Team.class);
        assertThat(indentedNull.line()).isEqualTo(2);
        assertThat(indentedNull.column()).isEqualTo(3);
        assertThat(parseError("", Team.class).getMessage()).startsWith("JSON input is empty");
        assertThat(parseError("  \n ", Team.class).line()).isEqualTo(2);
        assertThat(parseError("{\"size\":3,", Team.class).getMessage()).startsWith("malformed JSON");
        HiringParseException bytes = assertThatThrownByParse(() ->
                HiringJson.read(new ByteArrayInputStream(new byte[] {'{', (byte) 0xC3, '}'}), Team.class));
        assertThat(bytes.getMessage()).startsWith("invalid UTF-8");
    }

    /** A number or boolean is not a string, and an instant is ISO-8601 text, never epoch seconds. */
    @Test
    void noScalarCoercionAndNoEpochInstants() {
        for (String v : List.of("5", "2.5", "true")) {
            HiringParseException e =
                    parseError("{\"size\":3,\"composition\":" + v + ",\"reportingLine\":\"r\"}", Team.class);
            assertThat(e.path()).isEqualTo("$.composition");
            assertThat(e.getMessage()).startsWith("expected a JSON string");
        }
        assertThat(HiringJson.readUnvalidated("\"2026-11-04T09:00:00Z\"", java.time.Instant.class))
                .isEqualTo(java.time.Instant.parse("2026-11-04T09:00:00Z"));
        for (String v : List.of("1793613600", "1793613600.5", "true")) {
            assertThatThrownBy(() -> HiringJson.readUnvalidated(v, java.time.Instant.class))
                    .isInstanceOf(HiringParseException.class)
                    .hasMessageStartingWith("expected a value of type Instant");
        }
    }

    /** An unknown enum value names the valid values as they are written in JSON. */
    @Test
    void unknownEnumValuesListTheValidOnes() {
        HiringParseException e = assertThatThrownByParse(() -> HiringJson.readUnvalidated(
                "{\"s\": \"CRITICAL\"}",
                com.fasterxml.jackson.databind.type.TypeFactory.defaultInstance()
                        .constructMapType(java.util.Map.class, String.class, dev.hiring.core.StageKind.class)));
        assertThat(e.path()).isEqualTo("$.s");
        assertThat(e.getMessage())
                .contains("expected one of RESUME_SCREEN, RECRUITER_SCREEN")
                .doesNotContain("CRITICAL");
    }

    @Test
    void bytesMustBeStrictUtf8() {
        byte[] latin1 = "{\"size\":3,\"composition\":\"Jos\u00e9\",\"reportingLine\":\"r\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        HiringParseException e =
                assertThatThrownByParse(() -> HiringJson.read(new ByteArrayInputStream(latin1), Team.class));
        assertThat(e.getMessage()).startsWith("invalid UTF-8");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(29);
        byte[] utf8 =
                "{\"size\":3,\"composition\":\"Jos\u00e9\",\"reportingLine\":\"r\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(HiringJson.read(new ByteArrayInputStream(utf8), Team.class).composition())
                .isEqualTo("Jos\u00e9");
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(HiringJson.read(new ByteArrayInputStream(bom), Team.class).composition())
                .isEqualTo("Jos\u00e9");
        byte[] lone = "{\"size\":3,\n\"composition\":\"\ud800\",\"reportingLine\":\"r\"}"
                .getBytes(StandardCharsets.UTF_8); // encodes the lone surrogate as '?'
        assertThat(HiringJson.read(new ByteArrayInputStream(lone), Team.class).composition())
                .isEqualTo("?");
        byte[] cesu = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
        assertThat(assertThatThrownByParse(() -> HiringJson.read(new ByteArrayInputStream(cesu), Team.class))
                        .getMessage())
                .startsWith("invalid UTF-8");
    }

    @Test
    void invalidDataHasJsonPaths() {
        assertThatThrownBy(
                        () -> HiringJson.read("{\"size\":0,\"composition\":\" \",\"reportingLine\":\"r\"}", Team.class))
                .isInstanceOfSatisfying(
                        InvalidHiringDataException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("$.size", "$.composition"));
        assertThatThrownBy(() -> HiringJson.read("{\"size\":1,\"composition\":\"c\"}", Team.class))
                .isInstanceOfSatisfying(
                        InvalidHiringDataException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation("$.reportingLine", "must be set")));
        String scale =
                "{\"levels\":[{\"id\":\"a\",\"label\":\"A\",\"value\":1},{\"id\":\"b\",\"label\":\"B\",\"value\":1}]}";
        assertThatThrownBy(() -> HiringJson.read(scale, RatingScale.class))
                .isInstanceOfSatisfying(
                        InvalidHiringDataException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("$.levels", "$.levels[1].value"));
        String badLevel =
                "{\"levels\":[{\"id\":\"a\",\"label\":\"A\",\"value\":1},{\"id\":\"B\",\"label\":\"B\",\"value\":2}]}";
        assertThatThrownBy(() -> HiringJson.read(badLevel, RatingScale.class))
                .isInstanceOfSatisfying(
                        InvalidHiringDataException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("$.levels[1].id"));
    }

    @Test
    void translateTurnsJacksonErrorsIntoTypedErrors() {
        try {
            HiringJackson.mapper().readValue("{\"size\":\"x\"}", Team.class);
            throw new AssertionError("Jackson accepted a bad size");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            assertThat(HiringJackson.translate(e, "Team")).isInstanceOfSatisfying(HiringParseException.class, p -> {
                assertThat(p.path()).isEqualTo("$.size");
                assertThat(p.line()).isEqualTo(1);
                assertThat(p.getCause()).isNull();
            });
        }
        try {
            HiringJackson.mapper().readValue("{\"size\":0,\"composition\":\"c\",\"reportingLine\":\"r\"}", Team.class);
            throw new AssertionError("Jackson accepted size 0");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            assertThat(HiringJackson.translate(e, "Team"))
                    .isInstanceOfSatisfying(
                            InvalidHiringDataException.class,
                            i -> assertThat(i.violations())
                                    .extracting(Violation::path)
                                    .containsExactly("$.size"));
        }
    }

    @Test
    void jacksonMessagesDoNotQuoteTheSource() {
        assertThat(HiringJackson.mapper()
                        .getFactory()
                        .isEnabled(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION))
                .isFalse();
    }

    @Test
    void writingIsDeterministicAndPretty() {
        HiringGuide g = HiringGuides.seniorBackendEngineer();
        String json = HiringJson.write(g);
        assertThat(HiringJson.write(HiringJson.read(json, HiringGuide.class))).isEqualTo(json);
        assertThat(json).startsWith("{\n  \"id\" : \"senior-backend-engineer\",");
        assertThat(json).contains("\"duration\" : \"PT30M\"").doesNotContain("\"name\" : null");
    }

    private static HiringParseException assertThatThrownByParse(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable c) {
        try {
            c.call();
        } catch (HiringParseException e) {
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            return e;
        } catch (Throwable t) {
            throw new AssertionError("expected HiringParseException, got " + t, t);
        }
        throw new AssertionError("expected HiringParseException, nothing thrown");
    }
}
