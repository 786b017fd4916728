package dev.hiring.rubric.importer;

import dev.hiring.core.HiringGuide;
import dev.hiring.core.RejectionReason;
import dev.hiring.core.RubricCriterion;
import dev.hiring.rubric.DecisionPolicy;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A first {@link AtsMapping} for a vendor's payloads, for a person to edit: every vendor name an import could not map
 * ({@link ImportReport#unmapped()}) with a suggested criterion or rejection reason of the policy, chosen by the words
 * they share.
 *
 * <h2>How a suggestion is chosen</h2>
 *
 * The vendor name and each candidate target (a criterion's id, and its name and description where the guide has
 * them, plus a few words vendors' default attributes use for the guide's criteria, such as "analytical" and "problem
 * solver" for system design or "project management" for reliability and operations; a rejection reason's id, title
 * and description) are split into words of at least four letters, ignoring
 * case and a few filler words; words match when their first four letters match. The target sharing most words wins
 * (ties: the first in the policy's order). A name that shares no word with any target is put under {@code ignored},
 * so the skeleton is usable as it is and the person sees, in one file, what to map.
 *
 * <p>This class is thread-safe.
 */
public final class MappingSkeleton {
    private static final Set<String> FILLER = Set.of(
            "with", "from", "that", "this", "their", "them", "they", "have", "skill", "skills", "ability", "work",
            "works", "working");

    /**
     * Words that vendors' default scorecard attributes use for the guide's criteria, added to the criteria's own
     * words when matching: a choice of this SDK, to be checked by whoever edits the skeleton.
     */
    private static final Map<String, String> COMMON_WORDS = Map.of(
            "system-design", "architecture scalability problem solver solving analytical analysis",
            "coding-and-apis", "technical programming engineering code quality",
            "reliability-and-ops", "project operations production incidents delivery execution",
            "collaboration-and-leadership", "relationship team teamwork others adaptable culture mentoring leadership",
            "security-and-data", "privacy compliance data");

    private MappingSkeleton() {}

    /**
     * A mapping that maps each unmapped vendor name of the report to its best-matching criterion (or, for a
     * rejection reason, to a rejection reason) of the policy, and lists names without a match under {@code
     * ignored}.
     *
     * @param report the report of an import with an empty (or partial) mapping
     * @param policy the policy whose criteria and rejection reasons are the targets
     * @param guide the guide whose criterion names and descriptions help matching (criteria the policy does not have
     *     are not suggested)
     */
    public static AtsMapping suggest(ImportReport report, DecisionPolicy policy, HiringGuide guide) {
        return suggest(
                report,
                policy,
                java.util.Objects.requireNonNull(guide, "guide").rubricCriteria(),
                guide.rejectionReasons());
    }

    /**
     * A mapping as {@link #suggest(ImportReport, DecisionPolicy, HiringGuide)} for a policy without a guide (a policy
     * file of one's own): the targets are matched by the words of their ids only.
     *
     * @param report the report of an import with an empty (or partial) mapping
     * @param policy the policy whose criteria and rejection reasons are the targets
     */
    public static AtsMapping suggest(ImportReport report, DecisionPolicy policy) {
        return suggest(report, policy, List.of(), List.of());
    }

    private static AtsMapping suggest(
            ImportReport report,
            DecisionPolicy policy,
            List<RubricCriterion> guideCriteria,
            List<RejectionReason> guideReasons) {
        Map<String, String> criteria = new LinkedHashMap<>();
        for (String id : policy.weights().keySet()) {
            StringBuilder text =
                    new StringBuilder(id.replace('-', ' ')).append(' ').append(COMMON_WORDS.getOrDefault(id, ""));
            for (RubricCriterion c : guideCriteria) {
                if (c.id().equals(id)) {
                    text.append(' ').append(c.name()).append(' ').append(c.description());
                }
            }
            criteria.put(id, text.toString());
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        List<String> policyReasons = policy.rejectionReasons();
        for (RejectionReason r : guideReasons) {
            if (policyReasons.isEmpty() || policyReasons.contains(r.id())) {
                reasons.put(r.id(), r.id().replace('-', ' ') + " " + r.title() + " " + r.description());
            }
        }
        for (String id : policyReasons) {
            reasons.putIfAbsent(id, id.replace('-', ' '));
        }
        AtsMapping.Builder b = AtsMapping.builder();
        for (UnmappedName u : report.unmapped()) {
            boolean reason = u.kind().equals(UnmappedName.REJECTION_REASON);
            String best = best(u.name(), reason ? reasons : criteria);
            if (best == null) {
                b.addIgnored(u.name());
            } else if (reason) {
                b.putRejectionReasons(u.name(), best);
            } else {
                b.putCriteria(u.name(), best);
            }
        }
        return b.build();
    }

    private static @org.jspecify.annotations.Nullable String best(String name, Map<String, String> targets) {
        Set<String> words = stems(name);
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, String> t : targets.entrySet()) {
            Set<String> shared = stems(t.getValue());
            shared.retainAll(words);
            if (shared.size() > bestScore) {
                bestScore = shared.size();
                best = t.getKey();
            }
        }
        return best;
    }

    /** The first four letters of each word of at least four letters, lower case, without filler words. */
    static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+", -1)) {
            if (w.length() >= 4 && !FILLER.contains(w)) {
                out.add(w.substring(0, 4));
            }
        }
        return out;
    }
}
