package dev.hiring.rubric.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.Violation;
import dev.hiring.rubric.Recommendation;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Greenhouse Harvest scorecards: attribute {@code rating} {@code strong_yes}=4, {@code yes}=3, {@code mixed}=2,
 * {@code no}=1, {@code definitely_not}=1, {@code no_decision} or null = unrated; {@code overall_recommendation}
 * {@code strong_yes} STRONG_HIRE, {@code yes} HIRE, {@code no} NO_HIRE, {@code definitely_not} STRONG_NO_HIRE,
 * {@code no_decision} and the older {@code mixed} NO_DECISION; interviewer {@code interviewer.id} (else {@code
 * submitted_by.id}), candidate {@code candidate_id}, time {@code submitted_at}. The application's reason is {@code
 * rejection_reason} {@code {id, name}}.
 */
final class GreenhouseImporter implements VendorFormat {
    private static final Map<String, Integer> RATINGS =
            Map.of("strong_yes", 4, "yes", 3, "mixed", 2, "no", 1, "definitely_not", 1);
    private static final Map<String, Recommendation> OVERALL = Map.of(
            "strong_yes", Recommendation.STRONG_HIRE,
            "yes", Recommendation.HIRE,
            "no", Recommendation.NO_HIRE,
            "definitely_not", Recommendation.STRONG_NO_HIRE,
            "no_decision", Recommendation.NO_DECISION,
            "mixed", Recommendation.NO_DECISION);

    @Override
    public AtsVendor vendor() {
        return AtsVendor.GREENHOUSE;
    }

    @Override
    public String reasonsKeptWhere() {
        return "Greenhouse keeps rejection reasons on the application (Harvest application"
                + " rejection_reason), not on the scorecard";
    }

    @Override
    public String applicationWrapper() {
        return "";
    }

    @Override
    public ApplicationReason applicationReason(JsonNode app, String path, List<Violation> problems) {
        return ApplicationReason.inObject(app, path, "rejection_reason", "name", "id", problems);
    }

    @Override
    public void read(
            JsonNode n,
            String path,
            CardDraft card,
            ImportSession session,
            ImportCollector report,
            List<Violation> problems) {
        card.interviewer = ImportSession.id(n.path("interviewer").path("id"));
        if (card.interviewer == null) {
            card.interviewer = ImportSession.id(n.path("submitted_by").path("id"));
        }
        card.candidate = ImportSession.id(n.path("candidate_id"));
        report.found(report.stages, ImportSession.id(n.path("interview_step").path("id")));
        report.found(report.applications, ImportSession.id(n.path("application_id")));
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
        card.submittedAt = ImportSession.isoTime(n.path("submitted_at"), path + ".submitted_at", problems);
        card.recommendation = ImportSession.overall(
                n.path("overall_recommendation"), OVERALL, path + ".overall_recommendation", problems);
        JsonNode attributes = ImportSession.array(n.path("attributes"), path + ".attributes", problems);
        for (int i = 0; i < attributes.size(); i++) {
            JsonNode a = attributes.get(i);
            String at = path + ".attributes[" + i + "]";
            JsonNode rating = a.path("rating");
            Integer level = null;
            if (rating.isTextual()) {
                String r = rating.textValue().trim().toLowerCase(Locale.ROOT);
                if (!r.equals("no_decision")) {
                    level = RATINGS.get(r);
                    if (level == null) {
                        problems.add(new Violation(
                                at + ".rating",
                                "unknown Greenhouse rating '" + ImportSession.shorten(r)
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
            session.rate(card, UnmappedName.ATTRIBUTE, a.path("name"), null, level, at, report, problems);
        }
    }
}
