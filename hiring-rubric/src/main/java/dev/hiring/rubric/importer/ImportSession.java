package dev.hiring.rubric.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.RatingScale;
import dev.hiring.core.Violation;
import dev.hiring.rubric.Recommendation;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What every vendor's importer shares: the mapping and target scale, the recording of a vendor rating under its
 * mapped criterion (or of an unmapped name), and readers of ids, times, arrays and recommendations that report a bad
 * value by its JSON path, never repeating free text.
 */
final class ImportSession {
    /** Vendor levels 1 to 4 as recommendations. */
    static final Recommendation[] BY_LEVEL = {
        Recommendation.STRONG_NO_HIRE, Recommendation.NO_HIRE, Recommendation.HIRE, Recommendation.STRONG_HIRE
    };

    final AtsMapping mapping;
    final RatingScale scale;

    ImportSession(AtsMapping mapping, RatingScale scale) {
        this.mapping = mapping;
        this.scale = scale;
    }

    /**
     * Records a vendor level for the criterion the names map to, if any; reports an unmapped name (unless the mapping
     * lists it as ignored) and a mapped name left unrated.
     */
    void rate(
            CardDraft card,
            String kind,
            JsonNode name,
            @Nullable JsonNode altName,
            @Nullable Integer vendorLevel,
            String at,
            ImportCollector report,
            List<Violation> problems) {
        Optional<String> criterion = Optional.empty();
        if (name.isTextual()) {
            criterion = mapping.criterionFor(name.textValue());
            if (criterion.isPresent()) {
                report.used.add(AtsMapping.key(name.textValue()));
            }
        }
        if (criterion.isEmpty() && altName != null && altName.isTextual()) {
            criterion = mapping.criterionFor(altName.textValue());
            if (criterion.isPresent()) {
                report.used.add(AtsMapping.key(altName.textValue()));
            }
        }
        if (criterion.isEmpty()) {
            String shown = name.isTextual()
                    ? name.textValue()
                    : altName != null && altName.isTextual() ? altName.textValue() : null;
            if (shown == null) {
                report.ignored.add(new IgnoredValue(at, "has no name to map"));
            } else if (mapping.isIgnored(shown)
                    || (altName != null && altName.isTextual() && mapping.isIgnored(altName.textValue()))) {
                report.used.add(AtsMapping.key(shown));
                if (altName != null && altName.isTextual()) {
                    report.used.add(AtsMapping.key(altName.textValue()));
                }
                report.ignored.add(new IgnoredValue(at, "listed under ignored in the mapping"));
            } else if (report.seen.add(kind + "\u0000" + shown)) {
                report.unmapped(kind, shorten(shown));
            }
            return;
        }
        if (vendorLevel == null) {
            report.ignored.add(new IgnoredValue(at, "mapped to " + criterion.get() + " but not rated"));
            return;
        }
        int value;
        try {
            value = mapping.levelValue(vendorLevel, scale);
        } catch (InvalidHiringDataException e) {
            e.violations().forEach(v -> problems.add(new Violation(at + ".mapping." + v.path(), v.message())));
            return;
        }
        card.ratings.merge(criterion.get(), value, Math::min);
    }

    boolean mapped(JsonNode text, JsonNode id) {
        return (text.isTextual() && mapping.criterionFor(text.textValue()).isPresent())
                || (id.isTextual() && mapping.criterionFor(id.textValue()).isPresent());
    }

    /**
     * A vendor field read past because its type is not a score: named by its type, and as never imported when that
     * type holds free text.
     */
    static IgnoredValue notAScore(String at, String type, boolean freeText) {
        return new IgnoredValue(
                at,
                "a field of type '" + shorten(type) + "' is not a score"
                        + (freeText ? " (free text); never imported" : "; not imported"));
    }

    /** The node if it is an array; an empty array (after reporting) if it is anything else but absent or null. */
    static JsonNode array(JsonNode node, String at, List<Violation> problems) {
        if (node.isArray()) {
            return node;
        }
        if (!node.isMissingNode() && !node.isNull()) {
            problems.add(new Violation(at, "must be an array"));
        }
        return EMPTY;
    }

    private static final JsonNode EMPTY = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();

    static @Nullable Integer leverLevel(JsonNode v, String at, List<Violation> problems) {
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.intValue() >= 1 && v.intValue() <= 4) {
            return v.intValue();
        }
        if (v.isTextual()) {
            String t = v.textValue().trim();
            if (!t.isEmpty()
                    && t.charAt(0) >= '1'
                    && t.charAt(0) <= '4'
                    && (t.length() == 1 || !Character.isDigit(t.charAt(1)))) {
                return t.charAt(0) - '0';
            }
            problems.add(new Violation(at, "Lever score '" + shorten(t) + "' does not start with a level 1 to 4"));
            return null;
        }
        problems.add(new Violation(at, "Lever score must be a number 1 to 4 or a text starting with one"));
        return null;
    }

    static Recommendation overall(
            JsonNode v, Map<String, Recommendation> vocabulary, String at, List<Violation> problems) {
        if (v.isMissingNode() || v.isNull()) {
            return Recommendation.NO_DECISION;
        }
        if (!v.isTextual()) {
            problems.add(new Violation(at, "must be a recommendation text"));
            return Recommendation.NO_DECISION;
        }
        String key = v.textValue().trim().toLowerCase(Locale.ROOT);
        Recommendation r = vocabulary.get(key);
        if (r == null) {
            problems.add(new Violation(
                    at,
                    "unknown recommendation '" + shorten(key) + "' (expected one of "
                            + String.join(", ", new java.util.TreeSet<>(vocabulary.keySet())) + ")"));
            return Recommendation.NO_DECISION;
        }
        return r;
    }

    static @Nullable String id(JsonNode n) {
        if (n.isTextual() && !n.textValue().isBlank()) {
            return n.textValue();
        }
        if (n.isIntegralNumber()) {
            return n.asText();
        }
        return null;
    }

    static @Nullable Instant isoTime(JsonNode n, String at, List<Violation> problems) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            try {
                return Instant.parse(n.textValue().trim());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(new Violation(at, "must be an ISO-8601 instant such as 2026-11-02T10:00:00Z"));
        return null;
    }

    static @Nullable Instant epochMillis(JsonNode n, String at, List<Violation> problems) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            return Instant.ofEpochMilli(n.longValue());
        }
        problems.add(new Violation(at, "must be epoch milliseconds"));
        return null;
    }

    static @Nullable Integer smallInt(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > 3) {
            return null;
        }
        int v = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static String shorten(String s) {
        return s.length() <= 32 ? s : s.substring(0, 32) + "…";
    }
}
