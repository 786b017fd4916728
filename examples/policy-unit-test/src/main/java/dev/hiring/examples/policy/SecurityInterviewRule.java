package dev.hiring.examples.policy;

import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.core.Violation;
import dev.hiring.rubric.Aggregation;
import dev.hiring.rubric.CriterionAggregate;
import dev.hiring.rubric.CustomRule;
import dev.hiring.rubric.RuleKind;
import dev.hiring.rubric.RuleResult;
import dev.hiring.rubric.Verdict;
import java.util.List;
import java.util.Map;

/**
 * Acme's own rule, {@value #ID} version 1, registered through {@code ServiceLoader} (see {@code module-info.java}
 * and {@code META-INF/services/dev.hiring.rubric.CustomRule}): someone must have rated the criterion named by the
 * parameter {@code "criterion"} at all, or the decision waits for more evidence (an evidence rule).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SecurityInterviewRule implements CustomRule {
    /** The rule's id, as the policy names it and the trace shows it. */
    public static final String ID = "acme-security-interview";

    /** Creates the rule; {@code ServiceLoader} calls this. */
    public SecurityInterviewRule() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public RuleKind kind() {
        return RuleKind.EVIDENCE;
    }

    @Override
    public void checkParameters(Map<String, Object> parameters) {
        if (!(parameters.get("criterion") instanceof String)) {
            throw new InvalidHiringDataException(
                    ID, List.of(new Violation("parameters.criterion", "is required: the criterion id to require")));
        }
    }

    @Override
    public RuleResult evaluate(Aggregation aggregation, Map<String, Object> parameters) {
        String criterion = String.valueOf(parameters.get("criterion"));
        boolean rated = aggregation
                .criterion(criterion)
                .map(CriterionAggregate::isRated)
                .orElse(false);
        return new RuleResult(
                ID,
                rated ? Verdict.PASS : Verdict.FAIL,
                rated ? criterion + " was rated" : "nobody rated " + criterion + "; a security interview is required");
    }
}
