package dev.hiring.rubric;

import dev.hiring.core.StageKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small builders for example tests. */
final class Cards {
    static final String CANDIDATE = "c-1";
    static final String ROLE = "senior-backend-engineer";

    private Cards() {}

    static Scorecard card(String interviewer, Recommendation rec, Map<String, Integer> ratings) {
        return Scorecard.builder()
                .candidate(CANDIDATE)
                .interviewer(interviewer)
                .stage(StageKind.LOOP)
                .submittedAt(Instant.parse("2026-11-02T10:00:00Z"))
                .putAllRatings(ratings)
                .recommendation(rec)
                .build();
    }

    static Scorecard all(String interviewer, Recommendation rec, int level) {
        return card(
                interviewer,
                rec,
                Map.of(
                        "system-design", level,
                        "coding-and-apis", level,
                        "reliability-and-ops", level,
                        "collaboration-and-leadership", level,
                        "security-and-data", level));
    }

    static CandidateEvaluation eval(Scorecard... cards) {
        return CandidateEvaluation.of(CANDIDATE, ROLE, List.of(cards));
    }

    static String resource(String name) {
        try (var in = Cards.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
