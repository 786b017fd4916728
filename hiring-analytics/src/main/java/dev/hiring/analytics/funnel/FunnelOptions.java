package dev.hiring.analytics.funnel;

import dev.hiring.core.HiringException;
import dev.hiring.core.HiringGuide;
import dev.hiring.core.RejectionReason;
import dev.hiring.core.StageKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How to read stage events: the ordered progress stages, which of them are candidate touchpoints, the guide's
 * touchpoint range and its rejection-reason ids.
 *
 * <p>The default stages are {@code applied}, the guide's stage kinds in kebab case ({@code resume-screen},
 * {@code recruiter-screen}, {@code technical-screen}, {@code take-home}, {@code loop},
 * {@code hiring-manager-and-peer}, {@code reference-check}), then {@code offer} and {@code hired} (offer
 * accepted). Besides the progress stages, three outcome events end a candidacy: {@value #REJECTED} (with a
 * rejection-reason id), {@value #WITHDRAWN} and {@value #OFFER_DECLINED}.
 *
 * @param stages the progress stages in order; the last one is the hire
 * @param touchpointStages the stages in which the candidate takes part (the guide's "touchpoints")
 * @param minTouchpoints the guide's minimum touchpoints from screen to offer
 * @param maxTouchpoints the guide's maximum touchpoints from screen to offer
 * @param rejectionReasons the guide's rejection-reason ids
 */
public record FunnelOptions(
        List<String> stages,
        Set<String> touchpointStages,
        int minTouchpoints,
        int maxTouchpoints,
        List<String> rejectionReasons) {
    /** The outcome event of a rejection. */
    public static final String REJECTED = "rejected";
    /** The outcome event of a candidate withdrawing. */
    public static final String WITHDRAWN = "withdrawn";
    /** The outcome event of a declined offer. */
    public static final String OFFER_DECLINED = "offer-declined";
    /** The stage of an offer made. */
    public static final String OFFER = "offer";

    /**
     * Checks and copies the options.
     *
     * @throws HiringException if there are fewer than 2 stages or more than 63, a stage repeats or is an outcome
     *     event, a touchpoint is not a stage, or the touchpoint range is invalid
     */
    public FunnelOptions {
        stages = List.copyOf(stages);
        touchpointStages = Set.copyOf(touchpointStages);
        rejectionReasons = List.copyOf(rejectionReasons);
        if (stages.size() < 2 || stages.size() > 63) {
            throw new HiringException("funnel: between 2 and 63 stages are required, got " + stages.size());
        }
        Set<String> seen = new HashSet<>();
        for (String s : stages) {
            if (!seen.add(s)) {
                throw new HiringException("funnel: stage '" + s + "' repeats");
            }
            if (s.equals(REJECTED) || s.equals(WITHDRAWN) || s.equals(OFFER_DECLINED)) {
                throw new HiringException("funnel: '" + s + "' is an outcome event, not a stage");
            }
        }
        for (String t : touchpointStages) {
            if (!seen.contains(t)) {
                throw new HiringException("funnel: touchpoint stage '" + t + "' is not one of the stages");
            }
        }
        if (minTouchpoints < 0 || maxTouchpoints < minTouchpoints) {
            throw new HiringException(
                    "funnel: touchpoint range " + minTouchpoints + ".." + maxTouchpoints + " is invalid");
        }
    }

    /**
     * The default stages with the touchpoint range and rejection reasons of a guide; for the built-in guide,
     * {@code from(HiringGuides.seniorBackendEngineer())}, for a company's own, {@code
     * from(guides.get("data-engineer"))} with a {@link dev.hiring.core.guide.GuideRegistry}.
     */
    public static FunnelOptions from(HiringGuide guide) {
        List<String> stages = new ArrayList<>();
        Set<String> touch = new HashSet<>();
        stages.add("applied");
        for (StageKind k : StageKind.values()) {
            String id = k.name().toLowerCase(Locale.ROOT).replace('_', '-');
            stages.add(id);
            if (k.isCandidateTouchpoint()) {
                touch.add(id);
            }
        }
        stages.add(OFFER);
        stages.add("hired");
        List<String> reasons =
                guide.rejectionReasons().stream().map(RejectionReason::id).toList();
        return new FunnelOptions(stages, touch, guide.minTouchpoints(), guide.maxTouchpoints(), reasons);
    }

    /** These options with other stages (in order) and touchpoint stages. */
    public FunnelOptions withStages(List<String> newStages, Set<String> newTouchpoints) {
        return new FunnelOptions(newStages, newTouchpoints, minTouchpoints, maxTouchpoints, rejectionReasons);
    }
}
