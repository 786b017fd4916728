package dev.hiring.rubric;

import dev.hiring.core.RubricCriterion;
import dev.hiring.core.Seniority;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weight profiles by {@link Seniority}: how much each rubric criterion counts in the weighted score.
 *
 * <p>The guide: "Weight system design, production experience, and ownership higher for senior roles." Its five
 * criteria map to those words as follows:
 *
 * <ul>
 *   <li>"system design" → {@code system-design} (weight 2.0 in the guide's data);
 *   <li>"production experience" → {@code reliability-and-ops}: SLOs, incidents, operating services under real
 *       traffic (1.5);
 *   <li>"ownership" → {@code collaboration-and-leadership}: mentoring, driving cross-team initiatives, owning
 *       outcomes (1.5);
 *   <li>{@code coding-and-apis} and {@code security-and-data} are not named and keep weight 1.0.
 * </ul>
 *
 * For {@link Seniority#SENIOR}, {@link Seniority#STAFF} and {@link Seniority#PRINCIPAL} the profile is the
 * criteria's own weights (the guide's above); for {@link Seniority#JUNIOR} and {@link Seniority#MID} every criterion
 * weighs 1.0.
 */
public final class WeightProfiles {
    private WeightProfiles() {}

    /**
     * The weight profile for a seniority over the given criteria, in their order.
     *
     * @return criterion id to weight, unmodifiable, in the criteria's order
     */
    public static Map<String, Double> forSeniority(Seniority seniority, List<RubricCriterion> criteria) {
        boolean weighted = seniority.compareTo(Seniority.SENIOR) >= 0;
        Map<String, Double> weights = new LinkedHashMap<>();
        for (RubricCriterion c : criteria) {
            weights.put(c.id(), weighted ? c.weight() : 1.0);
        }
        return Collections.unmodifiableMap(weights);
    }
}
