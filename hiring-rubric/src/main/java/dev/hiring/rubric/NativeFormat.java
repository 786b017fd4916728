package dev.hiring.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.RatingLevel;
import dev.hiring.core.RatingScale;
import dev.hiring.core.Violation;
import dev.hiring.core.jackson.HiringJackson;
import dev.hiring.core.json.HiringJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SDK's own evaluation JSON, the input of {@code hiring decide}:
 *
 * <pre>{@code
 * {"candidate": "c-1", "role": "senior-backend-engineer",
 *  "scorecards": [{"interviewer": "i-1", "stage": "LOOP", "submittedAt": "2026-11-02T10:00:00Z",
 *                  "ratings": {"system-design": "meets", "coding-and-apis": 3},
 *                  "recommendation": "HIRE", "rejectionReasons": [], "redFlags": [], "notes": "..."}],
 *  "rejectionReasons": ["shallow-system-design"]}
 * }</pre>
 *
 * The top-level {@code rejectionReasons} (optional) are the evaluation's own, such as an ATS application's
 * ({@link CandidateEvaluation#rejectionReasons()}).
 *
 * A rating is a level of the rating scale given as its id ({@code "meets"}), its label or one part of it
 * ({@code "Meets"}, {@code "Adequate"}), or its numeric value ({@code 2} or {@code "2"}); a JSON {@code null} or
 * an absent criterion means unrated. {@code stage}, {@code submittedAt}, {@code recommendation} (default
 * NO_DECISION), the lists and {@code notes} are optional. Unknown fields are errors (this is the SDK's own format).
 * Errors name the JSON path and never quote notes.
 *
 * <p>{@link #write} writes ratings as level ids, so reading what was written gives an equal evaluation.
 *
 * <p>This class is thread-safe.
 */
public final class NativeFormat {
    private NativeFormat() {}

    /**
     * Reads an evaluation, resolving ratings against a rating scale.
     *
     * @throws dev.hiring.core.HiringParseException if the text is not JSON of the native shape
     * @throws InvalidHiringDataException naming every invalid field
     */
    public static CandidateEvaluation read(String json, RatingScale scale) {
        NativeDto.Evaluation dto = HiringJson.readUnvalidated(json, NativeDto.Evaluation.class);
        List<Violation> problems = new ArrayList<>();
        String candidate = dto.candidate();
        String role = dto.role();
        if (candidate == null) {
            problems.add(new Violation("$.candidate", "is required"));
        }
        if (role == null) {
            problems.add(new Violation("$.role", "is required"));
        }
        List<NativeDto.@org.jspecify.annotations.Nullable Card> cards =
                dto.scorecards() == null ? List.of() : dto.scorecards();
        List<Scorecard> scorecards = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            String path = "$.scorecards[" + i + "]";
            NativeDto.Card c = cards.get(i);
            if (c == null) {
                problems.add(new Violation(path, "must be an object"));
                continue;
            }
            if (c.interviewer() == null) {
                problems.add(new Violation(path + ".interviewer", "is required"));
            }
            Map<String, Integer> ratings = new LinkedHashMap<>();
            if (c.ratings() != null) {
                c.ratings().forEach((criterion, node) -> {
                    String at = path + ".ratings." + (criterion.length() <= 64 ? criterion : "<key>");
                    resolve(node, scale, at, problems).ifPresent(v -> ratings.put(criterion, v));
                });
            }
            if (candidate == null || c.interviewer() == null) {
                continue;
            }
            try {
                Scorecard.Builder b = Scorecard.builder();
                b.candidate(candidate)
                        .interviewer(c.interviewer())
                        .stage(Optional.ofNullable(c.stage()))
                        .submittedAt(Optional.ofNullable(c.submittedAt()))
                        .putAllRatings(ratings)
                        .recommendation(c.recommendation() == null ? Recommendation.NO_DECISION : c.recommendation())
                        .addAllRejectionReasons(c.rejectionReasons() == null ? List.of() : c.rejectionReasons())
                        .addAllRedFlags(c.redFlags() == null ? List.of() : c.redFlags())
                        .notes(Optional.ofNullable(c.notes()));
                scorecards.add(b.build());
            } catch (InvalidHiringDataException e) {
                e.violations().forEach(v -> problems.add(v.under(path)));
            }
        }
        if (!problems.isEmpty() || candidate == null || role == null) {
            throw new InvalidHiringDataException("CandidateEvaluation", problems);
        }
        try {
            return CandidateEvaluation.builder()
                    .candidate(candidate)
                    .role(role)
                    .addAllScorecards(scorecards)
                    .addAllRejectionReasons(dto.rejectionReasons() == null ? List.of() : dto.rejectionReasons())
                    .build();
        } catch (InvalidHiringDataException e) {
            throw e.under("CandidateEvaluation", "$");
        }
    }

    /** Reads an evaluation for a policy, using its rating scale; see {@link #read(String, RatingScale)}. */
    public static CandidateEvaluation read(String json, DecisionPolicy policy) {
        return read(json, policy.ratingScale());
    }

    /**
     * Writes an evaluation in the native format, ratings as level ids of the scale (values that are no level of
     * the scale are written as numbers).
     */
    public static String write(CandidateEvaluation evaluation, RatingScale scale) {
        List<NativeDto.Card> cards = new ArrayList<>();
        for (Scorecard s : evaluation.scorecards()) {
            Map<String, JsonNode> ratings = new LinkedHashMap<>();
            s.ratings().forEach((k, v) -> ratings.put(k, levelNode(scale, v)));
            cards.add(card(s, ratings));
        }
        return HiringJson.write(new NativeDto.Evaluation(
                evaluation.candidate(), evaluation.role(), List.copyOf(cards), evaluation.rejectionReasons()));
    }

    /** A scorecard as written, with its ratings already as the nodes to write. */
    private static NativeDto.Card card(Scorecard s, Map<String, JsonNode> ratings) {
        return new NativeDto.Card(
                s.interviewer(),
                s.stage().orElse(null),
                s.submittedAt().orElse(null),
                ratings,
                s.recommendation(),
                s.rejectionReasons(),
                s.redFlags(),
                s.notes().orElse(null));
    }

    /**
     * The canonical JSON of an evaluation, the text a {@link DecisionRecord}'s input digest is computed from: compact
     * UTF-8 native JSON {@code {"candidate","role","scorecards":[...],"rejectionReasons":[...]}}, each scorecard with
     * its ratings as level values (numbers) in criterion-id order, absent optionals left out, notes included; the
     * scorecards sorted by their own canonical JSON, as their order never changes a decision; every other list in
     * its given order. Independent of any rating scale.
     */
    public static String toCanonicalJson(CandidateEvaluation evaluation) {
        ObjectMapper mapper = Canonical.MAPPER;
        try {
            List<String> cards = new ArrayList<>();
            for (Scorecard s : evaluation.scorecards()) {
                Map<String, JsonNode> ratings = new java.util.TreeMap<>();
                s.ratings().forEach((k, v) -> ratings.put(k, JsonNodeFactory.instance.numberNode(v)));
                cards.add(mapper.writeValueAsString(card(s, ratings)));
            }
            java.util.Collections.sort(cards);
            StringBuilder sb = new StringBuilder(256);
            sb.append("{\"candidate\":")
                    .append(mapper.writeValueAsString(evaluation.candidate()))
                    .append(",\"role\":")
                    .append(mapper.writeValueAsString(evaluation.role()))
                    .append(",\"scorecards\":[")
                    .append(String.join(",", cards))
                    .append("],\"rejectionReasons\":")
                    .append(mapper.writeValueAsString(evaluation.rejectionReasons()))
                    .append('}');
            return sb.toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new dev.hiring.core.HiringException("could not write CandidateEvaluation as JSON", e);
        }
    }

    /** The compact writer of {@link #toCanonicalJson(CandidateEvaluation)}. */
    private static final class Canonical {
        static final ObjectMapper MAPPER = HiringJackson.newObjectMapper()
                .configure(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT, false);
    }

    private static JsonNode levelNode(RatingScale scale, int value) {
        for (RatingLevel l : scale.levels()) {
            if (l.value() == value) {
                return JsonNodeFactory.instance.textNode(l.id());
            }
        }
        return JsonNodeFactory.instance.numberNode(value);
    }

    private static Optional<Integer> resolve(JsonNode node, RatingScale scale, String path, List<Violation> problems) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        String text;
        if (node.isTextual()) {
            text = node.textValue();
        } else if (node.isIntegralNumber() && node.canConvertToInt()) {
            text = Integer.toString(node.intValue());
        } else {
            problems.add(new Violation(path, "must be a level id, label or number of the rating scale, or null"));
            return Optional.empty();
        }
        Optional<RatingLevel> level = scale.parseLevel(text);
        if (level.isEmpty()) {
            problems.add(new Violation(
                    path, "'" + shorten(text) + "' is not a level of the rating scale (" + levelList(scale) + ")"));
            return Optional.empty();
        }
        return Optional.of(level.get().value());
    }

    static String levelList(RatingScale scale) {
        StringBuilder sb = new StringBuilder();
        for (RatingLevel l : scale.levels()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(l.id()).append('=').append(l.value());
        }
        return sb.toString();
    }

    static String shorten(String s) {
        return s.length() <= 32 ? s : s.substring(0, 32) + "…";
    }
}
