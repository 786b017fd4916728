package dev.hiring.jdlint;

import dev.hiring.core.Severity;
import dev.hiring.jdlint.document.Section;
import java.util.List;

/**
 * The result of linting one document: the findings (sorted by position, then rule id), the findings silenced by
 * inline suppression comments, metrics, sections and a score.
 *
 * <p>The score is {@code max(0, 100 - penalty)}, where each finding costs {@link #ERROR_COST} (error),
 * {@link #WARNING_COST} (warning) or {@link #SUGGESTION_COST} (suggestion) points and only the first
 * {@link #MAX_COUNTED_PER_RULE} findings of each rule count, so one noisy rule cannot sink a document.
 *
 * @param findings the findings, sorted
 * @param suppressed findings silenced by inline comments, sorted
 * @param metrics word count and gender coding
 * @param sections the sections found
 * @param score 0 to 100, explained above
 */
public record LintReport(
        List<Finding> findings, List<Finding> suppressed, Metrics metrics, List<Section> sections, int score) {
    /** Points per error. */
    public static final int ERROR_COST = 10;
    /** Points per warning. */
    public static final int WARNING_COST = 5;
    /** Points per suggestion. */
    public static final int SUGGESTION_COST = 1;
    /** Findings of one rule that count towards the score. */
    public static final int MAX_COUNTED_PER_RULE = 3;

    /** Copies the lists. */
    public LintReport {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        sections = List.copyOf(sections);
    }

    /** The score of a sorted list of findings; see the class description. */
    public static int score(List<Finding> findings) {
        java.util.Map<String, Integer> perRule = new java.util.HashMap<>();
        int penalty = 0;
        for (Finding f : findings) {
            int n = perRule.merge(f.ruleId(), 1, Integer::sum);
            if (n <= MAX_COUNTED_PER_RULE) {
                penalty += switch (f.severity()) {
                    case ERROR -> ERROR_COST;
                    case WARNING -> WARNING_COST;
                    case SUGGESTION -> SUGGESTION_COST;
                };
            }
        }
        return Math.max(0, 100 - penalty);
    }

    /** Whether any finding is at or above the severity. */
    public boolean hasAtLeast(Severity severity) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(severity));
    }

    /** Returns a copy with other findings (for baselines); the score is recomputed. */
    public LintReport withFindings(List<Finding> kept) {
        return new LintReport(kept, suppressed, metrics, sections, score(kept));
    }
}
