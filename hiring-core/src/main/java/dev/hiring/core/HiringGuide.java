package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.EnumSet;
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
 * every question, descriptor and criterion floor refers to an existing criterion or rating level; touchpoint bounds
 * ordered; criterion floors within the rating scale; at most one stage duration per stage kind; a loop size of at
 * least 1 interview, its maximum not below its minimum.
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

    /**
     * The duration range a process's stage of each listed kind must keep to, at most one per kind, in JSON
     * {@code "stageDurations": [{"kind": "TECHNICAL_SCREEN", "min": "PT45M", "max": "PT1H"}]}. {@link
     * dev.hiring.core.check.ProcessChecks} checks a stage's duration only if its kind is listed here: a guide that
     * gives no range for a kind (or no {@code stageDurations} at all) skips that check. The built-in guide gives a
     * recruiter screen of about 30 minutes (20 to 40), a technical screen of 45 to 60 minutes and a take-home of 3
     * to 6 hours.
     */
    public abstract List<@Valid StageDuration> stageDurations();

    /**
     * How many interviews the guide's loop holds, in JSON {@code "loopSize": {"min": 2, "max": 4}}. {@link
     * dev.hiring.core.check.ProcessChecks} checks a loop's interview count ({@code loop-size}) only if the guide gives
     * one: a guide without {@code loopSize} skips that check. The built-in guide asks for 2 to 4 interviews.
     */
    public abstract Optional<@Valid LoopSize> loopSize();

    /** The top interview questions with what to look for. */
    public abstract List<@Valid InterviewQuestion> interviewQuestions();

    /** The rating scale of the rubric. */
    @Valid
    public abstract RatingScale ratingScale();

    /** The rubric criteria. */
    public abstract List<@Valid RubricCriterion> rubricCriteria();

    /**
     * The lowest mean rating the guide accepts on some of its criteria, at most one per criterion, in JSON {@code
     * "criterionFloors": [{"criterion": "system-design", "floor": 2}]}: each names one of {@link #rubricCriteria()}
     * and lies between the lowest and the highest value of {@link #ratingScale()}. A policy built from the guide
     * ({@code HiringPolicies.fromGuide}) has a {@code criterion-floors} rule with these floors, or none if the list
     * is empty (or absent in JSON). The built-in guide sets system design at 2 (meets) and reliability and ops and
     * collaboration and leadership at 1.5, the criteria it weights higher for senior roles.
     */
    public abstract List<@Valid CriterionFloor> criterionFloors();

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

    /** The duration range the guide gives for this kind of stage, if any ({@link #stageDurations()}). */
    public final Optional<StageDuration> stageDuration(StageKind kind) {
        return stageDurations().stream().filter(d -> d.kind() == kind).findFirst();
    }

    /** The floor the guide sets on the criterion with this id, if any ({@link #criterionFloors()}). */
    public final Optional<CriterionFloor> criterionFloor(String criterion) {
        return criterionFloors().stream()
                .filter(f -> f.criterion().equals(criterion))
                .findFirst();
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
        Set<StageKind> kinds = EnumSet.noneOf(StageKind.class);
        for (int i = 0; i < stageDurations().size(); i++) {
            StageKind kind = stageDurations().get(i).kind();
            v.require(kinds.add(kind), "stageDurations[" + i + "].kind", "must be unique, %s repeats", kind);
        }
        unique(v, criterionFloors(), CriterionFloor::criterion, "criterionFloors", "criterion");
        int lowest = ratingScale().lowest().value();
        int highest = ratingScale().highest().value();
        for (int i = 0; i < criterionFloors().size(); i++) {
            CriterionFloor f = criterionFloors().get(i);
            String at = "criterionFloors[" + i + "]";
            v.require(
                    criterion(f.criterion()).isPresent(),
                    at + ".criterion",
                    "names no rubric criterion: '%s'",
                    f.criterion());
            v.require(
                    f.floor() >= lowest && f.floor() <= highest,
                    at + ".floor",
                    "must lie within the rating scale, %d to %d, was %s",
                    lowest,
                    highest,
                    f.floor());
        }
        v.throwIfAny();
    }

    private static <T> void unique(Violations v, List<T> items, Function<T, String> id, String path) {
        unique(v, items, id, path, "id");
    }

    private static <T> void unique(Violations v, List<T> items, Function<T, String> id, String path, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String key = id.apply(items.get(i));
            v.require(seen.add(key), path + "[" + i + "]." + field, "must be unique, '%s' repeats", key);
        }
    }

    /** Builds a {@link HiringGuide}. */
    public static final class Builder extends ImmutableHiringGuide.Builder {
        Builder() {}
    }
}
