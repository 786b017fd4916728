package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.core.check.GuideFinding;
import dev.hiring.core.check.ProcessChecks;
import dev.hiring.core.json.HiringJson;
import dev.hiring.core.validation.HiringValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The built-in Senior Backend Engineer guide against the seed guide it was taken from. */
class HiringGuidesTest {
    private final HiringGuide g = HiringGuides.seniorBackendEngineer();

    @Test
    void seniorBackendGuideHasEverySectionOfTheSeed() {
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
    void guideResourceReadsTheSameWithTheSdkJsonConfiguration() throws IOException {
        try (var in = HiringGuides.class.getResourceAsStream("/dev/hiring/core/guides/senior-backend-engineer.json")) {
            assertThat(in).isNotNull();
            assertThat(HiringJson.read(in, HiringGuide.class)).isEqualTo(g);
        }
    }

    @Test
    void guideRoundTripsThroughJson() {
        String json = HiringJson.write(g);
        assertThat(HiringJson.read(json, HiringGuide.class)).isEqualTo(g);
    }

    @Test
    void guideIsValidAndFoundById() {
        assertThat(HiringValidator.violations(g)).isEmpty();
        assertThat(g.getId()).isEqualTo(HiringGuides.SENIOR_BACKEND_ENGINEER);
        assertThat(HiringGuides.byId(HiringGuides.SENIOR_BACKEND_ENGINEER)).contains(g);
        assertThat(HiringGuides.byId("no-such-guide")).isEmpty();
        assertThat(HiringGuides.all()).containsExactly(g);
        assertThat(HiringGuides.seniorBackendEngineer()).isSameAs(g);
        assertThat(g.getSeniority()).isEqualTo(Seniority.SENIOR);
    }

    @Test
    void skillsHaveTheSeedsNamesAndCategories() {
        assertThat(g.getCoreSkills())
                .extracting(Skill::getName)
                .containsExactly(
                        "Language & Ecosystem",
                        "System Design",
                        "APIs & Integration",
                        "Databases & Storage",
                        "Performance & Scaling",
                        "Reliability & Observability",
                        "Security & Compliance",
                        "Testing & CI/CD",
                        "Distributed Systems Knowledge",
                        "Data Modeling & ETL");
        assertThat(g.getCoreSkills()).allMatch(s -> s.getCategory() == SkillCategory.TECHNICAL);
        assertThat(g.getSoftSkills())
                .extracting(Skill::getName)
                .containsExactly(
                        "Technical Leadership",
                        "Collaboration",
                        "Ownership & Accountability",
                        "Communication",
                        "Problem Solving");
        assertThat(g.getSoftSkills()).allMatch(s -> s.getCategory() == SkillCategory.SOFT);
        assertThat(g.getCoreSkills().get(0).getSourcingKeywords()).contains("Go", "Golang");
    }

    @Test
    void rubricCriteriaHaveExceedsAndMeetsDescriptorsAndWeights() {
        assertThat(g.getRubricCriteria())
                .extracting(RubricCriterion::getId)
                .containsExactly(
                        "system-design",
                        "coding-and-apis",
                        "reliability-and-ops",
                        "collaboration-and-leadership",
                        "security-and-data");
        assertThat(g.getRubricCriteria())
                .extracting(RubricCriterion::getWeight)
                .containsExactly(2.0, 1.0, 1.5, 1.5, 1.0);
        for (RubricCriterion c : g.getRubricCriteria()) {
            assertThat(c.descriptor("exceeds")).as(c.getId()).isPresent();
            assertThat(c.descriptor("meets")).as(c.getId()).isPresent();
            assertThat(c.descriptor("below")).as(c.getId()).isEmpty();
        }
        assertThat(g.criterion("system-design").flatMap(c -> c.descriptor("exceeds")))
                .contains("Proposes scalable, observable architectures with clear trade-offs and alternatives");
        assertThat(g.criterion("coding-and-apis").flatMap(c -> c.descriptor("meets")))
                .contains("Produces correct code; may need minor refactoring for maintainability");
        assertThat(g.criterion("security-and-data").flatMap(c -> c.descriptor("meets")))
                .contains("Understands common risks and standard mitigations");
        assertThat(g.getRatingScale().parseLevel("Strong"))
                .map(RatingLevel::getId)
                .contains("exceeds");
        assertThat(g.getRatingScale().parseLevel("adequate"))
                .map(RatingLevel::getId)
                .contains("meets");
    }

    @Test
    void rejectionReasonsAndRedFlagsMatchTheSeed() {
        assertThat(g.getRejectionReasons())
                .extracting(RejectionReason::getTitle)
                .containsExactly(
                        "Shallow system design thinking",
                        "Poor debugging or troubleshooting approach",
                        "Lack of production experience at required scale",
                        "Inability to communicate clearly",
                        "Cultural or collaboration mismatch",
                        "Security and reliability blind spots");
        assertThat(g.getRedFlags())
                .extracting(RedFlag::getTitle)
                .containsExactly(
                        "Vague ownership history",
                        "Overreliance on frameworks without fundamentals",
                        "Blame culture",
                        "Resistance to feedback or reviews",
                        "Unrealistic expectations about on-call or delivery");
        assertThat(g.redFlag("blame-culture").map(RedFlag::getDescription))
                .contains("Frequently blames others or refuses to take responsibility in incident narratives.");
        assertThat(g.rejectionReason("shallow-system-design")).isPresent();
    }

    @Test
    void questionsHaveWhatToLookForAndNameExistingCriteria() {
        assertThat(g.getInterviewQuestions().get(0).getPrompt())
                .isEqualTo("Design an online orders service for 10k requests per second. What are the high-level"
                        + " components and trade-offs?");
        assertThat(g.getInterviewQuestions().get(0).getLookFor()).contains("Idempotency", "Caching strategies");
        for (InterviewQuestion q : g.getInterviewQuestions()) {
            assertThat(q.getLookFor()).as(q.getId()).isNotEmpty();
            assertThat(q.getCriteria())
                    .allSatisfy(c -> assertThat(g.criterion(c)).isPresent());
        }
    }

    @Test
    void screeningStagesHaveTheSeedsDurations() {
        List<InterviewStage> s = g.getScreeningStages();
        assertThat(s)
                .extracting(InterviewStage::getKind)
                .containsExactly(
                        StageKind.RESUME_SCREEN,
                        StageKind.RECRUITER_SCREEN,
                        StageKind.TECHNICAL_SCREEN,
                        StageKind.TAKE_HOME,
                        StageKind.LOOP,
                        StageKind.HIRING_MANAGER_AND_PEER,
                        StageKind.REFERENCE_CHECK);
        assertThat(s.get(1).getDuration()).contains(Duration.ofMinutes(30));
        assertThat(s.get(1).getMaxDuration()).isEmpty();
        assertThat(s.get(2).getDuration()).contains(Duration.ofMinutes(45));
        assertThat(s.get(2).getMaxDuration()).contains(Duration.ofMinutes(60));
        InterviewStage takeHome = s.get(3);
        assertThat(takeHome.getDuration()).contains(Duration.ofHours(3));
        assertThat(takeHome.getMaxDuration()).contains(Duration.ofHours(6));
        assertThat(takeHome.isOptional()).isTrue();
        assertThat(takeHome.getDeadline()).isPresent();
        assertThat(s.get(4).getInterviewCount()).isBetween(2, 4).isEqualTo(4);
        assertThat(s.stream().filter(InterviewStage::isOptional)).containsExactly(takeHome);
        assertThat(g.getMinTouchpoints()).isEqualTo(3);
        assertThat(g.getMaxTouchpoints()).isEqualTo(5);
    }

    @Test
    void theGuidesOwnProcessHasNoTouchpointOrDurationFinding() {
        InterviewProcess process = InterviewProcess.of(g.getScreeningStages());
        assertThat(process.touchpoints()).isEqualTo(5);
        List<GuideFinding> findings = ProcessChecks.check(process, g);
        assertThat(findings).extracting(GuideFinding::checkId).containsExactly("timeline");
        assertThat(ProcessChecks.check(process.withExpectedDuration(Duration.ofDays(21)), g))
                .isEmpty();
        assertThat(ProcessChecks.check(process.withExpectedDuration(Duration.ofDays(21))))
                .isEmpty();
    }

    @Test
    void sourcingSellingAndOnboardingMatchTheSeed() {
        assertThat(g.getSourcingChannels())
                .extracting(SourcingChannel::getName)
                .containsExactly(
                        "Targeted LinkedIn Outreach",
                        "Employee Referrals",
                        "Technical Communities & Meetups",
                        "Open Source & GitHub",
                        "Job Boards & Niche Sites",
                        "Boolean Search & Talent Pools",
                        "Diversity & Inclusion Sourcing");
        assertThat(g.getSourcingChannels().get(5).getDescription())
                .contains("(Go OR Golang) AND (microservices OR grpc) AND (senior OR lead)");
        assertThat(g.getSellingPoints())
                .extracting(SellingPoint::getTitle)
                .containsExactly(
                        "Technical impact",
                        "Autonomy & Ownership",
                        "Career Growth",
                        "Team & Culture",
                        "Compensation Transparency");
        OnboardingPlan plan = g.getOnboardingPlan();
        assertThat(plan.getPhases())
                .extracting(OnboardingPhase::getId)
                .startsWith("week-1", "weeks-2-4", "months-1-3", "review-90-day");
        assertThat(plan.getPhases().get(0).getStartDay()).isEqualTo(1);
        assertThat(plan.getPhases().get(0).getEndDay()).isEqualTo(7);
        assertThat(plan.getPhases().get(3).getStartDay()).isEqualTo(90);
        assertThat(plan.getPractices()).anyMatch(p -> p.contains("buddy"));
        assertThat(g.jdGuideline("responsibilities").map(JdGuideline::getRecommendation))
                .hasValueSatisfying(r -> assertThat(r).startsWith("List 3–5 core responsibilities"));
    }

    /** Every title and description of the guide appears word for word in the seed text. */
    @Test
    void textsAppearInTheSeed() throws IOException {
        Optional<Path> seed = sharedFile("seed/senior-backend-engineer-hiring-guide.txt");
        Assumptions.assumeTrue(seed.isPresent(), "shared data not found at <repository root>/../shared");
        String text = Files.readString(seed.get(), StandardCharsets.UTF_8);
        assertThat(text).contains(g.getRoleOverview(), g.getInPractice());
        for (Skill s : g.getCoreSkills()) {
            assertThat(text).contains(s.getName() + " " + s.getDescription());
        }
        for (Skill s : g.getSoftSkills()) {
            assertThat(text).contains(s.getName() + " " + s.getDescription());
        }
        for (RejectionReason r : g.getRejectionReasons()) {
            assertThat(text).contains(r.getTitle() + " " + r.getDescription());
        }
        for (RedFlag r : g.getRedFlags()) {
            assertThat(text).contains(r.getTitle() + " " + r.getDescription());
        }
        for (SourcingChannel c : g.getSourcingChannels()) {
            assertThat(text).contains(c.getName() + " " + c.getDescription());
        }
        for (SellingPoint p : g.getSellingPoints()) {
            assertThat(text).contains(p.getTitle() + " " + p.getDescription());
        }
        for (InterviewQuestion q : g.getInterviewQuestions()) {
            assertThat(text).contains("Q: " + q.getPrompt());
        }
        for (RubricCriterion c : g.getRubricCriteria()) {
            assertThat(text)
                    .contains(c.getName() + " " + c.descriptor("exceeds").orElseThrow() + " "
                            + c.descriptor("meets").orElseThrow());
        }
        for (JdGuideline j : g.getJdGuidelines()) {
            assertThat(text).contains(j.getRecommendation());
        }
        assertThat(text)
                .contains(
                        "Recruiter Screen (30 min)",
                        "Technical Screen (45–60 min)",
                        "(~3–6 hours)",
                        "(2–4 interviews)",
                        "3–5 touchpoints",
                        "at least 2 interviewers",
                        "30/60/90 goals");
    }

    /** {@code <repository root>/../shared/<relative>}, the repository root being the nearest ancestor with .ci/. */
    static Optional<Path> sharedFile(String relative) {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(".ci"))) {
                Path parent = p.getParent();
                if (parent == null) {
                    return Optional.empty();
                }
                Path f = parent.resolve("shared").resolve(relative);
                return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
