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
    public abstract String getId();

    /** The title, such as "Senior Backend Engineer Hiring Guide". */
    public abstract String getTitle();

    /** Where the guide comes from (publisher, title, date). */
    public abstract String getSource();

    /** The seniority the guide hires for. */
    public abstract Seniority getSeniority();

    /** What the role is: the guide's role overview. */
    public abstract String getRoleOverview();

    /** What the role looks like in practice. */
    public abstract String getInPractice();

    /** Technical capabilities to require and test for. */
    public abstract List<@Valid Skill> getCoreSkills();

    /** Soft skills to assess through behavioural questions. */
    public abstract List<@Valid Skill> getSoftSkills();

    /** The job-description do's and don'ts. */
    public abstract List<@Valid JdGuideline> getJdGuidelines();

    /** Channels to source candidates from. */
    public abstract List<@Valid SourcingChannel> getSourcingChannels();

    /** The screening stages, in order. */
    public abstract List<@Valid InterviewStage> getScreeningStages();

    /** The fewest candidate touchpoints from first screen to offer (the guide: 3). */
    public abstract int getMinTouchpoints();

    /** The most candidate touchpoints from first screen to offer (the guide: 5). */
    public abstract int getMaxTouchpoints();

    /** The top interview questions with what to look for. */
    public abstract List<@Valid InterviewQuestion> getInterviewQuestions();

    /** The rating scale of the rubric. */
    @Valid
    public abstract RatingScale getRatingScale();

    /** The rubric criteria. */
    public abstract List<@Valid RubricCriterion> getRubricCriteria();

    /** The fewest interviewers who must fill the rubric (the guide: 2). */
    public abstract int getMinInterviewersPerRubric();

    /** Reasons to reject, decided before interviews. */
    public abstract List<@Valid RejectionReason> getRejectionReasons();

    /** Red flags to watch for. */
    public abstract List<@Valid RedFlag> getRedFlags();

    /** Points to sell the role on. */
    public abstract List<@Valid SellingPoint> getSellingPoints();

    /** The onboarding plan. */
    @Valid
    public abstract OnboardingPlan getOnboardingPlan();

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rubric criterion with this id, if any. */
    public final Optional<RubricCriterion> criterion(String id) {
        return getRubricCriteria().stream().filter(c -> c.getId().equals(id)).findFirst();
    }

    /** The rejection reason with this id, if any. */
    public final Optional<RejectionReason> rejectionReason(String id) {
        return getRejectionReasons().stream().filter(r -> r.getId().equals(id)).findFirst();
    }

    /** The red flag with this id, if any. */
    public final Optional<RedFlag> redFlag(String id) {
        return getRedFlags().stream().filter(r -> r.getId().equals(id)).findFirst();
    }

    /** The job-description guideline with this id, if any. */
    public final Optional<JdGuideline> jdGuideline(String id) {
        return getJdGuidelines().stream().filter(r -> r.getId().equals(id)).findFirst();
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("HiringGuide")
                .id(getId(), "id")
                .notBlank(getTitle(), "title")
                .notBlank(getSource(), "source")
                .notBlank(getRoleOverview(), "roleOverview")
                .notBlank(getInPractice(), "inPractice")
                .require(getMinTouchpoints() >= 1, "minTouchpoints", "must be at least 1, was %d", getMinTouchpoints())
                .require(
                        getMaxTouchpoints() >= getMinTouchpoints(),
                        "maxTouchpoints",
                        "must be at least minTouchpoints, was %d",
                        getMaxTouchpoints())
                .require(
                        getMinInterviewersPerRubric() >= 1,
                        "minInterviewersPerRubric",
                        "must be at least 1, was %d",
                        getMinInterviewersPerRubric());
        unique(v, getCoreSkills(), Skill::getId, "coreSkills");
        unique(v, getSoftSkills(), Skill::getId, "softSkills");
        unique(v, getJdGuidelines(), JdGuideline::getId, "jdGuidelines");
        unique(v, getSourcingChannels(), SourcingChannel::getId, "sourcingChannels");
        unique(v, getInterviewQuestions(), InterviewQuestion::getId, "interviewQuestions");
        unique(v, getRubricCriteria(), RubricCriterion::getId, "rubricCriteria");
        unique(v, getRejectionReasons(), RejectionReason::getId, "rejectionReasons");
        unique(v, getRedFlags(), RedFlag::getId, "redFlags");
        unique(v, getSellingPoints(), SellingPoint::getId, "sellingPoints");
        for (int i = 0; i < getCoreSkills().size(); i++) {
            v.require(
                    getCoreSkills().get(i).getCategory() == SkillCategory.TECHNICAL,
                    "coreSkills[" + i + "].category",
                    "must be TECHNICAL");
        }
        for (int i = 0; i < getSoftSkills().size(); i++) {
            v.require(
                    getSoftSkills().get(i).getCategory() == SkillCategory.SOFT,
                    "softSkills[" + i + "].category",
                    "must be SOFT");
        }
        for (int i = 0; i < getInterviewQuestions().size(); i++) {
            List<String> criteria = getInterviewQuestions().get(i).getCriteria();
            for (int j = 0; j < criteria.size(); j++) {
                String c = criteria.get(j);
                v.require(
                        criterion(c).isPresent(),
                        "interviewQuestions[" + i + "].criteria[" + j + "]",
                        "names no rubric criterion: '%s'",
                        c);
            }
        }
        for (int i = 0; i < getRubricCriteria().size(); i++) {
            for (String level : getRubricCriteria().get(i).getDescriptors().keySet()) {
                v.require(
                        getRatingScale().level(level).isPresent(),
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
