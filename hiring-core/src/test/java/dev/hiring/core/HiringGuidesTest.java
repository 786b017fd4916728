package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.core.json.HiringJson;
import org.junit.jupiter.api.Test;

class HiringGuidesTest {
    @Test
    void seniorBackendGuideHasEverySectionOfTheSeed() {
        HiringGuide g = HiringGuides.seniorBackendEngineer();
        assertThat(g.getCoreSkills()).hasSize(10);
        assertThat(g.getSoftSkills()).hasSize(5);
        assertThat(g.getRubricCriteria()).hasSize(5);
        assertThat(g.getRejectionReasons()).hasSize(6);
        assertThat(g.getRedFlags()).hasSize(5);
        assertThat(g.getInterviewQuestions()).hasSize(5);
        assertThat(g.getScreeningStages()).hasSize(7);
        assertThat(g.getSourcingChannels()).hasSize(7);
        assertThat(g.getSellingPoints()).hasSize(5);
        assertThat(g.getJdGuidelines()).hasSize(5);
        assertThat(g.getRatingScale().getLevels())
                .extracting(RatingLevel::getId)
                .containsExactly("below", "meets", "exceeds");
        assertThat(g.getMinInterviewersPerRubric()).isEqualTo(2);
        assertThat(g.getOnboardingPlan().getGoalDays()).containsExactly(30, 60, 90);
    }

    @Test
    void guideRoundTripsThroughJson() {
        HiringGuide g = HiringGuides.seniorBackendEngineer();
        String json = HiringJson.write(g);
        assertThat(HiringJson.read(json, HiringGuide.class)).isEqualTo(g);
    }
}
