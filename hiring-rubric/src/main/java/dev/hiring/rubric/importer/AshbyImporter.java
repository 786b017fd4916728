package dev.hiring.rubric.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.Violation;
import dev.hiring.rubric.Recommendation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ashby application feedback: {@code Score} fields (per {@code formDefinition}) 1 to 4 as a number, a numeric string
 * or {@code {"score": n}}, matched by {@code path} or {@code title}; {@code submittedValues.overall_recommendation}
 * {@code strong_hire}, {@code hire}, {@code no_hire}, {@code strong_no_hire} plus the mapping's {@code
 * recommendations}; interviewer {@code submittedByUser.id}, candidate {@code applicationId}, time {@code
 * submittedAt}. The application's reason is {@code archiveReason} {@code {id, text}}.
 */
final class AshbyImporter implements VendorFormat {
    private static final Map<String, Recommendation> OVERALL = Map.of(
            "strong_hire", Recommendation.STRONG_HIRE,
            "hire", Recommendation.HIRE,
            "no_hire", Recommendation.NO_HIRE,
            "strong_no_hire", Recommendation.STRONG_NO_HIRE);

    @Override
    public AtsVendor vendor() {
        return AtsVendor.ASHBY;
    }

    @Override
    public String reasonsKeptWhere() {
        return "Ashby keeps the archive reason on the application (archiveReason)";
    }

    @Override
    public String applicationWrapper() {
        return "results";
    }

    @Override
    public ApplicationReason applicationReason(JsonNode app, String path, List<Violation> problems) {
        return ApplicationReason.inObject(app, path, "archiveReason", "text", "id", problems);
    }

    @Override
    public void read(
            JsonNode n,
            String path,
            CardDraft card,
            ImportSession session,
            ImportCollector report,
            List<Violation> problems) {
        card.interviewer = ImportSession.id(n.path("submittedByUser").path("id"));
        card.candidate = ImportSession.id(n.path("applicationId"));
        report.found(report.applications, card.candidate);
        report.found(report.interviews, ImportSession.id(n.path("interviewId")));
        card.submittedAt = ImportSession.isoTime(n.path("submittedAt"), path + ".submittedAt", problems);
        JsonNode values = n.path("submittedValues");
        Map<String, Recommendation> overall = new HashMap<>(OVERALL);
        overall.putAll(session.mapping.recommendations());
        card.recommendation = ImportSession.overall(
                values.path("overall_recommendation"),
                overall,
                path + ".submittedValues.overall_recommendation",
                problems);
        JsonNode sections = ImportSession.array(
                n.path("formDefinition").path("sections"), path + ".formDefinition.sections", problems);
        for (int s = 0; s < sections.size(); s++) {
            JsonNode fields = ImportSession.array(
                    sections.get(s).path("fields"), path + ".formDefinition.sections[" + s + "].fields", problems);
            for (int i = 0; i < fields.size(); i++) {
                JsonNode field = fields.get(i).path("field");
                String key = field.path("path").asText("");
                String at = path + ".submittedValues." + ImportSession.shorten(key);
                String type = field.path("type").asText("");
                if (!type.equals("Score")) {
                    if (!key.equals("overall_recommendation")
                            && !values.path(key).isMissingNode()) {
                        report.ignored.add(
                                ImportSession.notAScore(at, type, type.equals("RichText") || type.equals("String")));
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
                    level = ImportSession.smallInt(v.textValue());
                    if (level == null) {
                        problems.add(new Violation(
                                at,
                                "Ashby score '" + ImportSession.shorten(v.textValue()) + "' is not a number 1 to 4"));
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
                session.rate(
                        card, UnmappedName.FIELD, field.path("path"), field.path("title"), level, at, report, problems);
            }
        }
    }
}
