package dev.hiring.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.core.HiringGuide;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.RedFlag;
import dev.hiring.core.RubricCriterion;
import dev.hiring.core.Skill;
import dev.hiring.core.SkillCategory;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.Recommendation;
import dev.hiring.rubric.Scorecard;
import dev.hiring.rubric.importer.AtsMapping;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Builders as an application outside the SDK's packages uses them: {@code build()} and every builder method
 * return public types, so a stream of builders collects into a list of the public type.
 */
class BuilderTypesTest {
    /** Every value type made with the SDK's Immutables style. */
    private static final List<Class<?>> VALUE_TYPES = List.of(
            HiringGuide.class,
            Skill.class,
            RubricCriterion.class,
            dev.hiring.core.BooleanQuery.class,
            dev.hiring.core.CriterionFloor.class,
            dev.hiring.core.StageDuration.class,
            dev.hiring.core.LoopSize.class,
            dev.hiring.core.InterviewProcess.class,
            dev.hiring.core.InterviewQuestion.class,
            dev.hiring.core.InterviewStage.class,
            dev.hiring.core.JdGuideline.class,
            dev.hiring.core.OnboardingPhase.class,
            dev.hiring.core.OnboardingPlan.class,
            dev.hiring.core.RatingLevel.class,
            dev.hiring.core.RatingScale.class,
            dev.hiring.core.RedFlag.class,
            dev.hiring.core.RejectionReason.class,
            dev.hiring.core.Role.class,
            dev.hiring.core.SellingPoint.class,
            dev.hiring.core.SkillRequirement.class,
            dev.hiring.core.SourcingChannel.class,
            dev.hiring.core.Team.class,
            dev.hiring.core.WorkArrangement.class,
            Scorecard.class,
            CandidateEvaluation.class,
            DecisionPolicy.class,
            AtsMapping.class);

    @Test
    void aStreamOfBuildersCollectsIntoAListOfThePublicType() {
        List<Scorecard> cards = IntStream.range(0, 3)
                .mapToObj(i -> Scorecard.builder()
                        .candidate("c-" + i)
                        .interviewer("i-" + i)
                        .putRatings("system-design", 2)
                        .recommendation(Recommendation.HIRE)
                        .build())
                .toList();
        List<Skill> skills = HiringGuides.seniorBackendEngineer().coreSkills().stream()
                .map(s -> Skill.builder()
                        .id(s.id())
                        .name(s.name())
                        .category(SkillCategory.TECHNICAL)
                        .description(s.description())
                        .build())
                .toList();
        List<RedFlag> flags = List.of(1, 2).stream()
                .map(i -> RedFlag.builder()
                        .id("flag-" + i)
                        .title("Flag " + i)
                        .description("A red flag")
                        .build())
                .toList();

        assertThat(cards).extracting(Scorecard::candidate).containsExactly("c-0", "c-1", "c-2");
        assertThat(skills)
                .hasSize(HiringGuides.seniorBackendEngineer().coreSkills().size());
        assertThat(flags).extracting(RedFlag::id).containsExactly("flag-1", "flag-2");
    }

    @Test
    void buildersAndCopiesReturnOnlyPublicTypes() throws ReflectiveOperationException {
        List<String> hidden = new ArrayList<>();
        int withBuilder = 0;
        for (Class<?> type : VALUE_TYPES) {
            Class<?> builder;
            try {
                builder = Class.forName(type.getName() + "$Builder");
            } catch (ClassNotFoundException e) {
                // made by factory methods only (such as CompensationBand.of): its accessors are checked below
                builder = null;
            }
            if (builder == null) {
                for (Method m : type.getMethods()) {
                    if (!Modifier.isPublic(m.getReturnType().getModifiers())) {
                        hidden.add(type.getSimpleName() + "." + m.getName() + " returns "
                                + m.getReturnType().getName());
                    }
                }
                continue;
            }
            withBuilder++;
            assertThat(Modifier.isPublic(builder.getModifiers()))
                    .as(builder.getName())
                    .isTrue();
            assertThat(builder.getMethod("build").getReturnType())
                    .as(type.getName())
                    .isEqualTo(type);
            List<Method> methods = new ArrayList<>(List.of(builder.getMethods()));
            methods.addAll(List.of(type.getMethods()));
            for (Method m : methods) {
                if (!Modifier.isPublic(m.getReturnType().getModifiers())) {
                    hidden.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + " returns "
                            + m.getReturnType().getName());
                }
            }
        }
        assertThat(hidden).isEmpty();
        assertThat(withBuilder).as("value types with a builder").isGreaterThanOrEqualTo(15);
    }
}
