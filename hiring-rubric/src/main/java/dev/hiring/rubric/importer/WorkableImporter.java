package dev.hiring.rubric.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hiring.core.Violation;
import dev.hiring.rubric.Recommendation;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Workable ratings: zero-based {@code grade} on {@code scale} {@code thumbs} (NO_HIRE, HIRE, STRONG_HIRE), {@code
 * stars} (0 to 4) or {@code numbers} (0 to 9), scaled to level {@code 1 + round(3 · grade / max)}; trait {@code
 * score} {@code negative}=1, {@code positive}=3, {@code definite}=4, traits mapped by {@code name}; interviewer
 * {@code member_id}. The candidate's reason is {@code disqualification_reason} when {@code disqualified}: a text
 * that may be typed freely, so the report never shows it (an unmapped one appears by its digest).
 */
final class WorkableImporter implements VendorFormat {
    private static final Map<String, Integer> TRAITS = Map.of("negative", 1, "positive", 3, "definite", 4);

    @Override
    public AtsVendor vendor() {
        return AtsVendor.WORKABLE;
    }

    @Override
    public String reasonsKeptWhere() {
        return "Workable keeps the disqualification reason on the candidate (disqualification_reason)";
    }

    @Override
    public String applicationWrapper() {
        return "candidate";
    }

    /** Workable's reason is a text recruiters may type freely: it is matched, but never shown (see the report). */
    @Override
    public ApplicationReason applicationReason(JsonNode app, String path, List<Violation> problems) {
        String at = path + ".disqualification_reason";
        if (app.path("disqualified").asBoolean(false)) {
            return new ApplicationReason(at, app.path("disqualification_reason"), ApplicationReason.MISSING, true);
        }
        return ApplicationReason.none(at);
    }

    @Override
    public void read(
            JsonNode n,
            String path,
            CardDraft card,
            ImportSession session,
            ImportCollector report,
            List<Violation> problems) {
        card.interviewer = ImportSession.id(n.path("member_id"));
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
                        "unknown Workable scale '" + ImportSession.shorten(scaleName)
                                + "' (expected thumbs, stars or numbers)"));
            } else if (!grade.isIntegralNumber() || grade.intValue() < 0 || grade.intValue() > max) {
                problems.add(new Violation(
                        path + ".grade", "must be a whole number from 0 to " + max + " for scale " + scaleName));
            } else {
                int g = grade.intValue();
                if (max == 2) {
                    card.recommendation =
                            g == 0 ? Recommendation.NO_HIRE : g == 1 ? Recommendation.HIRE : Recommendation.STRONG_HIRE;
                } else {
                    card.recommendation = ImportSession.BY_LEVEL[(int) Math.round(3.0 * g / max)];
                }
            }
        }
        JsonNode sections =
                ImportSession.array(n.path("score_card").path("sections"), path + ".score_card.sections", problems);
        for (int s = 0; s < sections.size(); s++) {
            JsonNode traits = ImportSession.array(
                    sections.get(s).path("traits"), path + ".score_card.sections[" + s + "].traits", problems);
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
                    level = TRAITS.get(score.textValue().trim().toLowerCase(Locale.ROOT));
                    if (level == null) {
                        problems.add(new Violation(
                                at + ".score",
                                "unknown Workable score '" + ImportSession.shorten(score.textValue())
                                        + "' (expected negative, positive or definite)"));
                        continue;
                    }
                } else if (!score.isMissingNode() && !score.isNull()) {
                    problems.add(new Violation(at + ".score", "must be negative, positive or definite"));
                    continue;
                }
                session.rate(card, UnmappedName.TRAIT, t.path("name"), null, level, at, report, problems);
            }
        }
    }
}
