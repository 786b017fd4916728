package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A complete structured-hiring guide for one role: skills, job-description do's and don'ts, sourcing channels,
 * screening stages, interview questions, rubric, rejection reasons, red flags, selling points and onboarding.
 * The built-in guides come from {@link HiringGuides}.
 *
 * <p>Invariants, checked when built: ids unique within each list; core skills are technical and soft skills soft;
 * every question and descriptor refers to an existing criterion or rating level; touchpoint bounds ordered.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHiringGuide.class)
@JsonDeserialize(as = ImmutableHiringGuide.class)
public abstract class HiringGuide {
    HiringGuide() {}

    /** A stable kebab-case id, such as {@code senior-backend-engineer}. */
    public abstract String id();

    /** The title, such as "Senior Backend Engineer Hiring Guide". */
    public abstract String title();

    /** Where the guide comes from (publisher, title, date). */
    public abstract String source();

    /** The seniority the guide hires for. */
    public abstract Seniority seniority();

    /** What the role is: the guide's role overview. */
    public abstract String roleOverview();

    /** What the role looks like in practice. */
    public abstract String inPractice();

    /** Technical capabilities to require and test for. */
    public abstract List<@Valid Skill> coreSkills();

    /** Soft skills to assess through behavioural questions. */
    public abstract List<@Valid Skill> softSkills();

    /** The job-description do's and don'ts. */
    public abstract List<@Valid JdGuideline> jdGuidelines();

    /** Channels to source candidates from. */
    public abstract List<@Valid SourcingChannel> sourcingChannels();

    /** The screening stages, in order. */
    public abstract List<@Valid InterviewStage> screeningStages();

    /** The fewest candidate touchpoints from first screen to offer (the guide: 3). */
    public abstract int minTouchpoints();

    /** The most candidate touchpoints from first screen to offer (the guide: 5). */
    public abstract int maxTouchpoints();

    /** The top interview questions with what to look for. */
    public abstract List<@Valid InterviewQuestion> interviewQuestions();

    /** The rating scale of the rubric. */
    @Valid
    public abstract RatingScale ratingScale();

    /** The rubric criteria. */
    public abstract List<@Valid RubricCriterion> rubricCriteria();

    /** The fewest interviewers who must fill the rubric (the guide: 2). */
    public abstract int minInterviewersPerRubric();

    /** Reasons to reject, decided before interviews. */
    public abstract List<@Valid RejectionReason> rejectionReasons();

    /** Red flags to watch for. */
    public abstract List<@Valid RedFlag> redFlags();

    /** Points to sell the role on. */
    public abstract List<@Valid SellingPoint> sellingPoints();

    /** The onboarding plan. */
    @Valid
    public abstract OnboardingPlan onboardingPlan();

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rubric criterion with this id, if any. */
    public final Optional<RubricCriterion> criterion(String id) {
        return rubricCriteria().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The rejection reason with this id, if any. */
    public final Optional<RejectionReason> rejectionReason(String id) {
        return rejectionReasons().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The red flag with this id, if any. */
    public final Optional<RedFlag> redFlag(String id) {
        return redFlags().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The job-description guideline with this id, if any. */
    public final Optional<JdGuideline> jdGuideline(String id) {
        return jdGuidelines().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("HiringGuide")
                .id(id(), "id")
                .notBlank(title(), "title")
                .notBlank(source(), "source")
                .notBlank(roleOverview(), "roleOverview")
                .notBlank(inPractice(), "inPractice")
                .require(minTouchpoints() >= 1, "minTouchpoints", "must be at least 1, was %d", minTouchpoints())
                .require(
                        maxTouchpoints() >= minTouchpoints(),
                        "maxTouchpoints",
                        "must be at least minTouchpoints, was %d",
                        maxTouchpoints())
                .require(
                        minInterviewersPerRubric() >= 1,
                        "minInterviewersPerRubric",
                        "must be at least 1, was %d",
                        minInterviewersPerRubric());
        unique(v, coreSkills(), Skill::id, "coreSkills");
        unique(v, softSkills(), Skill::id, "softSkills");
        unique(v, jdGuidelines(), JdGuideline::id, "jdGuidelines");
        unique(v, sourcingChannels(), SourcingChannel::id, "sourcingChannels");
        unique(v, interviewQuestions(), InterviewQuestion::id, "interviewQuestions");
        unique(v, rubricCriteria(), RubricCriterion::id, "rubricCriteria");
        unique(v, rejectionReasons(), RejectionReason::id, "rejectionReasons");
        unique(v, redFlags(), RedFlag::id, "redFlags");
        unique(v, sellingPoints(), SellingPoint::id, "sellingPoints");
        for (int i = 0; i < coreSkills().size(); i++) {
            v.require(
                    coreSkills().get(i).category() == SkillCategory.TECHNICAL,
                    "coreSkills[" + i + "].category",
                    "must be TECHNICAL");
        }
        for (int i = 0; i < softSkills().size(); i++) {
            v.require(
                    softSkills().get(i).category() == SkillCategory.SOFT,
                    "softSkills[" + i + "].category",
                    "must be SOFT");
        }
        for (int i = 0; i < interviewQuestions().size(); i++) {
            List<String> criteria = interviewQuestions().get(i).criteria();
            for (int j = 0; j < criteria.size(); j++) {
                String c = criteria.get(j);
                v.require(
                        criterion(c).isPresent(),
                        "interviewQuestions[" + i + "].criteria[" + j + "]",
                        "names no rubric criterion: '%s'",
                        c);
            }
        }
        for (int i = 0; i < rubricCriteria().size(); i++) {
            for (String level : rubricCriteria().get(i).descriptors().keySet()) {
                v.require(
                        ratingScale().level(level).isPresent(),
                        "rubricCriteria[" + i + "].descriptors",
                        "names no rating level: '%s'",
                        level);
            }
        }
        v.throwIfAny();
    }

    private static <T> void unique(Violations v, List<T> items, Function<T, String> id, String path) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String key = id.apply(items.get(i));
            v.require(seen.add(key), path + "[" + i + "].id", "must be unique, '%s' repeats", key);
        }
    }

    /** Builds a {@link HiringGuide}. */
    public static final class Builder extends ImmutableHiringGuide.Builder {
        Builder() {}
    }
}
