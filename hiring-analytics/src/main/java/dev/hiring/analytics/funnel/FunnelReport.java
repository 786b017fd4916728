package dev.hiring.analytics.funnel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Funnel metrics of a set of candidacies.
 *
 * @param candidates the number of candidates
 * @param events the number of events read
 * @param stages pass-through per progress stage, in stage order
 * @param channels conversion per sourcing channel, sorted by channel id
 * @param timeToHire days from a hired candidate's first event to the hire
 * @param offerAcceptance offers made, accepted and declined
 * @param touchpoints touchpoints per candidate who reached an offer, against the guide's range
 * @param rejectionReasons rejections per reason, most frequent first
 */
@JsonPropertyOrder({
    "candidates",
    "events",
    "stages",
    "channels",
    "timeToHire",
    "offerAcceptance",
    "touchpoints",
    "rejectionReasons"
})
public record FunnelReport(
        long candidates,
        long events,
        List<Stage> stages,
        List<Channel> channels,
        TimeToHire timeToHire,
        OfferAcceptance offerAcceptance,
        Touchpoints touchpoints,
        List<Reason> rejectionReasons) {
    /** Copies the lists. */
    public FunnelReport {
        stages = List.copyOf(stages);
        channels = List.copyOf(channels);
        rejectionReasons = List.copyOf(rejectionReasons);
    }

    /**
     * Cohort pass-through of one stage: of the candidates who reached it and are no longer pending there, the share
     * who reached the next stage.
     *
     * @param stage the stage id
     * @param reached candidates whose furthest stage is this one or a later one
     * @param pending candidates whose furthest stage is this one and who have no outcome yet (left out of the rate)
     * @param advanced candidates who reached the next stage
     * @param passThrough advanced / (reached − pending); {@code null} for the last stage or an empty cohort
     */
    @JsonPropertyOrder({"stage", "reached", "pending", "advanced", "passThrough"})
    public record Stage(
            String stage,
            long reached,
            long pending,
            long advanced,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            Double passThrough) {}

    /**
     * Conversion of one sourcing channel (the source of each candidate's first event).
     *
     * @param channel the channel id, {@code unknown} when empty
     * @param candidates candidates from the channel
     * @param offers of those, how many reached an offer
     * @param hires of those, how many were hired
     * @param conversion hires / candidates
     */
    @JsonPropertyOrder({"channel", "candidates", "offers", "hires", "conversion"})
    public record Channel(String channel, long candidates, long offers, long hires, double conversion) {}

    /**
     * Time to hire in days (fractional), from the candidate's first event to the hire event.
     *
     * @param hires the number of hires measured
     * @param meanDays the mean, {@code null} without hires
     * @param medianDays the median, {@code null} without hires
     * @param minDays the shortest, {@code null} without hires
     * @param maxDays the longest, {@code null} without hires
     */
    @JsonPropertyOrder({"hires", "meanDays", "medianDays", "minDays", "maxDays"})
    public record TimeToHire(
            long hires,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            Double meanDays,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            Double medianDays,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            Double minDays,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            Double maxDays) {}

    /**
     * Offer acceptance.
     *
     * @param offers candidates who reached an offer
     * @param accepted of those, hired
     * @param declined of those, with an {@code offer-declined} event
     * @param pending offers neither accepted nor declined
     * @param rate accepted / (accepted + declined); {@code null} when no offer is resolved
     */
    @JsonPropertyOrder({"offers", "accepted", "declined", "pending", "rate"})
    public record OfferAcceptance(
            long offers,
            long accepted,
            long declined,
            long pending,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            Double rate) {}

    /**
     * Touchpoints (distinct touchpoint stages attended) of the candidates who reached an offer, against the
     * guide's range.
     *
     * @param guideMin the guide's minimum
     * @param guideMax the guide's maximum
     * @param candidates candidates who reached an offer
     * @param withinRange of those, with guideMin ≤ touchpoints ≤ guideMax
     * @param below of those, with fewer
     * @param above of those, with more
     * @param mean the mean number of touchpoints, {@code null} without candidates
     * @param distribution candidates per number of touchpoints, ascending
     */
    @JsonPropertyOrder({"guideMin", "guideMax", "candidates", "withinRange", "below", "above", "mean", "distribution"})
    public record Touchpoints(
            int guideMin,
            int guideMax,
            long candidates,
            long withinRange,
            long below,
            long above,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            Double mean,

            List<Count> distribution) {
        /** Copies the distribution. */
        public Touchpoints {
            distribution = List.copyOf(distribution);
        }
    }

    /**
     * Candidates with a number of touchpoints.
     *
     * @param touchpoints the number of touchpoints
     * @param candidates how many candidates had it
     */
    public record Count(int touchpoints, long candidates) {}

    /**
     * Rejections with one reason.
     *
     * @param reason the rejection-reason id, {@code unspecified} when empty
     * @param count the number of rejections
     * @param share count / all rejections
     * @param inGuide whether the id is one of the guide's rejection reasons
     */
    @JsonPropertyOrder({"reason", "count", "share", "inGuide"})
    public record Reason(String reason, long count, double share, boolean inGuide) {}
}
