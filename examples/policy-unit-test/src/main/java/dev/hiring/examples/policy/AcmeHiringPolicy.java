package dev.hiring.examples.policy;

import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.Decision;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.DecisionRule;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.Outcome;
import dev.hiring.rubric.RuleResult;
import dev.hiring.rubric.Scorecard;
import dev.hiring.rubric.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The hiring policy of Acme Freight, a fictional logistics company, for backend engineers. It builds on the guide's
 * scale, criteria, rejection reasons and red flags, with Acme's own choices:
 *
 * <ul>
 *   <li>weights: security and data count as much as coding (Acme moves customs data), system design most;
 *   <li>three interviewers must fill the rubric, not two;
 *   <li>a higher bar (weighted score 2.2) and floors on system design and on security and data;
 *   <li>one extra rule, {@value #SECURITY_INTERVIEW}: someone must have rated security and data at all, or the
 *       decision waits for more evidence.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcmeHiringPolicy implements Function<CandidateEvaluation, Decision> {
    /** The id of Acme's extra rule, as it appears in the trace. */
    public static final String SECURITY_INTERVIEW = "acme-security-interview";

    /** The criterion Acme's extra rule looks at. */
    public static final String SECURITY = "security-and-data";

    private static final DecisionPolicy BASE = buildBase();

    /** Creates the policy. */
    public AcmeHiringPolicy() {}

    private static DecisionPolicy buildBase() {
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
                .version(3)
                .description("Acme Freight: backend engineers")
                .ratingScale(guide.getRatingScale())
                .putAllWeights(weights)
                .addAllRejectionReasons(guide.getRejectionReasons())
                .addAllRedFlags(guide.getRedFlags())
                .addRules(
                        new DecisionRule.StrongNoHireVeto(),
                        new DecisionRule.RedFlagVeto(List.of()),
                        new DecisionRule.MinInterviewers(3),
                        new DecisionRule.RejectionReasonRequired(),
                        new DecisionRule.MaxDisagreement(1),
                        new DecisionRule.MinScore(2.2),
                        new DecisionRule.CriterionFloors(floors))
                .build();
    }

    /** The SDK policy underneath: Acme's scale, weights, ids and built-in rules (without the extra rule). */
    public static DecisionPolicy base() {
        return BASE;
    }

    /**
     * Decides with the base policy, then applies Acme's extra rule: without any rating of security and data, a HIRE
     * or NO_HIRE that no veto caused becomes MORE_EVIDENCE_NEEDED. The rule's result is appended to the trace.
     */
    @Override
    public Decision apply(CandidateEvaluation evaluation) {
        Decision d = BASE.decide(evaluation);
        boolean rated = false;
        for (Scorecard s : evaluation.getScorecards()) {
            rated |= s.rating(SECURITY).isPresent();
        }
        RuleResult extra = new RuleResult(
                SECURITY_INTERVIEW,
                rated ? Verdict.PASS : Verdict.FAIL,
                rated ? SECURITY + " was rated" : "nobody rated " + SECURITY + "; a security interview is required");
        boolean vetoed = d.trace().stream()
                .anyMatch(r -> r.verdict() == Verdict.FAIL
                        && (r.rule().equals(DecisionRule.StrongNoHireVeto.ID)
                                || r.rule().equals(DecisionRule.RedFlagVeto.ID)));
        Outcome outcome =
                !rated && !vetoed && d.outcome() != Outcome.DEBRIEF ? Outcome.MORE_EVIDENCE_NEEDED : d.outcome();
        com.fasterxml.jackson.databind.node.ObjectNode json =
                dev.hiring.core.json.HiringJson.mapper().valueToTree(d);
        json.put("outcome", outcome.name());
        json.withArray("trace").add(dev.hiring.core.json.HiringJson.mapper().valueToTree(extra));
        return Decision.parse(json.toString());
    }
}
