package dev.hiring.rubric.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.Violation;
import dev.hiring.rubric.Recommendation;
import java.util.List;

/**
 * Lever feedback forms: a score is an integer 1 to 4 or a text whose leading digit is the level ({@code "3 - Hire"});
 * null = unrated. The overall recommendation is the first score field the mapping does not map (4 STRONG_HIRE … 1
 * STRONG_NO_HIRE); fields match by {@code text} or {@code id}; interviewer {@code user}; time {@code completedAt}
 * (epoch milliseconds, else {@code createdAt}). The opportunity's reason is {@code archived.reason}, an id.
 */
final class LeverImporter implements VendorFormat {

    @Override
    public AtsVendor vendor() {
        return AtsVendor.LEVER;
    }

    @Override
    public String reasonsKeptWhere() {
        return "Lever keeps the archive reason on the opportunity (archived.reason)";
    }

    @Override
    public String applicationWrapper() {
        return "data";
    }

    @Override
    public ApplicationReason applicationReason(JsonNode app, String path, List<Violation> problems) {
        return ApplicationReason.inObject(app, path, "archived", null, "reason", problems);
    }

    @Override
    public void read(
            JsonNode n,
            String path,
            CardDraft card,
            ImportSession session,
            ImportCollector report,
            List<Violation> problems) {
        card.interviewer = ImportSession.id(n.path("user"));
        report.found(report.interviews, ImportSession.id(n.path("interview")));
        card.submittedAt = ImportSession.epochMillis(n.path("completedAt"), path + ".completedAt", problems);
        if (card.submittedAt == null) {
            card.submittedAt = ImportSession.epochMillis(n.path("createdAt"), path + ".createdAt", problems);
        }
        JsonNode fields = ImportSession.array(n.path("fields"), path + ".fields", problems);
        boolean overallSeen = false;
        for (int i = 0; i < fields.size(); i++) {
            JsonNode f = fields.get(i);
            String at = path + ".fields[" + i + "]";
            String type = f.path("type").asText("");
            boolean mapped = session.mapped(f.path("text"), f.path("id"));
            boolean score = type.equals("score") || type.equals("score-system");
            if (!mapped && !score) {
                report.ignored.add(
                        ImportSession.notAScore(at + ".value", type, type.equals("textarea") || type.equals("text")));
                continue;
            }
            if (!mapped && overallSeen) {
                session.rate(card, UnmappedName.FIELD, f.path("text"), f.path("id"), null, at, report, problems);
                continue;
            }
            Integer level = ImportSession.leverLevel(f.path("value"), at + ".value", problems);
            if (mapped) {
                session.rate(card, UnmappedName.FIELD, f.path("text"), f.path("id"), level, at, report, problems);
            } else {
                overallSeen = true;
                card.recommendation = level == null ? Recommendation.NO_DECISION : ImportSession.BY_LEVEL[level - 1];
            }
        }
    }
}
