package dev.hiring.rubric.importer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hiring.core.RatingLevel;
import dev.hiring.core.RatingScale;
import dev.hiring.core.Violations;
import dev.hiring.core.json.HiringJson;
import dev.hiring.rubric.Recommendation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to read a vendor payload into the rubric: which vendor attribute or field names are which criteria, how
 * the vendor's 4-level ratings map to the target rating scale, and extra recommendation values.
 *
 * <p>JSON (the CLI's {@code --mapping} file):
 *
 * <pre>{@code
 * {"criteria": {"System Design": "system-design", "technical_skills": "coding-and-apis"},
 *  "levels": {"1": "below", "2": "below", "3": "meets", "4": "exceeds"},
 *  "recommendations": {"lean_hire": "HIRE"},
 *  "rejectionReasons": {"Lacking skill(s)/qualification(s)": "shallow-system-design"},
 *  "ignored": ["Adaptable"],
 *  "candidate": "c-1", "role": "senior-backend-engineer"}
 * }</pre>
 *
 * <ul>
 *   <li>{@code criteria}: vendor name (Greenhouse attribute {@code name}, Lever field {@code text} or {@code id},
 *       Ashby field {@code path} or title, Workable trait {@code name}) to criterion id. Matching is exact after
 *       trimming and ignoring case. Vendor ratings whose name is not listed are validated but not imported.
 *   <li>{@code levels}: vendor level 1 to 4 (see the importers for each vendor's vocabulary) to a level id of the
 *       target scale. When absent, the default is by rank: on a 4-level scale level n is the n-th level; on a
 *       3-level scale (the guide's below, meets, exceeds) 4 → highest, 3 → middle, 2 and 1 → lowest, because the
 *       vendors' level 2 means "no hire" / "mixed", which does not meet the bar.
 *   <li>{@code recommendations}: extra overall-recommendation values (lower case) for vendors whose options are
 *       configured per organisation (Ashby), added to the built-in vocabulary.
 *   <li>{@code rejectionReasons}: a vendor rejection reason, by name or id (Greenhouse application {@code
 *       rejection_reason} name or id, Lever archive-reason id, Ashby {@code archiveReason} text or id, Workable
 *       {@code disqualification_reason}), to a rejection-reason id of the policy. Matched like {@code criteria}.
 *   <li>{@code ignored}: vendor attribute or field names deliberately not imported; they are reported as ignored,
 *       not as unmapped, so {@code hiring decide --strict} accepts them.
 *   <li>{@code candidate}, {@code role}: used when the payload has no candidate id (Lever, Workable), and for the
 *       role (default: the id of the policy the importer is for).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAtsMapping.class)
@JsonDeserialize(as = ImmutableAtsMapping.class)
public abstract class AtsMapping {
    AtsMapping() {}

    /** Vendor attribute or field name to criterion id. */
    public abstract Map<String, String> criteria();

    /** Vendor level ("1" to "4") to target level id; empty means the default by rank. */
    public abstract Map<String, String> levels();

    /** Extra vendor recommendation values (lower case) to recommendations. */
    public abstract Map<String, Recommendation> recommendations();

    /** Vendor rejection-reason name or id to a rejection-reason id of the policy. */
    public abstract Map<String, String> rejectionReasons();

    /** Vendor attribute or field names deliberately not imported (reported as ignored, not as unmapped). */
    public abstract List<String> ignored();

    /** The candidate id to use when the payload has none. */
    public abstract Optional<String> candidate();

    /**
     * The role id of the imported evaluations; when absent, the importer's policy's id ({@link
     * AtsImporter#of(AtsVendor, AtsMapping, dev.hiring.rubric.DecisionPolicy)}).
     */
    public abstract Optional<String> role();

    /** A builder; {@code build()} checks the invariants. */
    public static Builder builder() {
        return new Builder();
    }

    /** A mapping of criterion names only, with default levels. */
    public static AtsMapping of(Map<String, String> criteria) {
        return builder().putAllCriteria(criteria).build();
    }

    /** An empty mapping: no criteria imported, only the overall recommendations. */
    public static AtsMapping empty() {
        return builder().build();
    }

    /**
     * Reads a mapping from JSON; unknown fields are errors (this is the SDK's own format).
     *
     * @throws dev.hiring.core.HiringException naming the field if the mapping is malformed or invalid
     */
    public static AtsMapping parse(String json) {
        return HiringJson.read(json, AtsMapping.class);
    }

    /** The mapping as pretty-printed JSON; {@link #parse(String)} reads it back to an equal mapping. */
    public final String toJson() {
        return HiringJson.write(this);
    }

    /** The criterion id for a vendor name, if mapped (trimmed, case-insensitive). */
    public final Optional<String> criterionFor(String vendorName) {
        return Optional.ofNullable(index().get(key(vendorName)));
    }

    /**
     * The target level value for a vendor level 1 to 4 on the given scale.
     *
     * @throws dev.hiring.core.InvalidHiringDataException if the mapping names a level the scale does not have
     */
    public final int levelValue(int vendorLevel, RatingScale scale) {
        String id = levels().get(Integer.toString(vendorLevel));
        if (id != null) {
            return scale.level(id)
                    .orElseThrow(() -> new dev.hiring.core.InvalidHiringDataException(
                            "AtsMapping",
                            List.of(new dev.hiring.core.Violation(
                                    "levels." + vendorLevel, "names no level of the rating scale: '" + id + "'"))))
                    .value();
        }
        List<RatingLevel> levels = scale.levels();
        int rank;
        if (levels.size() >= 4) {
            rank = vendorLevel - 1;
        } else {
            rank = vendorLevel >= 4 ? 2 : vendorLevel == 3 ? 1 : 0;
        }
        return levels.get(Math.min(rank, levels.size() - 1)).value();
    }

    /** The rejection-reason id for a vendor reason name or id, if mapped (trimmed, case-insensitive). */
    public final Optional<String> rejectionReasonFor(String vendorReason) {
        return Optional.ofNullable(reasonIndex().get(key(vendorReason)));
    }

    /** Whether the mapping lists this vendor name as deliberately ignored (trimmed, case-insensitive). */
    public final boolean isIgnored(String vendorName) {
        return ignoredIndex().contains(key(vendorName));
    }

    @Value.Lazy
    Map<String, String> index() {
        Map<String, String> m = new HashMap<>();
        criteria().forEach((k, v) -> m.put(key(k), v));
        return m;
    }

    @Value.Lazy
    Map<String, String> reasonIndex() {
        Map<String, String> m = new HashMap<>();
        rejectionReasons().forEach((k, v) -> m.put(key(k), v));
        return m;
    }

    @Value.Lazy
    java.util.Set<String> ignoredIndex() {
        java.util.Set<String> m = new java.util.HashSet<>();
        ignored().forEach(k -> m.add(key(k)));
        return m;
    }

    static String key(String s) {
        return s.trim().toLowerCase(java.util.Locale.ROOT);
    }

    @Value.Check
    final void check() {
        Violations v = Violations.of("AtsMapping");
        criteria().forEach((name, id) -> {
            v.notBlank(name, "criteria.<key>");
            v.id(id, "criteria." + (name.length() <= 64 ? name : "<key>"));
        });
        levels().forEach((level, id) -> {
            v.require(
                    level.equals("1") || level.equals("2") || level.equals("3") || level.equals("4"),
                    "levels.<key>",
                    "must be a vendor level 1 to 4, was '%s'",
                    level.length() <= 8 ? level : level.substring(0, 8));
            v.id(id, "levels." + (level.length() <= 8 ? level : "<key>"));
        });
        rejectionReasons().forEach((name, id) -> {
            v.notBlank(name, "rejectionReasons.<key>");
            v.id(id, "rejectionReasons." + (name.length() <= 64 ? name : "<key>"));
        });
        v.noBlankElements(ignored(), "ignored");
        candidate().ifPresent(c -> v.notBlank(c, "candidate"));
        role().ifPresent(r -> v.id(r, "role"));
        v.throwIfAny();
    }

    /** Builds an {@link AtsMapping}. */
    public static final class Builder extends ImmutableAtsMapping.Builder {
        Builder() {}
    }
}
