package dev.hiring.rubric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hiring.core.StageKind;
import dev.hiring.core.Violations;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One interviewer's filled rubric for one candidate: a rating per criterion, an overall recommendation, the
 * rejection reasons and red flags they recorded, and private notes.
 *
 * <p>A rating is the numeric {@link dev.hiring.core.RatingLevel#value() value} of a level of the role's
 * {@link dev.hiring.core.RatingScale} (the guide: below=1, meets=2, exceeds=3). A criterion the interviewer did
 * not rate is <em>absent</em> from {@link #ratings()}: unrated is missing, never zero. Whether the values are
 * levels of the right scale, and the ids known criteria, is checked against a {@link DecisionPolicy} when deciding.
 *
 * <p>{@link #toString()} never shows the notes, so a scorecard can be logged without personal free text.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScorecard.class)
@JsonDeserialize(as = ImmutableScorecard.class)
public abstract class Scorecard {
    /** The longest candidate or interviewer id accepted. */
    public static final int MAX_REF_LENGTH = 200;

    Scorecard() {}

    /** The candidate's id in the source system; opaque, not necessarily kebab-case. */
    public abstract String candidate();

    /** The interviewer's id in the source system; opaque, not necessarily kebab-case. */
    public abstract String interviewer();

    /** The interview stage, if known. */
    public abstract Optional<StageKind> stage();

    /** When the scorecard was submitted, if known. */
    public abstract Optional<Instant> submittedAt();

    /**
     * The rating per criterion id, as the value of a rating-scale level (0 to 100). Unrated criteria are absent.
     * Iteration order is the order given.
     */
    public abstract Map<String, Integer> ratings();

    /** The overall recommendation; {@link Recommendation#NO_DECISION} if none was given. */
    @Value.Default
    public Recommendation recommendation() {
        return Recommendation.NO_DECISION;
    }

    /** The hiring-core {@code RejectionReason} ids the interviewer recorded, without duplicates. */
    public abstract List<String> rejectionReasons();

    /** The hiring-core {@code RedFlag} ids the interviewer observed, without duplicates. */
    public abstract List<String> redFlags();

    /** Private notes; free text that may hold personal data, never printed by {@link #toString()}. */
    public abstract Optional<String> notes();

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a copy with another recommendation; the other attributes are kept. */
    public abstract Scorecard withRecommendation(Recommendation recommendation);

    /** Returns a copy with other ratings; the other attributes are kept. */
    public abstract Scorecard withRatings(Map<String, ? extends Integer> ratings);

    /** Returns a copy for another candidate id; the other attributes are kept. */
    public abstract Scorecard withCandidate(String candidate);

    /** Returns a copy with another interviewer id; the other attributes are kept. */
    public abstract Scorecard withInterviewer(String interviewer);

    /** Returns a copy with other rejection-reason ids; the other attributes are kept. */
    public abstract Scorecard withRejectionReasons(Iterable<String> rejectionReasons);

    /** Returns a copy with other red-flag ids; the other attributes are kept. */
    public abstract Scorecard withRedFlags(Iterable<String> redFlags);

    /** Returns a copy with other notes; the other attributes are kept. */
    public abstract Scorecard withNotes(String notes);

    /** Whether the interviewer rated at least one criterion, that is, filled the rubric. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public final boolean rubricFilled() {
        return !ratings().isEmpty();
    }

    /** The rating of a criterion, if the interviewer rated it. */
    public final Optional<Integer> rating(String criterionId) {
        return Optional.ofNullable(ratings().get(criterionId));
    }

    /** Shows ids, stage, time, ratings, recommendation, reasons and flags; never the notes. */
    @Override
    public String toString() {
        return "Scorecard{candidate=" + candidate() + ", interviewer=" + interviewer() + ", stage="
                + stage().map(Enum::name).orElse("-") + ", submittedAt="
                + submittedAt().map(Instant::toString).orElse("-") + ", ratings=" + ratings()
                + ", recommendation=" + recommendation() + ", rejectionReasons=" + rejectionReasons()
                + ", redFlags=" + redFlags() + ", notes=" + (notes().isPresent() ? "<redacted>" : "-") + "}";
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("Scorecard");
        ref(v, candidate(), "candidate");
        ref(v, interviewer(), "interviewer");
        ratings().forEach((criterion, value) -> {
            v.id(criterion, "ratings.<key>");
            String path = "ratings." + (criterion.length() <= Violations.MAX_ID_LENGTH ? criterion : "<key>");
            v.require(
                    value >= 0 && value <= 100,
                    path,
                    "must be a rating-scale level value between 0 and 100, was %d",
                    value);
        });
        ids(v, rejectionReasons(), "rejectionReasons");
        ids(v, redFlags(), "redFlags");
        v.throwIfAny();
    }

    static void ref(Violations v, String value, String path) {
        v.notBlank(value, path);
        v.require(
                value.length() <= MAX_REF_LENGTH,
                path,
                "must be at most %d characters, was %d",
                MAX_REF_LENGTH,
                value.length());
    }

    private static void ids(Violations v, List<String> ids, String path) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            v.id(ids.get(i), path + "[" + i + "]");
            v.require(seen.add(ids.get(i)), path + "[" + i + "]", "must not repeat an id");
        }
    }

    /** Builds a {@link Scorecard}. */
    public static final class Builder extends ImmutableScorecard.Builder {
        Builder() {}
    }
}
