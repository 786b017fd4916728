package dev.hiring.rubric.importer;

import dev.hiring.rubric.Recommendation;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One payload's fields before building the scorecard. */
final class CardDraft {
    @Nullable
    String interviewer;

    @Nullable
    String candidate;

    @Nullable
    Instant submittedAt;

    Recommendation recommendation = Recommendation.NO_DECISION;
    final Map<String, Integer> ratings = new LinkedHashMap<>();
}
