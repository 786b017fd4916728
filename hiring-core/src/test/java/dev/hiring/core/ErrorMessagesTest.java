package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.hiring.core.check.GuideFinding;
import dev.hiring.core.check.ProcessChecks;
import dev.hiring.core.json.HiringJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * No error message, at any depth of the cause chain, quotes the free text (titles, descriptions, names, notes-like
 * texts) of the value that failed: a marker planted in every free-text field never appears. Every reachable kind of
 * error is tried.
 */
class ErrorMessagesTest {
    private static final String M = CoreGens.MARKER;

    /** Runs {@code action}, which must throw a {@link HiringException}; returns it after checking the chain. */
    static HiringException error(Executable action) {
        try {
            action.execute();
        } catch (HiringException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(M);
                assertThat(t.toString()).doesNotContain(M);
            }
            if (e instanceof InvalidHiringDataException ide) {
                assertThat(ide.violations()).allSatisfy(v -> {
                    assertThat(v.path()).doesNotContain(M);
                    assertThat(v.message()).doesNotContain(M);
                });
            }
            return e;
        } catch (Throwable t) {
            fail("expected a HiringException but got " + t, t);
        }
        return fail("expected a HiringException, nothing was thrown");
    }

    @Test
    void valueTypeFactories() {
        List<Executable> actions = List.of(
                () -> Skill.of("Bad Id", M, SkillCategory.TECHNICAL, " "),
                () -> Skill.builder()
                        .id("x")
                        .name(M)
                        .category(SkillCategory.SOFT)
                        .description(M)
                        .addEvidence(M, " ")
                        .addSourcingKeywords("")
                        .build(),
                () -> Skill.builder().id("x").name(M).build(),
                () -> SkillRequirement.builder()
                        .skill(M)
                        .importance(Importance.REQUIRED)
                        .experience(" ")
                        .years(99)
                        .skillId("Not An Id")
                        .build(),
                () -> Team.of(0, M, " "),
                () -> WorkArrangement.builder()
                        .mode(WorkMode.ONSITE)
                        .overlapHours(30)
                        .addTimeZones(M, "")
                        .build(),
                () -> CompensationBand.of("EUR", BigDecimal.valueOf(9), BigDecimal.valueOf(3), PayPeriod.YEAR),
                () -> InterviewStage.builder()
                        .kind(StageKind.TAKE_HOME)
                        .name(M)
                        .duration(Duration.ofHours(6))
                        .maxDuration(Duration.ofHours(3))
                        .deadline(Duration.ofDays(-1))
                        .addFocus(M, " ")
                        .interviewCount(0)
                        .build(),
                () -> InterviewProcess.of(List.of()),
                () -> InterviewQuestion.builder()
                        .id("q")
                        .prompt(M)
                        .addLookFor(" ")
                        .build(),
                () -> RatingLevel.of("ok", M, 101),
                () -> RatingScale.of(RatingLevel.of("a", M, 1), RatingLevel.of("b", M, 1)),
                () -> RubricCriterion.builder()
                        .id("c")
                        .name(M)
                        .description(M)
                        .weight(-1)
                        .putDescriptors("meets", " ")
                        .build(),
                () -> RejectionReason.of("BAD", M, " "),
                () -> RedFlag.of("bad flag", M, ""),
                () -> SourcingChannel.of("", M, M.substring(0, 0)),
                () -> SellingPoint.of("ok", " ", M),
                () -> OnboardingPhase.builder()
                        .id("p")
                        .title(M)
                        .startDay(10)
                        .endDay(5)
                        .addActivities(M)
                        .build(),
                () -> OnboardingPlan.builder()
                        .addGoalDays(60, 30)
                        .addPractices(M, " ")
                        .build(),
                () -> JdGuideline.of("j", M, " "),
                () -> Role.builder()
                        .title(" ")
                        .seniority(Seniority.SENIOR)
                        .summary(M)
                        .addResponsibilities(M, "")
                        .workArrangement(WorkArrangement.of(WorkMode.REMOTE))
                        .build(),
                () -> HiringValidatorTest.goodRole().withTitle(""),
                () -> BooleanQuery.of(List.of(List.of(M, " " + M))),
                () -> BooleanQuery.forRole(((ImmutableRole) ImmutableRole.copyOf(HiringValidatorTest.goodRole()))
                        .withSkills(SkillRequirement.required(M))));
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            int index = i;
            try {
                error(actions.get(i));
            } catch (AssertionError e) {
                failed.add(index + ": " + e.getMessage());
            }
        }
        assertThat(failed).isEmpty();
    }

    @Test
    void builderNullsAndMissingAttributesNameTheField() {
        InvalidHiringDataException nul =
                (InvalidHiringDataException) error(() -> Skill.builder().name(nullString()));
        assertThat(nul.violations()).containsExactly(new Violation("name", "must not be null"));
        InvalidHiringDataException element =
                (InvalidHiringDataException) error(() -> Skill.builder().addEvidence(nullString()));
        assertThat(element.violations()).containsExactly(new Violation("evidence", "must not contain null"));
        InvalidHiringDataException missing = (InvalidHiringDataException)
                error(() -> Skill.builder().id("x").name(M).build());
        assertThat(missing.violations())
                .containsExactly(new Violation("category", "must be set"), new Violation("description", "must be set"));
        InvalidHiringDataException value = (InvalidHiringDataException)
                error(() -> RubricCriterion.builder().putDescriptors("meets", nullString()));
        assertThat(value.violations()).extracting(Violation::path).containsExactly("descriptors");
    }

    /**
     * Setting an attribute twice on a (strict) builder is a programming error, not bad data; the generated builders
     * report it with an IllegalStateException, as Immutables' strict builders do.
     */
    @Test
    void settingAnAttributeTwiceIsAProgrammingError() {
        assertThatThrownBy(() -> Skill.builder().id("a").id("b"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("id");
    }

    @SuppressWarnings("NullAway")
    private static String nullString() {
        return null;
    }

    @Test
    void jsonErrors() {
        String role = HiringJson.write(HiringValidatorTest.goodRole());
        List<String> bad = List.of(
                role.substring(0, role.length() / 2),
                role.replace("\"SENIOR\"", "\"" + M + "\""),
                role.replace(
                        "\"seniority\" : \"SENIOR\"", "\"seniority\" : \"SENIOR\", \"" + "x" + "\" : \"" + M + "\""),
                role.replace("\"size\" : 8", "\"size\" : \"" + M + "\""),
                role.replace("\"size\" : 8", "\"size\" : [ \"" + M + "\" ]"),
                role.replace("\"size\" : 8", "\"size\" : 8.5"),
                role.replace("\"currency\" : \"EUR\"", "\"currency\" : \"" + M + "\""),
                role.replace("\"min\" : 85000", "\"min\" : \"" + M + "\""),
                role.replace("\"PT30M\"", "\"" + M + "\""),
                role.replace("\"mode\" : \"REMOTE\"", "\"mode\" : \"" + M + "\""),
                role.replace("\"seniority\" : \"SENIOR\"", "\"seniority\" : \"SENIOR\", \"seniority\" : \"" + M + "\""),
                role + " \"" + M + "\"",
                role + " " + M,
                role.replace(M + " summary\"", M + " summary"),
                role.replace(M + " summary\"", M + " summary\\q\""),
                role.replace("\"summary\" :", "\"summary\" " + M),
                role.replace("\"title\" : \"" + M, "\"title\" : \" \", \"x" + "\" : \"" + M),
                role.replace("\"responsibilities\" : [", "\"responsibilities\" : [ null, "),
                role.replace("\"responsibilities\" : [", "\"responsibilities\" : [ \" \", "),
                role.replace("\"title\" : \"" + M, "\"title\" : [ \"" + M + "\" ], \"y\" : \"" + M),
                "[ \"" + M + "\" ]",
                "\"" + M + "\"",
                "null",
                "   ",
                "{ \"title\" : \"" + M + "\" }",
                "{ \"title\" : \"" + M + "\", \"n\" : " + "9".repeat(101) + " }",
                "{ \"title\" : \"" + M + "\", " + "\"a\":[".repeat(250) + "]".repeat(250) + "}");
        for (String json : bad) {
            error(() -> HiringJson.read(json, Role.class));
            error(() -> HiringJson.readUnvalidated(json, Role.class));
            error(() -> HiringJson.read(stream(json), Role.class));
        }
        byte[] invalidUtf8 = ("{ \"title\" : \"" + M + "\u00ff\" }").getBytes(StandardCharsets.ISO_8859_1);
        error(() -> HiringJson.read(new ByteArrayInputStream(invalidUtf8), Role.class));
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void booleanQueryParseErrors() {
        for (String q : List.of(
                M + " " + M,
                "\"" + M,
                "(" + M,
                M + " AND",
                M + " OR " + M,
                "(" + M + " " + M + ")",
                M + " AND \"" + M + "\\",
                M + " AND NOT",
                M.repeat(2000))) {
            HiringException e = error(() -> BooleanQuery.parse(q));
            assertThat(e)
                    .isInstanceOfSatisfying(
                            HiringParseException.class,
                            p -> assertThat(p.column()).isPositive());
        }
    }

    @Test
    void otherParsers() {
        error(() -> Severity.parse(M));
        assertThat(HiringGuides.seniorBackendEngineer().ratingScale().parseLevel(M))
                .isEmpty();
    }

    @Test
    void processFindingsDoNotQuoteStageTexts() {
        InterviewProcess p = InterviewProcess.of(
                InterviewStage.builder()
                        .kind(StageKind.LOOP)
                        .name(M)
                        .interviewCount(9)
                        .addFocus(M)
                        .build(),
                InterviewStage.builder()
                        .kind(StageKind.RECRUITER_SCREEN)
                        .name(M)
                        .duration(Duration.ofHours(2))
                        .build(),
                InterviewStage.builder().kind(StageKind.TAKE_HOME).name(M).build());
        List<GuideFinding> findings = ProcessChecks.check(p, dev.hiring.core.HiringGuides.seniorBackendEngineer());
        assertThat(findings).hasSizeGreaterThan(4);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.message()).doesNotContain(M);
            assertThat(f.path()).doesNotContain(M);
        });
    }
}
