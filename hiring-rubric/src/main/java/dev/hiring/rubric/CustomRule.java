package dev.hiring.rubric;

import java.util.Map;

/**
 * A company's own decision rule, registered through {@link java.util.ServiceLoader} and named inside a policy by a
 * {@link DecisionRule.Custom} rule ({@code {"type": "custom", "rule": ID, "version": N, "parameters": {…}}}), so it
 * is part of the policy's JSON, its hash and the trace.
 *
 * <p>Register an implementation with a {@code provides dev.hiring.rubric.CustomRule with …} clause in the module
 * descriptor, or a {@code META-INF/services/dev.hiring.rubric.CustomRule} file on the class path. It needs a public
 * no-argument constructor. A policy names an {@link #id()} and a {@link #version()}; both must match an
 * implementation on the class path or the policy does not parse ({@link UnknownCustomRuleException}). Raise the
 * version whenever what the rule decides changes, so stored decisions name the logic that made them.
 *
 * <p>The rule judges the same {@link Aggregation} as the built-in rules, on the ratings as given: the
 * settled-disagreement judgement of {@link DecisionPolicy} (whether a debrief can change the outcome) looks at the
 * built-in bar rules only.
 *
 * <p>Implementations must be stateless, deterministic and thread-safe, and their details must not contain notes or
 * other free text from scorecards.
 */
public interface CustomRule {
    /** The rule's kebab-case id, as policies name it and the trace shows it, such as {@code acme-security-interview}. */
    String id();

    /** The version of the rule's logic this implementation provides; at least 1. */
    int version();

    /** What a failure means for the outcome. */
    RuleKind kind();

    /**
     * Checks the policy's parameters for this rule when the policy is built or parsed.
     *
     * @param parameters the JSON object of the policy's {@code parameters}: strings, numbers, booleans, nulls,
     *     lists and maps
     * @throws dev.hiring.core.InvalidHiringDataException naming each bad parameter (as {@code parameters.NAME})
     */
    default void checkParameters(Map<String, Object> parameters) {}

    /**
     * Judges one candidate's aggregation.
     *
     * @param aggregation the candidate's aggregation under the policy
     * @param parameters the policy's parameters for this rule, already checked by {@link #checkParameters(Map)}
     * @return the result; its {@link RuleResult#rule()} should be {@link #id()} (the policy sets it so either way)
     */
    RuleResult evaluate(Aggregation aggregation, Map<String, Object> parameters);
}
