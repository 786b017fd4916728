package dev.hiring.rubric;

import dev.hiring.core.CriterionFloor;
import dev.hiring.core.HiringGuide;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.RatingLevel;
import dev.hiring.core.RedFlag;
import dev.hiring.core.RejectionReason;
import dev.hiring.core.Seniority;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in decision policies, and the policy of any guide ({@link #fromGuide(HiringGuide)}). To look policies up
 * by id together with a company's own (from its guides or policy files), use {@link PolicyRegistry}. Nothing here
 * falls back to a default policy or guide: code that needs one takes it.
 *
 * <p>This class is thread-safe.
 */
public final class HiringPolicies {
    /** The name of {@link #seniorBackendEngineer()}. */
    public static final String SENIOR_BACKEND_ENGINEER = "senior-backend-engineer";

    private HiringPolicies() {}

    /**
     * The guide's policy for a Senior Backend Engineer, version 1. Built from {@link
     * HiringGuides#seniorBackendEngineer()}: its 3-level scale (below=1, meets=2, exceeds=3), its five criteria with
     * the senior weight profile ({@link WeightProfiles}), its rejection reasons and red flags, and these rules in
     * order:
     *
     * <ol>
     *   <li>{@code strong-no-hire-veto};
     *   <li>{@code red-flag-veto} on every red flag of the guide ("behaviors or answers that predict poor fit or
     *       risk");
     *   <li>{@code min-interviewers} 2 (the guide: "Require at least 2 interviewers to fill the rubric");
     *   <li>{@code rejection-reason-required} (the guide: "Record primary rejection reasons in the scorecard");
     *   <li>{@code max-disagreement} 1: a criterion rated both below and exceeds needs a debrief;
     *   <li>{@code min-score} 2.0: the weighted score must reach "meets";
     *   <li>{@code criterion-floors}: the guide's {@link HiringGuide#criterionFloors()}, each with its source in the
     *       guide's data: system design mean at least 2.0 (meets) and production experience and ownership
     *       (reliability-and-ops, collaboration-and-leadership) at least 1.5, the criteria the guide weights higher
     *       for senior roles.
     * </ol>
     *
     * So a single scorecard gives MORE_EVIDENCE_NEEDED, and a full loop a traceable HIRE or NO_HIRE.
     */
    public static DecisionPolicy seniorBackendEngineer() {
        return Holder.SENIOR_BACKEND;
    }

    /**
     * The policy of a guide, version 1, with the guide's id (so it decides evaluations whose role is the guide's
     * id): {@link #fromGuide(HiringGuide, String, int)} with {@code guide.id()} and 1. For the built-in guide it
     * equals {@link #seniorBackendEngineer()}.
     */
    public static DecisionPolicy fromGuide(HiringGuide guide) {
        return fromGuide(guide, guide.id(), 1);
    }

    /**
     * Builds the guide-shaped policy above for any guide: its scale, its criteria weighted for its seniority
     * ({@link WeightProfiles}), its rejection reasons and red flags, and these rules: {@code strong-no-hire-veto},
     * {@code red-flag-veto} on the guide's red flags, {@code min-interviewers} at the guide's minimum, {@code
     * rejection-reason-required}, {@code max-disagreement} 1, {@code min-score} at the value of the scale's second
     * level (the first above the lowest: "meets" on the built-in scale), and {@code criterion-floors} with the
     * guide's own {@link HiringGuide#criterionFloors()}, in their order (no such rule if the guide sets none). Every
     * value comes from the guide: nothing here names a criterion.
     *
     * @param guide the guide
     * @param id the policy's id, which is the role it decides (usually the guide's id)
     * @param version the policy's version
     */
    public static DecisionPolicy fromGuide(HiringGuide guide, String id, int version) {
        Seniority seniority = guide.seniority();
        Map<String, Double> weights = WeightProfiles.forSeniority(seniority, guide.rubricCriteria());
        List<String> flags = guide.redFlags().stream().map(RedFlag::id).toList();
        DecisionPolicy.Builder b = DecisionPolicy.builder();
        b.id(id)
                .version(version)
                .description("Decision policy for " + guide.title() + " from the hiring guide: at least "
                        + guide.minInterviewersPerRubric() + " interviewers, weighted score at least meets.")
                .seniority(seniority)
                .ratingScale(guide.ratingScale())
                .putAllWeights(weights)
                .addAllRejectionReasons(guide.rejectionReasons().stream()
                        .map(RejectionReason::id)
                        .toList())
                .addAllRedFlags(flags)
                .addRules(new DecisionRule.StrongNoHireVeto())
                .addRules(new DecisionRule.RedFlagVeto(flags))
                .addRules(new DecisionRule.MinInterviewers(guide.minInterviewersPerRubric()))
                .addRules(new DecisionRule.RejectionReasonRequired())
                .addRules(new DecisionRule.MaxDisagreement(1))
                .addRules(new DecisionRule.MinScore(secondLevel(guide)));
        Map<String, Double> floors = new LinkedHashMap<>();
        for (CriterionFloor f : guide.criterionFloors()) {
            floors.put(f.criterion(), f.floor());
        }
        if (!floors.isEmpty()) {
            b.addRules(new DecisionRule.CriterionFloors(floors));
        }
        return b.build();
    }

    /**
     * The built-in policy with this name (id), if any: {@code PolicyRegistry.builtIn().find(name)}. For a company's
     * own policies as well, use {@link PolicyRegistry#find(String)}.
     */
    public static Optional<DecisionPolicy> byName(String name) {
        return PolicyRegistry.builtIn().find(name);
    }

    /** The names (ids) of the built-in policies: {@code PolicyRegistry.builtIn().ids()}. */
    public static List<String> names() {
        return PolicyRegistry.builtIn().ids();
    }

    /** The value of the scale's second level: the weighted score a policy of the guide requires. */
    private static double secondLevel(HiringGuide guide) {
        List<RatingLevel> levels = guide.ratingScale().levels();
        return levels.get(Math.min(1, levels.size() - 1)).value();
    }

    private static final class Holder {
        static final DecisionPolicy SENIOR_BACKEND =
                fromGuide(HiringGuides.seniorBackendEngineer(), SENIOR_BACKEND_ENGINEER, 1);
    }
}
