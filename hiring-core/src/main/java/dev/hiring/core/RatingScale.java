package dev.hiring.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ordered rating scale of 3 or 4 levels, lowest first, such as the guide's Below, Meets / Adequate,
 * Exceeds / Strong. The guide: "Use 3–4 levels and score each dimension consistently."
 *
 * <p>Invariants, checked when built: 3 or 4 levels, values strictly increasing, ids and labels unique.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRatingScale.class)
@JsonDeserialize(as = ImmutableRatingScale.class)
public abstract class RatingScale {
    /** The fewest levels a scale may have. */
    public static final int MIN_LEVELS = 3;
    /** The most levels a scale may have. */
    public static final int MAX_LEVELS = 4;

    RatingScale() {}

    /** The levels, lowest first. */
    public abstract List<RatingLevel> levels();

    /** Returns a scale of the given levels, lowest first. */
    public static RatingScale of(List<RatingLevel> levels) {
        return ImmutableRatingScale.builder().addAllLevels(levels).build();
    }

    /** Returns a scale of the given levels, lowest first. */
    public static RatingScale of(RatingLevel... levels) {
        return of(List.of(levels));
    }

    /** The lowest level. */
    public final RatingLevel lowest() {
        return levels().get(0);
    }

    /** The highest level. */
    public final RatingLevel highest() {
        return levels().get(levels().size() - 1);
    }

    /** The level with this id, if any. */
    public final Optional<RatingLevel> level(String id) {
        for (RatingLevel l : levels()) {
            if (l.id().equals(id)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the level a text names, in any case and ignoring surrounding whitespace: its id, else its whole label,
     * else its numeric value, else one part of a label split at {@code /} ("Strong" for "Exceeds / Strong"). The
     * order matters only for ambiguous scales, where one level's label equals another's id. Returns empty for
     * anything else, including blank text.
     */
    public final Optional<RatingLevel> parseLevel(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.length() > 200) {
            return Optional.empty();
        }
        for (RatingLevel l : levels()) {
            if (l.id().equals(t)) {
                return Optional.of(l);
            }
        }
        for (RatingLevel l : levels()) {
            if (l.label().trim().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(l);
            }
        }
        for (RatingLevel l : levels()) {
            if (Integer.toString(l.value()).equals(t)) {
                return Optional.of(l);
            }
        }
        for (RatingLevel l : levels()) {
            for (String part : l.label().split("/", -1)) {
                if (part.trim().toLowerCase(Locale.ROOT).equals(t)) {
                    return Optional.of(l);
                }
            }
        }
        return Optional.empty();
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("RatingScale");
        int n = levels().size();
        v.require(n >= MIN_LEVELS && n <= MAX_LEVELS, "levels", "must have 3 or 4 levels, had %d", n);
        Set<String> ids = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < n; i++) {
            RatingLevel l = levels().get(i);
            v.require(ids.add(l.id()), "levels[" + i + "].id", "must be unique, '%s' repeats", l.id());
            v.require(labels.add(l.label().toLowerCase(Locale.ROOT)), "levels[" + i + "].label", "must be unique");
            if (i > 0) {
                int prev = levels().get(i - 1).value();
                v.require(
                        l.value() > prev,
                        "levels[" + i + "].value",
                        "must be greater than the previous level's %d (lowest first), was %d",
                        prev,
                        l.value());
            }
        }
        v.throwIfAny();
    }
}
