package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hiring.core.json.HiringJson;
import dev.hiring.core.validation.HiringValidator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guide's policies as checked by {@link HiringValidator}: paths and English messages. */
class HiringValidatorTest {
    private static final String M = CoreGens.MARKER;

    /** A role that meets every policy; its free texts all hold the marker. */
    static Role goodRole() {
        return Role.builder()
                .title(M + " Senior Backend Engineer")
                .seniority(Seniority.SENIOR)
                .summary(M + " summary")
                .addResponsibilities(M + " APIs", M + " performance", M + " data")
                .addSkills(SkillRequirement.builder()
                        .skill(M + " Go")
                        .importance(Importance.REQUIRED)
                        .experience(M + " operated a service at 5k rps")
                        .years(5)
                        .addKeywords("Go", "Golang")
                        .build())
                .addSkills(SkillRequirement.niceToHave(M + " Kafka"))
                .addOutcomes(M + " p95 < 100 ms at 10k rps")
                .team(Team.of(8, M + " 6 backend engineers", M + " Engineering Manager"))
                .workArrangement(WorkArrangement.builder()
                        .mode(WorkMode.REMOTE)
                        .addTimeZones("CET")
                        .build())
                .compensation(CompensationBand.of("EUR", 85_000, 105_000, PayPeriod.YEAR))
                .process(
                        InterviewProcess.of(HiringGuides.seniorBackendEngineer().screeningStages())
                                .withExpectedDuration(Duration.ofDays(21)))
                .build();
    }

    /** A record-style accessor, as on every SDK value type, and a JavaBean getter, each with a constraint. */
    static final class BothStyles {
        @jakarta.validation.constraints.Min(1)
        public int size() {
            return 0;
        }

        @jakarta.validation.constraints.NotBlank
        public String getName() {
            return " ";
        }

        /** Not an accessor: it takes an argument, so its constraint is not checked as a property. */
        @jakarta.validation.constraints.Min(1)
        public int size(int factor) {
            return factor;
        }
    }

    @Test
    void constraintsOnRecordStyleAccessorsAndJavaBeanGettersAreBothReported() {
        assertThat(HiringValidator.violations(new BothStyles()))
                .extracting(Violation::path)
                .containsExactly("name", "size");
        // on a value type: the accessor responsibilities() carries @Size(min = 3, max = 5)
        Role two = ((ImmutableRole) ImmutableRole.copyOf(goodRole())).withResponsibilities("a", "b");
        assertThat(HiringValidator.violations(two)).extracting(Violation::path).containsExactly("responsibilities");
    }

    @Test
    void aGoodRoleHasNoViolation() {
        assertThat(HiringValidator.violations(goodRole())).isEmpty();
        assertThat(HiringValidator.validate(goodRole())).isEqualTo(goodRole());
    }

    @Test
    void twoResponsibilities() {
        Role r = ((ImmutableRole) ImmutableRole.copyOf(goodRole())).withResponsibilities(M + " a", M + " b");
        assertThat(HiringValidator.violations(r))
                .containsExactly(new Violation("responsibilities", "must list 3 to 5 core responsibilities"));
    }

    @Test
    void sixResponsibilities() {
        Role r = ((ImmutableRole) ImmutableRole.copyOf(goodRole())).withResponsibilities("a", "b", "c", "d", "e", "f");
        assertThat(HiringValidator.violations(r))
                .containsExactly(new Violation("responsibilities", "must list 3 to 5 core responsibilities"));
    }

    @Test
    void yearsWithoutExperience() {
        Role r = ((ImmutableRole) ImmutableRole.copyOf(goodRole()))
                .withSkills(
                        SkillRequirement.builder()
                                .skill(M + " Go")
                                .importance(Importance.REQUIRED)
                                .years(7)
                                .build(),
                        SkillRequirement.niceToHave(M + " Kafka"));
        assertThat(HiringValidator.violations(r))
                .containsExactly(new Violation(
                        "skills[0].yearsNotSoleFilter",
                        "years must come with impact-oriented experience, not as the sole filter"));
    }

    @Test
    void remoteWithoutTimeZone() {
        Role r = goodRole().withWorkArrangement(WorkArrangement.of(WorkMode.REMOTE));
        assertThat(HiringValidator.violations(r))
                .containsExactly(new Violation(
                        "workArrangement.timeZoneStated",
                        "a remote or hybrid role must state time zones or overlap hours"));
        Role hybrid = goodRole().withWorkArrangement(WorkArrangement.of(WorkMode.HYBRID, M + " Berlin"));
        assertThat(HiringValidator.violations(hybrid))
                .extracting(Violation::path)
                .containsExactly("workArrangement.timeZoneStated");
        Role overlap = goodRole()
                .withWorkArrangement(WorkArrangement.builder()
                        .mode(WorkMode.REMOTE)
                        .overlapHours(4)
                        .build());
        assertThat(HiringValidator.violations(overlap)).isEmpty();
        Role onsite = goodRole().withWorkArrangement(WorkArrangement.of(WorkMode.ONSITE, "Berlin"));
        assertThat(HiringValidator.violations(onsite)).isEmpty();
    }

    @Test
    void everyPolicyAtOnceIsSortedByPathAndNeverEchoesText() {
        Role draft = Role.builder()
                .title(M)
                .seniority(Seniority.SENIOR)
                .summary(M)
                .addResponsibilities(M)
                .addSkills(SkillRequirement.builder()
                        .skill(M)
                        .importance(Importance.REQUIRED)
                        .years(3)
                        .build())
                .workArrangement(WorkArrangement.of(WorkMode.HYBRID, M))
                .process(InterviewProcess.of(
                        InterviewStage.builder().kind(StageKind.LOOP).name(M).build()))
                .build();
        List<Violation> v = HiringValidator.violations(draft);
        assertThat(v)
                .extracting(Violation::path)
                .containsExactly(
                        "compensationStated",
                        "outcomes",
                        "processStated",
                        "responsibilities",
                        "skillsSplit",
                        "skills[0].yearsNotSoleFilter",
                        "teamStated",
                        "workArrangement.timeZoneStated");
        assertThat(v).allSatisfy(x -> assertThat(x.message()).doesNotContain(M));
        assertThatThrownBy(() -> HiringValidator.validate(draft))
                .isInstanceOfSatisfying(InvalidHiringDataException.class, e -> {
                    assertThat(e.violations()).isEqualTo(v);
                    assertThat(e.getMessage()).startsWith("Invalid Role: ").doesNotContain(M);
                });
        // through JSON the same violations are rooted at the document
        assertThatThrownBy(() -> HiringJson.read(HiringJson.write(draft), Role.class))
                .isInstanceOfSatisfying(InvalidHiringDataException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::path)
                            .containsExactlyElementsOf(
                                    v.stream().map(x -> "$." + x.path()).toList());
                    assertThat(e.getMessage()).doesNotContain(M);
                });
        // the draft itself is fine for readUnvalidated
        assertThat(HiringJson.readUnvalidated(HiringJson.write(draft), Role.class))
                .isEqualTo(draft);
    }

    @Test
    void nullIsAProgrammingError() {
        assertThatThrownBy(() -> HiringValidator.violations(nullValue())).isInstanceOf(NullPointerException.class);
    }

    @SuppressWarnings("NullAway")
    private static Object nullValue() {
        return null;
    }
}
