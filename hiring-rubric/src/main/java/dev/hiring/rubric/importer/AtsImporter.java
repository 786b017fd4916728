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
import dev.hiring.rubric.UndecidableEvaluationException;
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
     * Reads one payload object or an array of them; {@link #readWithReport(String)} also says what was left out.
     *
     * @throws HiringParseException if the text is not JSON
     * @throws InvalidHiringDataException naming every field with an unknown or missing value
     */
    public CandidateEvaluation read(String json) {
        return readWithReport(json).evaluation();
    }

    /**
     * Reads one payload object or an array of them, and reports every vendor name the mapping does not map, every
     * value read past and why, the mapping entries that matched nothing and the stage, interview and application ids
     * found.
     *
     * @throws HiringParseException if the text is not JSON
     * @throws InvalidHiringDataException naming every field with an unknown or missing value
     * @throws UndecidableEvaluationException if the payloads are for different candidates
     */
    public ImportResult readWithReport(String json) {
        return importAll(json, null);
    }

    /**
     * Reads the payloads as {@link #readWithReport(String)} does, and the candidate's application, where the vendors
     * keep rejection reasons: the Greenhouse Harvest application ({@code rejection_reason} with {@code name} and
     * {@code id}), the Lever opportunity ({@code archived.reason}, an archive-reason id; also inside {@code
     * "data"}), the Ashby application ({@code archiveReason} with {@code text} and {@code id}; also inside {@code
     * "results"}) or the Workable candidate ({@code disqualification_reason} when {@code disqualified}; also inside
     * {@code "candidate"}). The reason is mapped with {@link AtsMapping#getRejectionReasons()} and becomes the
     * evaluation's own ({@link CandidateEvaluation#getRejectionReasons()}); an unmapped reason is reported.
     *
     * @throws HiringParseException if a text is not JSON
     * @throws InvalidHiringDataException naming every field with an unknown or missing value
     */
    public ImportResult readWithReport(String json, String application) {
        return importAll(json, java.util.Objects.requireNonNull(application, "application"));
    }

    private ImportResult importAll(String json, @Nullable String applicationText) {
        JsonNode root = tree(json, vendor.id() + " payload");
        Report report = new Report();
        List<String> overallReasons = new ArrayList<>();
        if (applicationText != null) {
            application(tree(applicationText, vendor.id() + " application"), report, overallReasons);
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
            report.seen.clear();
            switch (vendor) {
                case GREENHOUSE -> greenhouse(item, path, card, report, problems);
                case LEVER -> lever(item, path, card, report, problems);
                case ASHBY -> ashby(item, path, card, report, problems);
                case WORKABLE -> workable(item, path, card, report, problems);
            }
            if (card.interviewer == null) {
                problems.add(new Violation(path, "names no interviewer id"));
            }
            cards.add(card);
        }
        if (!problems.isEmpty()) {
            throw new InvalidHiringDataException(vendor.id() + " payload", problems);
        }
        for (int i = 1; i < cards.size(); i++) {
            String c0 = cards.get(0).candidate;
            String ci = cards.get(i).candidate;
            if (c0 != null && ci != null && !c0.equals(ci)) {
                throw new UndecidableEvaluationException(
                        UndecidableEvaluationException.Problem.DIFFERENT_CANDIDATES,
                        paths.get(i) + ": a " + vendor.id() + " payload for candidate '" + shorten(ci) + "', but "
                                + paths.get(0) + " is for '" + shorten(c0) + "'; import one candidate at a time");
            }
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
        boolean negativeWithoutReason = false;
        for (Scorecard sc : scorecards) {
            negativeWithoutReason |= sc.getRecommendation().isNegative()
                    && sc.getRejectionReasons().isEmpty();
        }
        if (negativeWithoutReason && overallReasons.isEmpty()) {
            report.hints.add(
                    applicationText == null
                            ? "a negative scorecard gives no rejection reason: " + where() + "; import it with the "
                                    + "scorecards (hiring decide --application FILE)"
                            : "a negative scorecard gives no rejection reason and the application gives no mapped one");
        }
        CandidateEvaluation evaluation;
        try {
            evaluation = CandidateEvaluation.builder()
                    .candidate(cand)
                    .role(mapping.roleOrDefault())
                    .addAllScorecards(scorecards)
                    .addAllRejectionReasons(overallReasons)
                    .build();
        } catch (InvalidHiringDataException e) {
            throw e.under(vendor.id() + " payload", "$");
        }
        return new ImportResult(evaluation, report.build(vendor, mapping));
    }

    private JsonNode tree(String json, String what) {
        if (json.isBlank()) {
            throw new HiringParseException("JSON input is empty", "$", 0, 0);
        }
        try {
            return HiringJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw HiringJson.translate(e, what);
        }
    }

    /** Where the vendor keeps rejection reasons, for hints. */
    private String where() {
        return switch (vendor) {
            case GREENHOUSE ->
                "Greenhouse keeps rejection reasons on the application (Harvest application"
                        + " rejection_reason), not on the scorecard";
            case LEVER -> "Lever keeps the archive reason on the opportunity (archived.reason)";
            case ASHBY -> "Ashby keeps the archive reason on the application (archiveReason)";
            case WORKABLE -> "Workable keeps the disqualification reason on the candidate (disqualification_reason)";
        };
    }

    /** Reads the application's id and rejection reason. */
    private void application(JsonNode root, Report report, List<String> reasons) {
        List<Violation> problems = new ArrayList<>();
        JsonNode app = root;
        String wrapper = switch (vendor) {
            case LEVER -> "data";
            case ASHBY -> "results";
            case WORKABLE -> "candidate";
            case GREENHOUSE -> "";
        };
        String path = "$";
        if (!wrapper.isEmpty() && app.path(wrapper).isObject()) {
            app = app.path(wrapper);
            path = "$." + wrapper;
        }
        if (!app.isObject()) {
            throw new InvalidHiringDataException(
                    vendor.id() + " application",
                    List.of(new Violation("$", "must be a " + vendor.id() + " application object")));
        }
        String appId = id(app.path("id"));
        if (appId != null) {
            report.applications.add(appId);
        }
        JsonNode name = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        JsonNode reasonId = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        String at = path;
        switch (vendor) {
            case GREENHOUSE -> {
                JsonNode r = app.path("rejection_reason");
                at = path + ".rejection_reason";
                if (r.isObject()) {
                    name = r.path("name");
                    reasonId = r.path("id");
                } else if (!r.isMissingNode() && !r.isNull()) {
                    problems.add(new Violation(at, "must be an object with name and id, or null"));
                }
            }
            case LEVER -> {
                JsonNode archived = app.path("archived");
                at = path + ".archived.reason";
                if (archived.isObject()) {
                    reasonId = archived.path("reason");
                } else if (!archived.isMissingNode() && !archived.isNull()) {
                    problems.add(new Violation(path + ".archived", "must be an object with reason, or null"));
                }
            }
            case ASHBY -> {
                JsonNode r = app.path("archiveReason");
                at = path + ".archiveReason";
                if (r.isObject()) {
                    name = r.path("text");
                    reasonId = r.path("id");
                } else if (!r.isMissingNode() && !r.isNull()) {
                    problems.add(new Violation(at, "must be an object with text and id, or null"));
                }
            }
            case WORKABLE -> {
                at = path + ".disqualification_reason";
                if (app.path("disqualified").asBoolean(false)) {
                    name = app.path("disqualification_reason");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidHiringDataException(vendor.id() + " application", problems);
        }
        report.applicationRead = true;
        String n = name.isTextual() && !name.textValue().isBlank() ? name.textValue() : null;
        String i = id(reasonId);
        String shown = n != null ? shorten(n) : i;
        if (shown == null) {
            return;
        }
        Optional<String> mapped = n == null ? Optional.empty() : mapping.rejectionReasonFor(n);
        if (mapped.isPresent() && n != null) {
            report.used.add(AtsMapping.key(n));
        } else if (i != null) {
            mapped = mapping.rejectionReasonFor(i);
            if (mapped.isPresent()) {
                report.used.add(AtsMapping.key(i));
            }
        }
        if (mapped.isPresent()) {
            reasons.add(mapped.get());
            report.rejectionReasons.add(mapped.get());
        } else if (mapping.isIgnored(shown)) {
            report.used.add(AtsMapping.key(shown));
            report.ignored.add(new IgnoredValue(at, "listed under ignored in the mapping"));
        } else {
            report.unmapped(UnmappedName.REJECTION_REASON, shown);
            report.ignored.add(new IgnoredValue(at, "rejection reason not mapped (add it to rejectionReasons)"));
        }
    }

    private void greenhouse(JsonNode n, String path, Card card, Report report, List<Violation> problems) {
        card.interviewer = id(n.path("interviewer").path("id"));
        if (card.interviewer == null) {
            card.interviewer = id(n.path("submitted_by").path("id"));
        }
        card.candidate = id(n.path("candidate_id"));
        report.found(report.stages, id(n.path("interview_step").path("id")));
        report.found(report.applications, id(n.path("application_id")));
        if (!n.path("ratings").isMissingNode()) {
            report.ignored.add(new IgnoredValue(
                    path + ".ratings", "a bucket view of attributes; ratings are read from attributes"));
        }
        JsonNode questions = n.path("questions");
        for (int i = 0; i < questions.size(); i++) {
            if (questions.isArray() && !questions.get(i).path("answer").isNull()) {
                report.ignored.add(
                        new IgnoredValue(path + ".questions[" + i + "].answer", "free-text answer; never imported"));
            }
        }
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
            JsonNode note = a.path("note");
            if (note.isTextual() && !note.textValue().isBlank()) {
                report.ignored.add(new IgnoredValue(at + ".note", "free-text note; never imported"));
            }
            rate(card, UnmappedName.ATTRIBUTE, a.path("name"), null, level, at, report, problems);
        }
    }

    private void lever(JsonNode n, String path, Card card, Report report, List<Violation> problems) {
        card.interviewer = id(n.path("user"));
        report.found(report.interviews, id(n.path("interview")));
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
            if (!mapped && !score) {
                report.ignored.add(new IgnoredValue(
                        at + ".value",
                        "a field of type '" + shorten(type) + "' is not a score"
                                + (type.equals("textarea") || type.equals("text")
                                        ? " (free text); never imported"
                                        : "; not imported")));
                continue;
            }
            if (!mapped && overallSeen) {
                rate(card, UnmappedName.FIELD, f.path("text"), f.path("id"), null, at, report, problems);
                continue;
            }
            Integer level = leverLevel(f.path("value"), at + ".value", problems);
            if (mapped) {
                rate(card, UnmappedName.FIELD, f.path("text"), f.path("id"), level, at, report, problems);
            } else {
                overallSeen = true;
                card.recommendation = level == null ? Recommendation.NO_DECISION : BY_LEVEL[level - 1];
            }
        }
    }

    private void ashby(JsonNode n, String path, Card card, Report report, List<Violation> problems) {
        card.interviewer = id(n.path("submittedByUser").path("id"));
        card.candidate = id(n.path("applicationId"));
        report.found(report.applications, card.candidate);
        report.found(report.interviews, id(n.path("interviewId")));
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
                String key = field.path("path").asText("");
                String at = path + ".submittedValues." + shorten(key);
                String type = field.path("type").asText("");
                if (!type.equals("Score")) {
                    if (!key.equals("overall_recommendation")
                            && !values.path(key).isMissingNode()) {
                        report.ignored.add(new IgnoredValue(
                                at,
                                "a field of type '" + shorten(type) + "' is not a score"
                                        + (type.equals("RichText") || type.equals("String")
                                                ? " (free text); never imported"
                                                : "; not imported")));
                    }
                    continue;
                }
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
                rate(card, UnmappedName.FIELD, field.path("path"), field.path("title"), level, at, report, problems);
            }
        }
    }

    private void workable(JsonNode n, String path, Card card, Report report, List<Violation> problems) {
        card.interviewer = id(n.path("member_id"));
        if (n.path("comment").isTextual()) {
            report.ignored.add(new IgnoredValue(path + ".comment", "free-text comment; never imported"));
        }
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
                if (t.path("note").isTextual()) {
                    report.ignored.add(new IgnoredValue(at + ".note", "free-text note; never imported"));
                }
                JsonNode questions = t.path("questions");
                for (int q = 0; q < questions.size(); q++) {
                    if (questions.isArray() && !questions.get(q).path("score").isMissingNode()) {
                        report.ignored.add(new IgnoredValue(
                                at + ".questions[" + q + "].score",
                                "question scores are not imported; the trait's score is"));
                    }
                }
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
                rate(card, UnmappedName.TRAIT, t.path("name"), null, level, at, report, problems);
            }
        }
    }

    /**
     * Records a vendor level for the criterion the names map to, if any; reports an unmapped name (unless the mapping
     * lists it as ignored) and a mapped name left unrated.
     */
    private void rate(
            Card card,
            String kind,
            JsonNode name,
            @Nullable JsonNode altName,
            @Nullable Integer vendorLevel,
            String at,
            Report report,
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

    /** Collects what an import left out and found. */
    private static final class Report {
        /** Kind, NUL, name → [kind, name, count], in the order first met. */
        final Map<String, Object[]> unmappedCounts = new LinkedHashMap<>();

        final List<IgnoredValue> ignored = new ArrayList<>();
        final java.util.Set<String> used = new java.util.HashSet<>();
        final java.util.Set<String> stages = new java.util.LinkedHashSet<>();
        final java.util.Set<String> interviews = new java.util.LinkedHashSet<>();
        final java.util.Set<String> applications = new java.util.LinkedHashSet<>();
        final List<String> rejectionReasons = new ArrayList<>();
        final List<String> hints = new ArrayList<>();
        boolean applicationRead;
        /** The names already counted in the current payload. */
        final java.util.Set<String> seen = new java.util.HashSet<>();

        void unmapped(String kind, String name) {
            unmappedCounts.merge(kind + "\u0000" + name, new Object[] {kind, name, 1}, (a, b) ->
                    new Object[] {a[0], a[1], (int) a[2] + 1});
        }

        void found(java.util.Set<String> ids, @Nullable String id) {
            if (id != null) {
                ids.add(id);
            }
        }

        ImportReport build(AtsVendor vendor, AtsMapping mapping) {
            List<UnmappedName> unmapped = new ArrayList<>();
            for (Object[] u : unmappedCounts.values()) {
                unmapped.add(new UnmappedName((String) u[0], (String) u[1], (int) u[2]));
            }
            List<String> unused = new ArrayList<>();
            for (String k : mapping.getCriteria().keySet()) {
                if (!used.contains(AtsMapping.key(k))) {
                    unused.add(shorten(k));
                }
            }
            for (String k : mapping.getRejectionReasons().keySet()) {
                if (applicationRead && !used.contains(AtsMapping.key(k))) {
                    unused.add(shorten(k));
                }
            }
            for (String k : mapping.getIgnored()) {
                if (!used.contains(AtsMapping.key(k))) {
                    unused.add(shorten(k));
                }
            }
            return new ImportReport(
                    vendor.id(),
                    unmapped,
                    ignored,
                    unused,
                    List.copyOf(stages),
                    List.copyOf(interviews),
                    List.copyOf(applications),
                    rejectionReasons,
                    hints);
        }
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
