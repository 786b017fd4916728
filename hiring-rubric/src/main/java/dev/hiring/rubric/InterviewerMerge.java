package dev.hiring.rubric;

import dev.hiring.core.RatingLevel;
import dev.hiring.core.RatingScale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Applies a policy's {@link DuplicateInterviewer} rule: one scorecard per interviewer. */
final class InterviewerMerge {
    private InterviewerMerge() {}

    /** Least favourable first. */
    private static final List<Recommendation> SEVERITY = List.of(
            Recommendation.STRONG_NO_HIRE, Recommendation.NO_HIRE, Recommendation.HIRE, Recommendation.STRONG_HIRE);

    /** Whether some interviewer has more than one scorecard. */
    static boolean hasDuplicates(CandidateEvaluation e) {
        List<Scorecard> cards = e.scorecards();
        if (cards.size() < 2) {
            return false;
        }
        Set<String> seen = new java.util.HashSet<>();
        for (Scorecard s : cards) {
            if (!seen.add(s.interviewer())) {
                return true;
            }
        }
        return false;
    }

    /** The evaluation with one scorecard per interviewer, by the rule (not {@link DuplicateInterviewer#REFUSE}). */
    static CandidateEvaluation merge(CandidateEvaluation e, DuplicateInterviewer rule, RatingScale scale) {
        Map<String, List<Scorecard>> byInterviewer = new LinkedHashMap<>();
        for (Scorecard s : e.scorecards()) {
            byInterviewer
                    .computeIfAbsent(s.interviewer(), k -> new ArrayList<>())
                    .add(s);
        }
        List<Scorecard> merged = new ArrayList<>(byInterviewer.size());
        for (List<Scorecard> cards : byInterviewer.values()) {
            if (cards.size() == 1) {
                merged.add(cards.get(0));
            } else {
                Scorecard latest = latest(cards);
                merged.add(rule == DuplicateInterviewer.LATEST ? latest : mean(cards, latest, scale));
            }
        }
        return e.withScorecards(merged);
    }

    private static Scorecard latest(List<Scorecard> cards) {
        Comparator<Scorecard> byTime = Comparator.comparing(
                (Scorecard s) -> s.submittedAt().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));
        Map<Scorecard, String> canonical = new HashMap<>();
        Comparator<Scorecard> order = byTime.thenComparing(s -> canonical.computeIfAbsent(
                s, c -> NativeFormat.toCanonicalJson(CandidateEvaluation.of(c.candidate(), "r", List.of(c)))));
        Scorecard best = cards.get(0);
        for (Scorecard s : cards) {
            if (order.compare(s, best) > 0) {
                best = s;
            }
        }
        return best;
    }

    private static Scorecard mean(List<Scorecard> cards, Scorecard latest, RatingScale scale) {
        Map<String, long[]> sums = new TreeMap<>();
        Set<String> reasons = new LinkedHashSet<>();
        Set<String> flags = new LinkedHashSet<>();
        @Nullable Recommendation worst = null;
        for (Scorecard s : cards) {
            s.ratings().forEach((k, v) -> {
                long[] sum = sums.computeIfAbsent(k, x -> new long[2]);
                sum[0] += v;
                sum[1]++;
            });
            reasons.addAll(s.rejectionReasons());
            flags.addAll(s.redFlags());
            Recommendation r = s.recommendation();
            if (r != Recommendation.NO_DECISION && (worst == null || SEVERITY.indexOf(r) < SEVERITY.indexOf(worst))) {
                worst = r;
            }
        }
        Map<String, Integer> ratings = new LinkedHashMap<>();
        sums.forEach((k, sum) -> ratings.put(k, nearestLevel(sum[0], sum[1], scale)));
        Instant at = latest.submittedAt().orElse(null);
        return Scorecard.builder()
                .candidate(latest.candidate())
                .interviewer(latest.interviewer())
                .stage(latest.stage())
                .submittedAt(java.util.Optional.ofNullable(at))
                .putAllRatings(ratings)
                .recommendation(worst == null ? Recommendation.NO_DECISION : worst)
                .addAllRejectionReasons(reasons)
                .addAllRedFlags(flags)
                .build();
    }

    /** The level value nearest to {@code sum / count} (a tie to the lower), compared exactly. */
    static int nearestLevel(long sum, long count, RatingScale scale) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (RatingLevel l : scale.levels()) {
            long distance = Math.abs(l.value() * count - sum);
            if (distance < bestDistance || (distance == bestDistance && l.value() < best)) {
                best = l.value();
                bestDistance = distance;
            }
        }
        return best;
    }
}
