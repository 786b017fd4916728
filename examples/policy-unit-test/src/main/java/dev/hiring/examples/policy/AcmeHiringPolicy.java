package dev.hiring.examples.policy;

import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.DecisionRule;
import dev.hiring.rubric.HiringPolicies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hiring policy of Acme Freight, a fictional logistics company, for backend engineers. It builds on the guide's
 * scale, criteria, rejection reasons and red flags, with Acme's own choices:
 *
 * <ul>
 *   <li>weights: security and data count as much as coding (Acme moves customs data), system design most;
 *   <li>three interviewers must fill the rubric, not two;
 *   <li>a higher bar (weighted score 2.2) and floors on system design and on security and data;
 *   <li>one rule of Acme's own, {@value SecurityInterviewRule#ID} (a {@link DecisionRule.Custom} rule naming {@link
 *       SecurityInterviewRule}): someone must have rated security and data at all, or the decision waits for more
 *       evidence. Being inside the policy, it is in the policy's JSON, its hash and every decision's trace.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcmeHiringPolicy {
    /** The id of Acme's own rule, as it appears in the trace. */
    public static final String SECURITY_INTERVIEW = SecurityInterviewRule.ID;

    /** The criterion Acme's own rule looks at. */
    public static final String SECURITY = "security-and-data";

    private static final DecisionPolicy POLICY = build();

    private AcmeHiringPolicy() {}

    private static DecisionPolicy build() {
        DecisionPolicy guide = HiringPolicies.seniorBackendEngineer();
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("system-design", 3.0);
        weights.put("coding-and-apis", 2.0);
        weights.put("reliability-and-ops", 1.5);
        weights.put("collaboration-and-leadership", 1.0);
        weights.put(SECURITY, 2.0);
        Map<String, Double> floors = new LinkedHashMap<>();
        floors.put("system-design", 2.0);
        floors.put(SECURITY, 2.0);
        return DecisionPolicy.builder()
                .id("acme-backend-engineer")
                .version(4)
                .description("Acme Freight: backend engineers")
                .ratingScale(guide.ratingScale())
                .putAllWeights(weights)
                .addAllRejectionReasons(guide.rejectionReasons())
                .addAllRedFlags(guide.redFlags())
                .addRules(
                        new DecisionRule.StrongNoHireVeto(),
                        new DecisionRule.RedFlagVeto(List.of()),
                        new DecisionRule.MinInterviewers(3),
                        new DecisionRule.RejectionReasonRequired(),
                        new DecisionRule.Custom(SECURITY_INTERVIEW, 1, Map.of("criterion", SECURITY)),
                        new DecisionRule.MaxDisagreement(1),
                        new DecisionRule.MinScore(2.2),
                        new DecisionRule.CriterionFloors(floors))
                .build();
    }

    /** Acme's policy: plain SDK data, with Acme's own rule inside it. */
    public static DecisionPolicy policy() {
        return POLICY;
    }
}
