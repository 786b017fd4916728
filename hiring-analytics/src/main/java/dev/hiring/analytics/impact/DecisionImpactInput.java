package dev.hiring.analytics.impact;

import dev.hiring.core.HiringException;
import dev.hiring.rubric.DecisionRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An impact table's input built in memory from decision records and a demographics lookup, with the candidates whose
 * category is unknown.
 *
 * <ul>
 *   <li>Every record is one applicant of the group {@link Demographics#groupOf} gives for its candidate.
 *   <li>Selected means the record's {@linkplain DecisionRecord#finalOutcome() final outcome}, overrides included, is
 *       {@code HIRE}. Every other outcome ({@code NO_HIRE}, {@code MORE_EVIDENCE_NEEDED}, {@code DEBRIEF}) counts as
 *       assessed and not selected; pass only concluded records to leave pending candidates out.
 *   <li>A candidate without a group (the lookup is empty, or the label is blank or {@code unknown} in any case, as in
 *       {@link ImpactCsv}) is of unknown category: counted in {@link ImpactInput#unknown()} and so in the table's
 *       total, in no group, and listed in {@link #withoutGroup()}; never dropped.
 *   <li>Each candidate appears once: two records for one candidate are an error (pass the latest of each).
 * </ul>
 *
 * @param input the selection-rate input, groups sorted by label
 * @param withoutGroup the ids of the candidates of unknown category, sorted
 */
public record DecisionImpactInput(ImpactInput input, List<String> withoutGroup) {
    /** Copies the list. */
    public DecisionImpactInput {
        withoutGroup = List.copyOf(withoutGroup);
    }

    /**
     * Counts applicants and hires per group.
     *
     * @param records one decision record per candidate
     * @param demographics the group of each candidate
     * @throws HiringException if a candidate has two records, or no candidate has a known group
     */
    public static DecisionImpactInput from(Collection<DecisionRecord> records, Demographics demographics) {
        Map<String, long[]> counts = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        List<String> without = new ArrayList<>();
        for (DecisionRecord r : records) {
            String candidate = r.decision().candidate();
            if (!seen.add(candidate)) {
                throw new HiringException("adverse impact: candidate '" + candidate
                        + "' has more than one decision record (pass one per candidate, the latest)");
            }
            Optional<String> group = demographics.groupOf(candidate);
            String label = group.map(String::strip).orElse("");
            if (label.isEmpty() || "unknown".equals(label.toLowerCase(Locale.ROOT))) {
                without.add(candidate);
                continue;
            }
            long[] c = counts.computeIfAbsent(label, g -> new long[2]);
            c[0]++;
            if (r.finalOutcome() == dev.hiring.rubric.Outcome.HIRE) {
                c[1]++;
            }
        }
        if (counts.isEmpty()) {
            throw new HiringException("adverse impact: none of the " + records.size()
                    + " candidates has a known group (" + without.size() + " without one)");
        }
        ImpactInput.CountsBuilder b = ImpactInput.selection().unknown(without.size());
        counts.forEach((g, c) -> b.group(g, c[0], c[1]));
        without.sort(java.util.Comparator.naturalOrder());
        return new DecisionImpactInput(b.build(), without);
    }

    /** The impact table of this input; see {@link AdverseImpact#analyze(ImpactInput)}. */
    public ImpactReport analyze() {
        return AdverseImpact.analyze(input);
    }
}
