package dev.hiring.rubric.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.HiringParseException;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.RatingScale;
import dev.hiring.core.Violation;
import dev.hiring.core.json.HiringJson;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.Recommendation;
import dev.hiring.rubric.Scorecard;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads vendor payloads into a {@link CandidateEvaluation}: one payload object, or a JSON array of them (one per
 * interviewer), all for the same candidate.
 *
 * <h2>Vocabularies (vendor level 1 to 4, then {@link AtsMapping#levelValue} to the target scale)</h2>
 *
 * <ul>
 *   <li><b>Greenhouse</b>: attribute {@code rating} {@code strong_yes}=4, {@code yes}=3, {@code mixed}=2,
 *       {@code no}=1, {@code definitely_not}=1, {@code no_decision} or null = unrated. {@code
 *       overall_recommendation}: {@code strong_yes} STRONG_HIRE, {@code yes} HIRE, {@code no} NO_HIRE, {@code
 *       definitely_not} STRONG_NO_HIRE, {@code no_decision} and the older {@code mixed} NO_DECISION. Interviewer
 *       {@code interviewer.id} (else {@code submitted_by.id}), candidate {@code candidate_id}, time {@code
 *       submitted_at}.
 *   <li><b>Lever</b>: a score is an integer 1 to 4 or a text whose leading digit is the level ({@code "3 - Hire"},
 *       {@code "3 - Yes"}); null = unrated. The overall recommendation is the first field of type {@code score} or
 *       {@code score-system} that the mapping does not map to a criterion: 4 STRONG_HIRE, 3 HIRE, 2 NO_HIRE, 1
 *       STRONG_NO_HIRE. Mapped fields match by {@code text} or {@code id}. Interviewer {@code user}; time {@code
 *       completedAt} (epoch milliseconds, else {@code createdAt}); no candidate id.
 *   <li><b>Ashby</b>: {@code Score} fields (per {@code formDefinition}) are 1 to 4 as a number, a numeric string or
 *       {@code {"score": n}}; absent or null = unrated. Mapped by {@code path} or {@code title}. The overall
 *       recommendation is {@code submittedValues.overall_recommendation}: {@code strong_hire}, {@code hire},
 *       {@code no_hire}, {@code strong_no_hire}, plus the mapping's {@code recommendations}. Interviewer {@code
 *       submittedByUser.id}, candidate {@code applicationId}, time {@code submittedAt}.
 *   <li><b>Workable</b>: grades are zero-based. {@code scale} {@code thumbs} (0 negative, 1 positive, 2 definite →
 *       NO_HIRE, HIRE, STRONG_HIRE), {@code stars} (0 to 4) and {@code numbers} (0 to 9) scaled to 1 to 4 by
 *       {@code 1 + round(3 · grade / max)} → STRONG_NO_HIRE, NO_HIRE, HIRE, STRONG_HIRE. Trait {@code score}
 *       {@code negative}=1, {@code positive}=3, {@code definite}=4, absent = unrated; traits mapped by {@code name}.
 *       Interviewer {@code member_id}; no candidate id or time.
 * </ul>
 *
 * If several vendor ratings map to one criterion, the lowest counts (conservative). The candidate id is the
 * mapping's {@code candidate} if given, else the payload's, else {@code "unknown"}. Notes and other free text are
 * never imported. Unknown fields are ignored; unknown values are errors naming the field.
 *
 * <p>This class is thread-safe.
 */
public final class AtsImporter {
    /** The candidate id used when neither the mapping nor the payload gives one. */
    public static final String UNKNOWN_CANDIDATE = "unknown";

    private static final Map<String, Integer> GREENHOUSE_RATINGS =
            Map.of("strong_yes", 4, "yes", 3, "mixed", 2, "no", 1, "definitely_not", 1);
    private static final Map<String, Recommendation> GREENHOUSE_OVERALL = Map.of(
            "strong_yes", Recommendation.STRONG_HIRE,
            "yes", Recommendation.HIRE,
            "no", Recommendation.NO_HIRE,
            "definitely_not", Recommendation.STRONG_NO_HIRE,
            "no_decision", Recommendation.NO_DECISION,
            "mixed", Recommendation.NO_DECISION);
    private static final Map<String, Recommendation> ASHBY_OVERALL = Map.of(
            "strong_hire", Recommendation.STRONG_HIRE,
            "hire", Recommendation.HIRE,
            "no_hire", Recommendation.NO_HIRE,
            "strong_no_hire", Recommendation.STRONG_NO_HIRE);
    private static final Map<String, Integer> WORKABLE_TRAITS = Map.of("negative", 1, "positive", 3, "definite", 4);
    private static final Recommendation[] BY_LEVEL = {
        Recommendation.STRONG_NO_HIRE, Recommendation.NO_HIRE, Recommendation.HIRE, Recommendation.STRONG_HIRE
    };

    private final AtsVendor vendor;
    private final AtsMapping mapping;
    private final RatingScale scale;

    private AtsImporter(AtsVendor vendor, AtsMapping mapping, RatingScale scale) {
        this.vendor = vendor;
        this.mapping = mapping;
        this.scale = scale;
    }

    /**
     * An importer for one vendor, mapping and target rating scale.
     *
     * @throws NullPointerException if an argument is null (named in the message)
     */
    public static AtsImporter of(AtsVendor vendor, AtsMapping mapping, RatingScale scale) {
        return new AtsImporter(
                java.util.Objects.requireNonNull(vendor, "vendor"),
                java.util.Objects.requireNonNull(mapping, "mapping"),
                java.util.Objects.requireNonNull(scale, "scale"));
    }

    /**
     * Reads one payload object or an array of them.
     *
     * @throws HiringParseException if the text is not JSON
     * @throws InvalidHiringDataException naming every field with an unknown or missing value
     */
    public CandidateEvaluation read(String json) {
        JsonNode root;
        if (json.isBlank()) {
            throw new HiringParseException("JSON input is empty", "$", 0, 0);
        }
        try {
            root = HiringJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw HiringJson.translate(e, vendor.id() + " payload");
        }
        List<JsonNode> items = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                items.add(root.get(i));
                paths.add("$[" + i + "]");
            }
        } else {
            items.add(root);
            paths.add("$");
        }
        List<Violation> problems = new ArrayList<>();
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = paths.get(i);
            if (!item.isObject()) {
                problems.add(new Violation(path, "must be a " + vendor.id() + " payload object"));
                continue;
            }
            Card card = new Card();
            switch (vendor) {
                case GREENHOUSE -> greenhouse(item, path, card, problems);
                case LEVER -> lever(item, path, card, problems);
                case ASHBY -> ashby(item, path, card, problems);
                case WORKABLE -> workable(item, path, card, problems);
            }
            if (card.interviewer == null) {
                problems.add(new Violation(path, "names no interviewer id"));
            }
            cards.add(card);
        }
        if (!problems.isEmpty()) {
            throw new InvalidHiringDataException(vendor.id() + " payload", problems);
        }
        String candidate = mapping.getCandidate().orElse(null);
        if (candidate == null) {
            for (Card c : cards) {
                if (c.candidate != null) {
                    candidate = c.candidate;
                    break;
                }
            }
        }
        String cand = candidate == null ? UNKNOWN_CANDIDATE : candidate;
        List<Scorecard> scorecards = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            try {
                Scorecard.Builder b = Scorecard.builder();
                b.candidate(mapping.getCandidate().isPresent() || c.candidate == null ? cand : c.candidate)
                        .interviewer(c.interviewer == null ? "" : c.interviewer)
                        .submittedAt(Optional.ofNullable(c.submittedAt))
                        .putAllRatings(c.ratings)
                        .recommendation(c.recommendation);
                scorecards.add(b.build());
            } catch (InvalidHiringDataException e) {
                String at = paths.get(i);
                e.violations().forEach(v -> problems.add(v.under(at)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidHiringDataException(vendor.id() + " payload", problems);
        }
        try {
            return CandidateEvaluation.of(cand, mapping.roleOrDefault(), scorecards);
        } catch (InvalidHiringDataException e) {
            throw e.under(vendor.id() + " payload", "$");
        }
    }

    private void greenhouse(JsonNode n, String path, Card card, List<Violation> problems) {
        card.interviewer = id(n.path("interviewer").path("id"));
        if (card.interviewer == null) {
            card.interviewer = id(n.path("submitted_by").path("id"));
        }
        card.candidate = id(n.path("candidate_id"));
        card.submittedAt = isoTime(n.path("submitted_at"), path + ".submitted_at", problems);
        card.recommendation = overall(
                n.path("overall_recommendation"), GREENHOUSE_OVERALL, path + ".overall_recommendation", problems);
        JsonNode attributes = array(n.path("attributes"), path + ".attributes", problems);
        for (int i = 0; i < attributes.size(); i++) {
            JsonNode a = attributes.get(i);
            String at = path + ".attributes[" + i + "]";
            JsonNode rating = a.path("rating");
            Integer level = null;
            if (rating.isTextual()) {
                String r = rating.textValue().trim().toLowerCase(Locale.ROOT);
                if (!r.equals("no_decision")) {
                    level = GREENHOUSE_RATINGS.get(r);
                    if (level == null) {
                        problems.add(new Violation(
                                at + ".rating",
                                "unknown Greenhouse rating '" + shorten(r)
                                        + "' (expected strong_yes, yes, mixed, no, definitely_not or no_decision)"));
                    }
                }
            } else if (!rating.isMissingNode() && !rating.isNull()) {
                problems.add(new Violation(at + ".rating", "must be a Greenhouse rating text"));
            }
            rate(card, a.path("name"), null, level, at, problems);
        }
    }

    private void lever(JsonNode n, String path, Card card, List<Violation> problems) {
        card.interviewer = id(n.path("user"));
        card.submittedAt = epochMillis(n.path("completedAt"), path + ".completedAt", problems);
        if (card.submittedAt == null) {
            card.submittedAt = epochMillis(n.path("createdAt"), path + ".createdAt", problems);
        }
        JsonNode fields = array(n.path("fields"), path + ".fields", problems);
        boolean overallSeen = false;
        for (int i = 0; i < fields.size(); i++) {
            JsonNode f = fields.get(i);
            String at = path + ".fields[" + i + "]";
            String type = f.path("type").asText("");
            boolean mapped = mapped(f.path("text"), f.path("id"));
            boolean score = type.equals("score") || type.equals("score-system");
            if (!mapped && !(score && !overallSeen)) {
                continue;
            }
            Integer level = leverLevel(f.path("value"), at + ".value", problems);
            if (mapped) {
                rate(card, f.path("text"), f.path("id"), level, at, problems);
            } else {
                overallSeen = true;
                card.recommendation = level == null ? Recommendation.NO_DECISION : BY_LEVEL[level - 1];
            }
        }
    }

    private void ashby(JsonNode n, String path, Card card, List<Violation> problems) {
        card.interviewer = id(n.path("submittedByUser").path("id"));
        card.candidate = id(n.path("applicationId"));
        card.submittedAt = isoTime(n.path("submittedAt"), path + ".submittedAt", problems);
        JsonNode values = n.path("submittedValues");
        Map<String, Recommendation> overall = new HashMap<>(ASHBY_OVERALL);
        overall.putAll(mapping.getRecommendations());
        card.recommendation = overall(
                values.path("overall_recommendation"),
                overall,
                path + ".submittedValues.overall_recommendation",
                problems);
        JsonNode sections =
                array(n.path("formDefinition").path("sections"), path + ".formDefinition.sections", problems);
        for (int s = 0; s < sections.size(); s++) {
            JsonNode fields = array(
                    sections.get(s).path("fields"), path + ".formDefinition.sections[" + s + "].fields", problems);
            for (int i = 0; i < fields.size(); i++) {
                JsonNode field = fields.get(i).path("field");
                if (!field.path("type").asText("").equals("Score")) {
                    continue;
                }
                String key = field.path("path").asText("");
                String at = path + ".submittedValues." + shorten(key);
                JsonNode v = values.path(key);
                if (v.isObject()) {
                    v = v.path("score");
                }
                Integer level = null;
                if (v.isIntegralNumber() && v.canConvertToInt()) {
                    level = v.intValue();
                } else if (v.isTextual()) {
                    level = smallInt(v.textValue());
                    if (level == null) {
                        problems.add(new Violation(
                                at, "Ashby score '" + shorten(v.textValue()) + "' is not a number 1 to 4"));
                        continue;
                    }
                } else if (!v.isMissingNode() && !v.isNull()) {
                    problems.add(new Violation(at, "Ashby score must be a number, a numeric string or {\"score\": n}"));
                    continue;
                }
                if (level != null && (level < 1 || level > 4)) {
                    problems.add(new Violation(at, "Ashby score " + level + " is not between 1 and 4"));
                    continue;
                }
                rate(card, field.path("path"), field.path("title"), level, at, problems);
            }
        }
    }

    private void workable(JsonNode n, String path, Card card, List<Violation> problems) {
        card.interviewer = id(n.path("member_id"));
        String scaleName = n.path("scale").asText("");
        JsonNode grade = n.path("grade");
        if (!grade.isMissingNode() && !grade.isNull()) {
            int max = switch (scaleName) {
                case "thumbs" -> 2;
                case "stars" -> 4;
                case "numbers" -> 9;
                default -> -1;
            };
            if (max < 0) {
                problems.add(new Violation(
                        path + ".scale",
                        "unknown Workable scale '" + shorten(scaleName) + "' (expected thumbs, stars or numbers)"));
            } else if (!grade.isIntegralNumber() || grade.intValue() < 0 || grade.intValue() > max) {
                problems.add(new Violation(
                        path + ".grade", "must be a whole number from 0 to " + max + " for scale " + scaleName));
            } else {
                int g = grade.intValue();
                if (max == 2) {
                    card.recommendation =
                            g == 0 ? Recommendation.NO_HIRE : g == 1 ? Recommendation.HIRE : Recommendation.STRONG_HIRE;
                } else {
                    card.recommendation = BY_LEVEL[(int) Math.round(3.0 * g / max)];
                }
            }
        }
        JsonNode sections = array(n.path("score_card").path("sections"), path + ".score_card.sections", problems);
        for (int s = 0; s < sections.size(); s++) {
            JsonNode traits =
                    array(sections.get(s).path("traits"), path + ".score_card.sections[" + s + "].traits", problems);
            for (int i = 0; i < traits.size(); i++) {
                JsonNode t = traits.get(i);
                String at = path + ".score_card.sections[" + s + "].traits[" + i + "]";
                JsonNode score = t.path("score");
                Integer level = null;
                if (score.isTextual()) {
                    level = WORKABLE_TRAITS.get(score.textValue().trim().toLowerCase(Locale.ROOT));
                    if (level == null) {
                        problems.add(new Violation(
                                at + ".score",
                                "unknown Workable score '" + shorten(score.textValue())
                                        + "' (expected negative, positive or definite)"));
                        continue;
                    }
                } else if (!score.isMissingNode() && !score.isNull()) {
                    problems.add(new Violation(at + ".score", "must be negative, positive or definite"));
                    continue;
                }
                rate(card, t.path("name"), null, level, at, problems);
            }
        }
    }

    /** Records a vendor level for the criterion the names map to, if any. */
    private void rate(
            Card card,
            JsonNode name,
            @Nullable JsonNode altName,
            @Nullable Integer vendorLevel,
            String at,
            List<Violation> problems) {
        Optional<String> criterion = name.isTextual() ? mapping.criterionFor(name.textValue()) : Optional.empty();
        if (criterion.isEmpty() && altName != null && altName.isTextual()) {
            criterion = mapping.criterionFor(altName.textValue());
        }
        if (criterion.isEmpty() || vendorLevel == null) {
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

    private boolean mapped(JsonNode text, JsonNode id) {
        return (text.isTextual() && mapping.criterionFor(text.textValue()).isPresent())
                || (id.isTextual() && mapping.criterionFor(id.textValue()).isPresent());
    }

    /** The node if it is an array; an empty array (after reporting) if it is anything else but absent or null. */
    private static JsonNode array(JsonNode node, String at, List<Violation> problems) {
        if (node.isArray()) {
            return node;
        }
        if (!node.isMissingNode() && !node.isNull()) {
            problems.add(new Violation(at, "must be an array"));
        }
        return EMPTY;
    }

    private static final JsonNode EMPTY = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();

    private static @Nullable Integer leverLevel(JsonNode v, String at, List<Violation> problems) {
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

    private static Recommendation overall(
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

    private static @Nullable String id(JsonNode n) {
        if (n.isTextual() && !n.textValue().isBlank()) {
            return n.textValue();
        }
        if (n.isIntegralNumber()) {
            return n.asText();
        }
        return null;
    }

    private static @Nullable Instant isoTime(JsonNode n, String at, List<Violation> problems) {
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

    private static @Nullable Instant epochMillis(JsonNode n, String at, List<Violation> problems) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            return Instant.ofEpochMilli(n.longValue());
        }
        problems.add(new Violation(at, "must be epoch milliseconds"));
        return null;
    }

    private static @Nullable Integer smallInt(String s) {
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

    private static String shorten(String s) {
        return s.length() <= 32 ? s : s.substring(0, 32) + "…";
    }

    /** One payload's fields before building the scorecard. */
    private static final class Card {
        @Nullable
        String interviewer;

        @Nullable
        String candidate;

        @Nullable
        Instant submittedAt;

        Recommendation recommendation = Recommendation.NO_DECISION;
        final Map<String, Integer> ratings = new LinkedHashMap<>();
    }
}
