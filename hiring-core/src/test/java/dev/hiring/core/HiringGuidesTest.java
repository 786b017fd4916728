package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
        assertThat(g.coreSkills()).hasSize(10);
        assertThat(g.softSkills()).hasSize(5);
        assertThat(g.rubricCriteria()).hasSize(5);
        assertThat(g.rejectionReasons()).hasSize(6);
        assertThat(g.redFlags()).hasSize(5);
        assertThat(g.interviewQuestions()).hasSize(5);
        assertThat(g.screeningStages()).hasSize(7);
        assertThat(g.sourcingChannels()).hasSize(7);
        assertThat(g.sellingPoints()).hasSize(5);
        assertThat(g.jdGuidelines()).hasSize(5);
        assertThat(g.ratingScale().levels()).extracting(RatingLevel::id).containsExactly("below", "meets", "exceeds");
        assertThat(g.minInterviewersPerRubric()).isEqualTo(2);
        assertThat(g.onboardingPlan().goalDays()).containsExactly(30, 60, 90);
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
        assertThat(g.id()).isEqualTo(HiringGuides.SENIOR_BACKEND_ENGINEER);
        assertThat(HiringGuides.byId(HiringGuides.SENIOR_BACKEND_ENGINEER)).contains(g);
        assertThat(HiringGuides.byId("no-such-guide")).isEmpty();
        assertThat(HiringGuides.all()).containsExactly(g);
        assertThat(HiringGuides.seniorBackendEngineer()).isSameAs(g);
        assertThat(g.seniority()).isEqualTo(Seniority.SENIOR);
    }

    @Test
    void skillsHaveTheSeedsNamesAndCategories() {
        assertThat(g.coreSkills())
                .extracting(Skill::name)
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
        assertThat(g.coreSkills()).allMatch(s -> s.category() == SkillCategory.TECHNICAL);
        assertThat(g.softSkills())
                .extracting(Skill::name)
                .containsExactly(
                        "Technical Leadership",
                        "Collaboration",
                        "Ownership & Accountability",
                        "Communication",
                        "Problem Solving");
        assertThat(g.softSkills()).allMatch(s -> s.category() == SkillCategory.SOFT);
        assertThat(g.coreSkills().get(0).sourcingKeywords()).contains("Go", "Golang");
    }

    @Test
    void rubricCriteriaHaveExceedsAndMeetsDescriptorsAndWeights() {
        assertThat(g.rubricCriteria())
                .extracting(RubricCriterion::id)
                .containsExactly(
                        "system-design",
                        "coding-and-apis",
                        "reliability-and-ops",
                        "collaboration-and-leadership",
                        "security-and-data");
        assertThat(g.rubricCriteria()).extracting(RubricCriterion::weight).containsExactly(2.0, 1.0, 1.5, 1.5, 1.0);
        for (RubricCriterion c : g.rubricCriteria()) {
            assertThat(c.descriptor("exceeds")).as(c.id()).isPresent();
            assertThat(c.descriptor("meets")).as(c.id()).isPresent();
            assertThat(c.descriptor("below")).as(c.id()).isEmpty();
        }
        assertThat(g.criterion("system-design").flatMap(c -> c.descriptor("exceeds")))
                .contains("Proposes scalable, observable architectures with clear trade-offs and alternatives");
        assertThat(g.criterion("coding-and-apis").flatMap(c -> c.descriptor("meets")))
                .contains("Produces correct code; may need minor refactoring for maintainability");
        assertThat(g.criterion("security-and-data").flatMap(c -> c.descriptor("meets")))
                .contains("Understands common risks and standard mitigations");
        assertThat(g.ratingScale().parseLevel("Strong")).map(RatingLevel::id).contains("exceeds");
        assertThat(g.ratingScale().parseLevel("adequate")).map(RatingLevel::id).contains("meets");
    }

    @Test
    void rejectionReasonsAndRedFlagsMatchTheSeed() {
        assertThat(g.rejectionReasons())
                .extracting(RejectionReason::title)
                .containsExactly(
                        "Shallow system design thinking",
                        "Poor debugging or troubleshooting approach",
                        "Lack of production experience at required scale",
                        "Inability to communicate clearly",
                        "Cultural or collaboration mismatch",
                        "Security and reliability blind spots");
        assertThat(g.redFlags())
                .extracting(RedFlag::title)
                .containsExactly(
                        "Vague ownership history",
                        "Overreliance on frameworks without fundamentals",
                        "Blame culture",
                        "Resistance to feedback or reviews",
                        "Unrealistic expectations about on-call or delivery");
        assertThat(g.redFlag("blame-culture").map(RedFlag::description))
                .contains("Frequently blames others or refuses to take responsibility in incident narratives.");
        assertThat(g.rejectionReason("shallow-system-design")).isPresent();
    }

    @Test
    void questionsHaveWhatToLookForAndNameExistingCriteria() {
        assertThat(g.interviewQuestions().get(0).prompt())
                .isEqualTo("Design an online orders service for 10k requests per second. What are the high-level"
                        + " components and trade-offs?");
        assertThat(g.interviewQuestions().get(0).lookFor()).contains("Idempotency", "Caching strategies");
        for (InterviewQuestion q : g.interviewQuestions()) {
            assertThat(q.lookFor()).as(q.id()).isNotEmpty();
            assertThat(q.criteria()).allSatisfy(c -> assertThat(g.criterion(c)).isPresent());
        }
    }

    @Test
    void screeningStagesHaveTheSeedsDurations() {
        List<InterviewStage> s = g.screeningStages();
        assertThat(s)
                .extracting(InterviewStage::kind)
                .containsExactly(
                        StageKind.RESUME_SCREEN,
                        StageKind.RECRUITER_SCREEN,
                        StageKind.TECHNICAL_SCREEN,
                        StageKind.TAKE_HOME,
                        StageKind.LOOP,
                        StageKind.HIRING_MANAGER_AND_PEER,
                        StageKind.REFERENCE_CHECK);
        assertThat(s.get(1).duration()).contains(Duration.ofMinutes(30));
        assertThat(s.get(1).maxDuration()).isEmpty();
        assertThat(s.get(2).duration()).contains(Duration.ofMinutes(45));
        assertThat(s.get(2).maxDuration()).contains(Duration.ofMinutes(60));
        InterviewStage takeHome = s.get(3);
        assertThat(takeHome.duration()).contains(Duration.ofHours(3));
        assertThat(takeHome.maxDuration()).contains(Duration.ofHours(6));
        assertThat(takeHome.optional()).isTrue();
        assertThat(takeHome.deadline()).isPresent();
        assertThat(s.get(4).interviewCount()).isBetween(2, 4).isEqualTo(4);
        assertThat(s.stream().filter(InterviewStage::optional)).containsExactly(takeHome);
        assertThat(g.minTouchpoints()).isEqualTo(3);
        assertThat(g.maxTouchpoints()).isEqualTo(5);
    }

    @Test
    void stageDurationsAndCriterionFloorsAreTheGuidesData() {
        assertThat(g.stageDurations())
                .extracting(StageDuration::kind, StageDuration::min, StageDuration::max)
                .containsExactly(
                        tuple(StageKind.RECRUITER_SCREEN, Duration.ofMinutes(20), Duration.ofMinutes(40)),
                        tuple(StageKind.TECHNICAL_SCREEN, Duration.ofMinutes(45), Duration.ofMinutes(60)),
                        tuple(StageKind.TAKE_HOME, Duration.ofHours(3), Duration.ofHours(6)));
        assertThat(g.stageDurations()).allSatisfy(d -> {
            assertThat(d.source()).as(d.kind().name()).isPresent();
            assertThat(d.description()).as(d.kind().name()).isPresent();
        });
        // each of the guide's own stages lies within its range
        for (InterviewStage s : g.screeningStages()) {
            g.stageDuration(s.kind()).ifPresent(d -> {
                assertThat(s.duration())
                        .as(s.kind().name())
                        .hasValueSatisfying(x -> assertThat(x).isBetween(d.min(), d.max()));
                assertThat(s.maxDuration().or(s::duration))
                        .hasValueSatisfying(x -> assertThat(x).isBetween(d.min(), d.max()));
            });
        }
        assertThat(g.criterionFloors())
                .extracting(CriterionFloor::criterion, CriterionFloor::floor)
                .containsExactly(
                        tuple("system-design", 2.0),
                        tuple("reliability-and-ops", 1.5),
                        tuple("collaboration-and-leadership", 1.5));
        assertThat(g.criterionFloors())
                .allSatisfy(f -> assertThat(f.source()).as(f.criterion()).isPresent());
        assertThat(g.criterionFloor("system-design").map(CriterionFloor::floor)).contains(2.0);
        assertThat(g.criterionFloor("coding-and-apis")).isEmpty();
    }

    /** The words each floor and duration range quotes from the seed (between double quotes) are in the seed. */
    @Test
    void theSourcesOfFloorsAndDurationsQuoteTheSeed() throws IOException {
        Optional<Path> seed = sharedFile("seed/senior-backend-engineer-hiring-guide.txt");
        Assumptions.assumeTrue(seed.isPresent(), "shared data not found at <repository root>/../shared");
        String text = Files.readString(seed.get(), StandardCharsets.UTF_8);
        List<String> sources = new java.util.ArrayList<>();
        g.stageDurations().forEach(d -> sources.add(d.source().orElseThrow()));
        g.criterionFloors().forEach(f -> sources.add(f.source().orElseThrow()));
        int quotes = 0;
        for (String source : sources) {
            int open = source.indexOf('"');
            while (open >= 0) {
                int close = source.indexOf('"', open + 1);
                assertThat(close).as(source).isPositive();
                assertThat(text).as(source).contains(source.substring(open + 1, close));
                quotes++;
                open = source.indexOf('"', close + 1);
            }
        }
        assertThat(quotes).isGreaterThanOrEqualTo(sources.size());
    }

    @Test
    void theGuidesOwnProcessHasNoTouchpointOrDurationFinding() {
        InterviewProcess process = InterviewProcess.of(g.screeningStages());
        assertThat(process.touchpoints()).isEqualTo(5);
        List<GuideFinding> findings = ProcessChecks.check(process, g);
        assertThat(findings).extracting(GuideFinding::checkId).containsExactly("timeline");
        assertThat(ProcessChecks.check(process.withExpectedDuration(Duration.ofDays(21)), g))
                .isEmpty();
    }

    @Test
    void sourcingSellingAndOnboardingMatchTheSeed() {
        assertThat(g.sourcingChannels())
                .extracting(SourcingChannel::name)
                .containsExactly(
                        "Targeted LinkedIn Outreach",
                        "Employee Referrals",
                        "Technical Communities & Meetups",
                        "Open Source & GitHub",
                        "Job Boards & Niche Sites",
                        "Boolean Search & Talent Pools",
                        "Diversity & Inclusion Sourcing");
        assertThat(g.sourcingChannels().get(5).description())
                .contains("(Go OR Golang) AND (microservices OR grpc) AND (senior OR lead)");
        assertThat(g.sellingPoints())
                .extracting(SellingPoint::title)
                .containsExactly(
                        "Technical impact",
                        "Autonomy & Ownership",
                        "Career Growth",
                        "Team & Culture",
                        "Compensation Transparency");
        OnboardingPlan plan = g.onboardingPlan();
        assertThat(plan.phases())
                .extracting(OnboardingPhase::id)
                .startsWith("week-1", "weeks-2-4", "months-1-3", "review-90-day");
        assertThat(plan.phases().get(0).startDay()).isEqualTo(1);
        assertThat(plan.phases().get(0).endDay()).isEqualTo(7);
        assertThat(plan.phases().get(3).startDay()).isEqualTo(90);
        assertThat(plan.practices()).anyMatch(p -> p.contains("buddy"));
        assertThat(g.jdGuideline("responsibilities").map(JdGuideline::recommendation))
                .hasValueSatisfying(r -> assertThat(r).startsWith("List 3–5 core responsibilities"));
    }

    /** Every title and description of the guide appears word for word in the seed text. */
    @Test
    void textsAppearInTheSeed() throws IOException {
        Optional<Path> seed = sharedFile("seed/senior-backend-engineer-hiring-guide.txt");
        Assumptions.assumeTrue(seed.isPresent(), "shared data not found at <repository root>/../shared");
        String text = Files.readString(seed.get(), StandardCharsets.UTF_8);
        assertThat(text).contains(g.roleOverview(), g.inPractice());
        for (Skill s : g.coreSkills()) {
            assertThat(text).contains(s.name() + " " + s.description());
        }
        for (Skill s : g.softSkills()) {
            assertThat(text).contains(s.name() + " " + s.description());
        }
        for (RejectionReason r : g.rejectionReasons()) {
            assertThat(text).contains(r.title() + " " + r.description());
        }
        for (RedFlag r : g.redFlags()) {
            assertThat(text).contains(r.title() + " " + r.description());
        }
        for (SourcingChannel c : g.sourcingChannels()) {
            assertThat(text).contains(c.name() + " " + c.description());
        }
        for (SellingPoint p : g.sellingPoints()) {
            assertThat(text).contains(p.title() + " " + p.description());
        }
        for (InterviewQuestion q : g.interviewQuestions()) {
            assertThat(text).contains("Q: " + q.prompt());
        }
        for (RubricCriterion c : g.rubricCriteria()) {
            assertThat(text)
                    .contains(c.name() + " " + c.descriptor("exceeds").orElseThrow() + " "
                            + c.descriptor("meets").orElseThrow());
        }
        for (JdGuideline j : g.jdGuidelines()) {
            assertThat(text).contains(j.recommendation());
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
