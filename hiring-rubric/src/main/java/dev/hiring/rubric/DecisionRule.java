package dev.hiring.rubric;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.hiring.core.Violations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a {@link DecisionPolicy}: judges an {@link Aggregation} and returns a {@link RuleResult} with
 * {@link Verdict#PASS}, {@link Verdict#FAIL} or {@link Verdict#NOT_APPLICABLE} and a detail giving the numbers it
 * used. What a failure means for the outcome is the rule's {@link #kind()}.
 *
 * <p>The built-in rules are records, so a policy built from them is data: in JSON each rule is an object with a
 * {@code "type"} discriminator (the rule's {@link #id()}) and its settings, such as {@code {"type":
 * "min-interviewers", "min": 2}}. A company's own rule is a {@link Custom} rule naming a {@link CustomRule} registered
 * through {@link java.util.ServiceLoader}: {@code {"type": "custom", "rule": "acme-security-interview", "version": 1,
 * "parameters": {…}}}.
 *
 * <p>Rules are stateless; every implementation is immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DecisionRule.MinInterviewers.class, name = DecisionRule.MinInterviewers.ID),
    @JsonSubTypes.Type(value = DecisionRule.MinScore.class, name = DecisionRule.MinScore.ID),
    @JsonSubTypes.Type(value = DecisionRule.CriterionFloors.class, name = DecisionRule.CriterionFloors.ID),
    @JsonSubTypes.Type(value = DecisionRule.StrongNoHireVeto.class, name = DecisionRule.StrongNoHireVeto.ID),
    @JsonSubTypes.Type(value = DecisionRule.RedFlagVeto.class, name = DecisionRule.RedFlagVeto.ID),
    @JsonSubTypes.Type(value = DecisionRule.MaxDisagreement.class, name = DecisionRule.MaxDisagreement.ID),
    @JsonSubTypes.Type(
            value = DecisionRule.RejectionReasonRequired.class,
            name = DecisionRule.RejectionReasonRequired.ID),
    @JsonSubTypes.Type(value = DecisionRule.Custom.class, name = DecisionRule.Custom.TYPE)
})
public sealed interface DecisionRule
        permits DecisionRule.MinInterviewers,
                DecisionRule.MinScore,
                DecisionRule.CriterionFloors,
                DecisionRule.StrongNoHireVeto,
                DecisionRule.RedFlagVeto,
                DecisionRule.MaxDisagreement,
                DecisionRule.RejectionReasonRequired,
                DecisionRule.Custom {

    /**
     * Scores are compared with this tolerance, so that rounding in the last bits (for example after scaling all
     * weights by one factor) cannot flip a verdict.
     */
    double TOLERANCE = 1e-9;

    /** The rule's kebab-case id, also its JSON {@code "type"} and its name in the trace. */
    @JsonIgnore
    String id();

    /** What a failure of this rule means for the outcome. */
    @JsonIgnore
    RuleKind kind();

    /** Judges one candidate's aggregation. */
    RuleResult evaluate(Aggregation aggregation);

    /**
     * Evidence: at least {@code min} distinct interviewers rated at least one criterion (the guide: "Require at
     * least 2 interviewers to fill the rubric").
     *
     * @param min the fewest interviewers; at least 1
     */
    record MinInterviewers(int min) implements DecisionRule {
        /** The id. */
        public static final String ID = "min-interviewers";

        /** Checks {@code min >= 1}. */
        public MinInterviewers {
            Violations.of("MinInterviewers")
                    .require(min >= 1, "min", "must be at least 1, was %d", min)
                    .throwIfAny();
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public RuleKind kind() {
            return RuleKind.EVIDENCE;
        }

        @Override
        public RuleResult evaluate(Aggregation a) {
            int n = a.interviewers();
            return new RuleResult(ID, n >= min ? Verdict.PASS : Verdict.FAIL, detail(n, min));
        }

        /** The detail for {@code n} interviewers. */
        static String detail(int n, int min) {
            return n + (n == 1 ? " interviewer" : " interviewers") + " filled the rubric; at least " + min
                    + " required";
        }
    }

    /**
     * Bar (compensatory): the weighted score is at least {@code threshold}; strengths can make up for weaknesses.
     * Not applicable when nothing was rated.
     *
     * @param threshold the lowest passing score, in rating-scale units; finite
     */
    record MinScore(double threshold) implements DecisionRule {
        /** The id. */
        public static final String ID = "min-score";

        private static final RuleResult NO_SCORE =
                new RuleResult(ID, Verdict.NOT_APPLICABLE, "no criterion rated; no score");

        /** Checks that the threshold is finite. */
        public MinScore {
            Violations.of("MinScore")
                    .require(Double.isFinite(threshold), "threshold", "must be finite, was %s", threshold)
                    .throwIfAny();
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public RuleKind kind() {
            return RuleKind.BAR;
        }

        @Override
        public RuleResult evaluate(Aggregation a) {
            Double score = a.score();
            if (score == null) {
                return NO_SCORE;
            }
            boolean ok = meets(score, threshold);
            return new RuleResult(ID, ok ? Verdict.PASS : Verdict.FAIL, detail(score, ok, threshold));
        }

        /** Whether {@code score} meets {@code threshold}, within the tolerance. */
        static boolean meets(double score, double threshold) {
            return score >= threshold - TOLERANCE;
        }

        /** The detail for a score that meets ({@code ok}) or is below the threshold. */
        static String detail(double score, boolean ok, double threshold) {
            return "weighted score " + Numbers.format(score) + (ok ? " meets" : " is below") + " the threshold "
                    + Numbers.format(threshold);
        }
    }

    /**
     * Bar (conjunctive): each listed criterion's mean rating is at least its floor; a strength elsewhere cannot
     * make up for it. Criteria nobody rated are skipped; not applicable if none of them was rated.
     *
     * @param floors the lowest passing mean per criterion id, in rating-scale units; not empty
     */
    record CriterionFloors(Map<String, Double> floors) implements DecisionRule {
        /** The id. */
        public static final String ID = "criterion-floors";

        /** Copies the floors, keeping their order, and checks them. */
        public CriterionFloors {
            Violations v = Violations.of("CriterionFloors");
            if (floors == null) {
                v.require(false, "floors", "is required");
                v.throwIfAny();
            }
            v.require(!floors.isEmpty(), "floors", "must not be empty");
            floors.forEach((k, x) -> {
                v.id(k, "floors.<key>");
                v.require(
                        x != null && Double.isFinite(x),
                        "floors." + (k.length() <= 64 ? k : "<key>"),
                        "must be a finite number");
            });
            v.throwIfAny();
            floors = Collections.unmodifiableMap(new LinkedHashMap<>(floors));
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public RuleKind kind() {
            return RuleKind.BAR;
        }

        @Override
        public RuleResult evaluate(Aggregation a) {
            StringBuilder below = null;
            int judged = 0;
            for (CriterionAggregate c : a.criteria()) {
                Double floor = floors.get(c.id());
                Double mean = c.mean();
                if (floor == null || mean == null) {
                    continue;
                }
                judged++;
                if (isBelow(mean, floor)) {
                    below = below == null ? new StringBuilder() : below.append(SEPARATOR);
                    below.append(belowDetail(c.id(), mean, floor));
                }
            }
            if (judged == 0) {
                return NONE_RATED;
            }
            if (below != null) {
                return new RuleResult(ID, Verdict.FAIL, below.toString());
            }
            return new RuleResult(ID, Verdict.PASS, passDetail(judged));
        }

        /** The result when no floored criterion was rated. */
        static final RuleResult NONE_RATED =
                new RuleResult(ID, Verdict.NOT_APPLICABLE, "no floored criterion was rated");

        /** Separates the criteria below their floors in a failing detail. */
        static final String SEPARATOR = "; ";

        /** Whether {@code mean} is below {@code floor}, beyond the tolerance. */
        static boolean isBelow(double mean, double floor) {
            return mean < floor - TOLERANCE;
        }

        /** The part of a failing detail for one criterion below its floor. */
        static String belowDetail(String criterion, double mean, double floor) {
            return criterion + " mean " + Numbers.format(mean) + " is below its floor " + Numbers.format(floor);
        }

        /** The detail when all {@code judged} rated floored criteria meet their floors. */
        static String passDetail(int judged) {
            return judged + " floored criteria rated; every mean meets its floor";
        }
    }

    /** Veto: any {@link Recommendation#STRONG_NO_HIRE} makes the outcome NO_HIRE. */
    record StrongNoHireVeto() implements DecisionRule {
        /** The id. */
        public static final String ID = "strong-no-hire-veto";

        private static final RuleResult NONE = new RuleResult(ID, Verdict.PASS, "no STRONG_NO_HIRE recommendation");

        @Override
        public String id() {
            return ID;
        }

        @Override
        public RuleKind kind() {
            return RuleKind.VETO;
        }

        @Override
        public RuleResult evaluate(Aggregation a) {
            int n = a.strongNoHires();
            if (n == 0) {
                return NONE;
            }
            return new RuleResult(
                    ID, Verdict.FAIL, n + " STRONG_NO_HIRE " + (n == 1 ? "recommendation" : "recommendations"));
        }
    }

    /**
     * Veto: an observed red flag from the list makes the outcome NO_HIRE.
     *
     * @param redFlags the vetoing red-flag ids; empty means any red flag vetoes
     */
    record RedFlagVeto(List<String> redFlags) implements DecisionRule {
        /** The id. */
        public static final String ID = "red-flag-veto";

        private static final RuleResult NO_FLAG = new RuleResult(ID, Verdict.PASS, "no red flag observed");
        private static final RuleResult NO_VETOING_FLAG =
                new RuleResult(ID, Verdict.PASS, "no vetoing red flag observed");

        /** Copies and checks the ids. */
        public RedFlagVeto {
            Violations v = Violations.of("RedFlagVeto");
            if (redFlags == null) {
                v.require(false, "redFlags", "is required (empty means any red flag)");
                v.throwIfAny();
            }
            for (int i = 0; i < redFlags.size(); i++) {
                v.id(redFlags.get(i), "redFlags[" + i + "]");
            }
            v.throwIfAny();
            redFlags = List.copyOf(redFlags);
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public RuleKind kind() {
            return RuleKind.VETO;
        }

        @Override
        public RuleResult evaluate(Aggregation a) {
            List<String> hit = null;
            for (String f : a.redFlags()) {
                if (redFlags.isEmpty() || redFlags.contains(f)) {
                    if (hit == null) {
                        hit = new ArrayList<>();
                    }
                    hit.add(f);
                }
            }
            if (hit == null) {
                return redFlags.isEmpty() ? NO_FLAG : NO_VETOING_FLAG;
            }
            return new RuleResult(ID, Verdict.FAIL, "vetoing red flags observed: " + String.join(", ", hit));
        }
    }

    /**
     * Disagreement: on every criterion, the spread (highest minus lowest rating) is at most {@code maxSpread};
     * otherwise the interviewers hold a debrief, if it can change the outcome ({@link DecisionPolicy} judges the bar
     * with the disputed criteria at their highest and lowest ratings). Not applicable when no criterion has two
     * ratings.
     *
     * <p>Unlike the other rules this one is not monotone: raising one rating can widen a spread.
     *
     * @param maxSpread the largest spread allowed, in level-value units; at least 0
     */
    record MaxDisagreement(int maxSpread) implements DecisionRule {
        /** The id. */
        public static final String ID = "max-disagreement";

        /** Checks {@code maxSpread >= 0}. */
        public MaxDisagreement {
            Violations.of("MaxDisagreement")
                    .require(maxSpread >= 0, "maxSpread", "must be at least 0, was %d", maxSpread)
                    .throwIfAny();
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public RuleKind kind() {
            return RuleKind.DISAGREEMENT;
        }

        @Override
        public RuleResult evaluate(Aggregation a) {
            int worst = -1;
            String where = "";
            for (CriterionAggregate c : a.criteria()) {
                Integer spread = c.spread();
                if (c.count() >= 2 && spread != null && spread > worst) {
                    worst = spread;
                    where = c.id();
                }
            }
            if (worst < 0) {
                return NO_TWO_RATINGS;
            }
            return new RuleResult(
                    ID, worst <= maxSpread ? Verdict.PASS : Verdict.FAIL, detail(worst, where, maxSpread));
        }

        /** The result when no criterion has two ratings. */
        static final RuleResult NO_TWO_RATINGS =
                new RuleResult(ID, Verdict.NOT_APPLICABLE, "no criterion has two ratings");

        /** The detail for the largest spread {@code worst}, first found on criterion {@code where}. */
        static String detail(int worst, String where, int maxSpread) {
            return "largest spread " + worst + " (" + where + "); at most " + maxSpread + " allowed";
        }
    }

    /**
     * Evidence: every NO_HIRE or STRONG_NO_HIRE scorecard records at least one rejection reason (the guide: "Record
     * primary rejection reasons in the scorecard"), or the evaluation itself gives one ({@link
     * CandidateEvaluation#rejectionReasons()}: where applicant-tracking systems such as Greenhouse keep it, on
     * the application). Not applicable without negative scorecards.
     */
    record RejectionReasonRequired() implements DecisionRule {
        /** The id. */
        public static final String ID = "rejection-reason-required";

        private static final RuleResult NO_NEGATIVE =
                new RuleResult(ID, Verdict.NOT_APPLICABLE, "no NO_HIRE or STRONG_NO_HIRE scorecard");
        private static final RuleResult EVERY_REASON =
                new RuleResult(ID, Verdict.PASS, "every negative scorecard gives a rejection reason");

        @Override
        public String id() {
            return ID;
        }

        @Override
        public RuleKind kind() {
            return RuleKind.EVIDENCE;
        }

        @Override
        public RuleResult evaluate(Aggregation a) {
            if (a.negatives() == 0) {
                return NO_NEGATIVE;
            }
            int missing = a.negativesWithoutReason();
            if (missing == 0) {
                return EVERY_REASON;
            }
            if (a.evaluationReasons() > 0) {
                return new RuleResult(
                        ID,
                        Verdict.PASS,
                        missing + " of " + a.negatives() + " negative scorecards give no rejection reason; the"
                                + " evaluation gives " + a.evaluationReasons() + " (such as the ATS application's)");
            }
            return new RuleResult(
                    ID,
                    Verdict.FAIL,
                    missing + " of " + a.negatives() + " negative scorecards give no rejection reason and the"
                            + " evaluation gives none; applicant-tracking systems keep it on the application"
                            + " (Greenhouse: the Harvest application's rejection_reason; Lever: the opportunity's"
                            + " archive reason; Ashby: archiveReason; Workable: disqualification_reason): import it"
                            + " with the application (hiring decide --application FILE)");
        }
    }

    /**
     * A company's own rule: names a {@link CustomRule} registered through {@link java.util.ServiceLoader} by its id
     * and version, with its parameters. The id, version and parameters are part of the policy's canonical JSON and
     * hash; the trace shows the rule under its id; its kind is the implementation's. JSON: {@code {"type": "custom",
     * "rule": ID, "version": N, "parameters": {…}}} ({@code parameters} may be left out when empty).
     *
     * @param rule the custom rule's id
     * @param version the version of its logic; at least 1
     * @param parameters the rule's parameters (a JSON object: strings, numbers, booleans, nulls, lists, maps), in
     *     their order
     */
    record Custom(String rule, int version, Map<String, Object> parameters) implements DecisionRule {
        /** The JSON {@code "type"} of custom rules. */
        public static final String TYPE = "custom";

        /**
         * Checks the id and version, finds the implementation and lets it check the parameters; copies them.
         *
         * @throws UnknownCustomRuleException if no implementation of this id and version is on the class path
         * @throws dev.hiring.core.InvalidHiringDataException if the id, version or a parameter is invalid
         */
        public Custom {
            Violations v = Violations.of("Custom");
            if (rule == null) {
                v.require(false, "rule", "is required");
                v.throwIfAny();
            }
            v.id(rule, "rule").require(version >= 1, "version", "must be at least 1, was %d", version);
            v.throwIfAny();
            parameters = freeze(parameters == null ? Map.of() : parameters);
            CustomRules.find("rule", rule, version).checkParameters(parameters);
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> freeze(Map<String, Object> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, x) -> copy.put(k, freezeValue(x)));
            return Collections.unmodifiableMap(copy);
        }

        @SuppressWarnings({"unchecked", "NullAway"})
        private static Object freezeValue(Object x) {
            if (x instanceof Map<?, ?> m) {
                return freeze((Map<String, Object>) m);
            }
            if (x instanceof List<?> l) {
                List<Object> copy = new ArrayList<>(l.size());
                for (Object e : l) {
                    copy.add(freezeValue(e));
                }
                return Collections.unmodifiableList(copy);
            }
            return x;
        }

        @Override
        public String id() {
            return rule;
        }

        @Override
        public RuleKind kind() {
            return implementation().kind();
        }

        @Override
        public RuleResult evaluate(Aggregation a) {
            RuleResult r = implementation().evaluate(a, parameters);
            return r.rule().equals(rule) ? r : new RuleResult(rule, r.verdict(), r.detail());
        }

        private CustomRule implementation() {
            return CustomRules.find("rule", rule, version);
        }
    }
}
