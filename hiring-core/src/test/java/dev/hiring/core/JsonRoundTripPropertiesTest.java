package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.hiring.core.json.HiringJson;
import dev.hiring.core.validation.HiringValidator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every value type survives {@code HiringJson.write} then {@code read}/{@code readUnvalidated} unchanged. */
class JsonRoundTripPropertiesTest {
    private static <T> void roundTrips(Gen<T> gen, Class<T> type) {
        qt().forAll(gen).checkAssert(x -> {
            String json = HiringJson.write(x);
            T back = HiringJson.readUnvalidated(json, type);
            assertThat(back).isEqualTo(x);
            assertThat(back.hashCode()).isEqualTo(x.hashCode());
            // writing is deterministic
            assertThat(HiringJson.write(back)).isEqualTo(json);
            // values without policy violations also pass the validating reader
            if (HiringValidator.violations(x).isEmpty()) {
                assertThat(HiringJson.read(json, type)).isEqualTo(x);
            }
        });
    }

    @Test
    void skill() {
        roundTrips(CoreGens.skills(), Skill.class);
    }

    @Test
    void skillRequirement() {
        roundTrips(CoreGens.skillRequirements(), SkillRequirement.class);
    }

    @Test
    void team() {
        roundTrips(CoreGens.teams(), Team.class);
    }

    @Test
    void workArrangement() {
        roundTrips(CoreGens.workArrangements(), WorkArrangement.class);
    }

    @Test
    void compensationBand() {
        roundTrips(CoreGens.compensationBands(), CompensationBand.class);
    }

    @Test
    void interviewStage() {
        roundTrips(CoreGens.interviewStages(), InterviewStage.class);
    }

    @Test
    void interviewProcess() {
        roundTrips(CoreGens.interviewProcesses(), InterviewProcess.class);
    }

    @Test
    void interviewQuestion() {
        roundTrips(CoreGens.interviewQuestions(), InterviewQuestion.class);
    }

    @Test
    void ratingLevel() {
        roundTrips(CoreGens.ratingLevels(), RatingLevel.class);
    }

    @Test
    void ratingScale() {
        roundTrips(CoreGens.ratingScales(), RatingScale.class);
    }

    @Test
    void rubricCriterion() {
        roundTrips(CoreGens.rubricCriteria(), RubricCriterion.class);
    }

    @Test
    void rejectionReason() {
        roundTrips(CoreGens.rejectionReasons(), RejectionReason.class);
    }

    @Test
    void redFlag() {
        roundTrips(CoreGens.redFlags(), RedFlag.class);
    }

    @Test
    void sourcingChannel() {
        roundTrips(CoreGens.sourcingChannels(), SourcingChannel.class);
    }

    @Test
    void criterionFloor() {
        roundTrips(CoreGens.criterionFloors(), CriterionFloor.class);
    }

    @Test
    void loopSize() {
        roundTrips(CoreGens.loopSizes(), LoopSize.class);
    }

    @Test
    void stageDuration() {
        roundTrips(CoreGens.stageDurations(), StageDuration.class);
    }

    @Test
    void sellingPoint() {
        roundTrips(CoreGens.sellingPoints(), SellingPoint.class);
    }

    @Test
    void onboardingPhase() {
        roundTrips(CoreGens.onboardingPhases(), OnboardingPhase.class);
    }

    @Test
    void onboardingPlan() {
        roundTrips(CoreGens.onboardingPlans(), OnboardingPlan.class);
    }

    @Test
    void jdGuideline() {
        roundTrips(CoreGens.jdGuidelines(), JdGuideline.class);
    }

    @Test
    void role() {
        roundTrips(CoreGens.roles(), Role.class);
    }

    @Test
    void validRoleThroughTheValidatingReader() {
        qt().forAll(CoreGens.validRoles())
                .check(r -> HiringJson.read(HiringJson.write(r), Role.class).equals(r));
    }

    @Test
    void hiringGuide() {
        roundTrips(CoreGens.hiringGuides(), HiringGuide.class);
    }

    @Test
    void booleanQuery() {
        roundTrips(CoreGens.booleanQueries(), BooleanQuery.class);
    }

    @Test
    void readingUtf8BytesEqualsReadingText() {
        qt().forAll(CoreGens.hiringGuides()).checkAssert(g -> {
            byte[] bytes = HiringJson.write(g).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(HiringJson.read(new java.io.ByteArrayInputStream(bytes), HiringGuide.class))
                    .isEqualTo(g);
        });
    }

    @Test
    void enumsAreWrittenByName() {
        qt().forAll(CoreGens.interviewStages())
                .checkAssert(s ->
                        assertThat(HiringJson.write(s)).contains("\"" + s.kind().name() + "\""));
    }
}
