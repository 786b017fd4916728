package dev.hiring.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.hiring.core.CompensationBand;
import dev.hiring.core.InterviewProcess;
import dev.hiring.core.InterviewStage;
import dev.hiring.core.PayPeriod;
import dev.hiring.core.RatingLevel;
import dev.hiring.core.RatingScale;
import dev.hiring.core.Role;
import dev.hiring.core.Seniority;
import dev.hiring.core.SkillRequirement;
import dev.hiring.core.StageKind;
import dev.hiring.core.Team;
import dev.hiring.core.WorkArrangement;
import dev.hiring.core.WorkMode;
import dev.hiring.rubric.CandidateEvaluation;
import dev.hiring.rubric.DecisionPolicy;
import dev.hiring.rubric.DecisionRule;
import dev.hiring.rubric.HiringPolicies;
import dev.hiring.rubric.Recommendation;
import dev.hiring.rubric.Scorecard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of realistic hiring data: roles, rating scales, scorecards, candidate evaluations and
 * decision policies.
 *
 * <pre>{@code
 * DecisionPolicy policy = HiringPolicies.seniorBackendEngineer();
 * qt().forAll(HiringGens.evaluations(policy)).check(e -> policy.decide(e).outcome() != null);
 * }</pre>
 *
 * <p>Every generator draws from QuickTheories' randomness source through its combinators ({@code pick}, {@code
 * lists}, {@code integers}, {@code toOptionals}), so a failing example shrinks: fewer scorecards, lower ratings,
 * the first interviewer, the first word of each list, fewer rules. Scorecards are for the candidate {@value
 * #CANDIDATE} and role {@value #ROLE}; their notes (when generated) contain {@value #NOTES_MARKER}, so a test can
 * assert that no message echoes them.
 *
 * <p>This class is thread-safe.
 */
public final class HiringGens {
    /** The candidate id of generated scorecards and evaluations. */
    public static final String CANDIDATE = "c-1";

    /** The role id of generated evaluations. */
    public static final String ROLE = "generated-role";

    /** A marker placed in generated private notes; messages about candidates must never contain it. */
    public static final String NOTES_MARKER = "PRIVATE-NOTE-7f3a";

    /** Rejection reasons for scorecards of a policy that accepts any. */
    private static final List<String> ANY_REJECTION_REASONS = List.of("generated-reason-1", "generated-reason-2");
    /** Red flags for scorecards of a policy that accepts any. */
    private static final List<String> ANY_RED_FLAGS = List.of("generated-flag-1", "generated-flag-2");

    private static final List<String> TITLES = List.of(
            "Senior Backend Engineer",
            "Backend Engineer",
            "Staff Platform Engineer",
            "Site Reliability Engineer",
            "Data Engineer",
            "Principal Software Engineer");
    private static final List<String> RESPONSIBILITIES = List.of(
            "Design and run the payment APIs that process 2,000 requests per second",
            "Own the reliability of the order service, including its on-call rotation",
            "Review designs and code with the other engineers of the team",
            "Mentor two mid-level engineers",
            "Lead the migration of the billing jobs to event streaming",
            "Improve the observability of the checkout flow",
            "Work with product managers to shape the roadmap");
    private static final List<String> SKILLS =
            List.of("Go", "Java", "PostgreSQL", "Kafka", "Kubernetes", "gRPC", "Distributed systems", "Terraform");
    private static final List<String> EXPERIENCE = List.of(
            "Shipped and operated a service under production traffic",
            "Designed an API used by several teams",
            "Led an incident review and followed up on its actions");
    private static final List<String> OUTCOMES = List.of(
            "Keep p99 latency of the payment API under 200 ms",
            "Cut the monthly infrastructure cost by 15%",
            "Reach 99.95% availability of the order service within 6 months");
    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "SEK");
    private static final List<String> LOCATIONS = List.of("Berlin", "London", "Lisbon", "Toronto", "Amsterdam");
    private static final List<String> TIME_ZONES = List.of("CET", "UTC", "UTC-1 to UTC+3", "EST");

    private HiringGens() {}

    // ------------------------------------------------------------------ roles

    /** Roles that meet every policy of the guide: {@code HiringValidator.violations(role)} is empty. */
    public static Gen<Role> roles() {
        return roles(RoleOptions.defaults());
    }

    /** Roles shaped by the options; see {@link RoleOptions} for which ones meet the guide's policies. */
    public static Gen<Role> roles(RoleOptions options) {
        Gen<List<String>> responsibilities = lists().of(Generate.pick(RESPONSIBILITIES))
                .ofSizeBetween(options.minResponsibilities(), options.maxResponsibilities());
        Gen<List<SkillRequirement>> required =
                lists().of(skillRequirements(true)).ofSizeBetween(1, options.maxSkillsPerImportance());
        Gen<List<SkillRequirement>> niceToHave =
                lists().of(skillRequirements(false)).ofSizeBetween(1, options.maxSkillsPerImportance());
        Gen<List<String>> outcomes = lists().of(Generate.pick(OUTCOMES)).ofSizeBetween(1, 3);
        Gen<Team> teams = integers()
                .between(2, 40)
                .zip(
                        Generate.pick(List.of("backend and platform engineers", "engineers and one designer")),
                        Generate.pick(List.of("the Engineering Manager, Payments", "the Head of Platform")),
                        Team::of);
        Gen<WorkArrangement> arrangements = workArrangements(options.remotePercent());
        Gen<CompensationBand> bands = compensationBands();
        Gen<InterviewProcess> processes = interviewProcesses();
        return in -> Role.builder()
                .title(Generate.pick(TITLES).generate(in))
                .seniority(Generate.enumValues(Seniority.class).generate(in))
                .summary("Build and run the services behind our checkout.")
                .addAllResponsibilities(numbered(responsibilities.generate(in)))
                .addAllSkills(required.generate(in))
                .addAllSkills(niceToHave.generate(in))
                .addAllOutcomes(outcomes.generate(in))
                .team(teams.generate(in))
                .workArrangement(arrangements.generate(in))
                .compensation(bands.generate(in))
                .process(processes.generate(in))
                .build();
    }

    /** Picks may repeat; numbering keeps list entries distinct without losing their shape. */
    private static List<String> numbered(List<String> items) {
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String s = items.get(i);
            out.add(out.contains(s) ? s + " (" + (i + 1) + ")" : s);
        }
        return out;
    }

    private static Gen<SkillRequirement> skillRequirements(boolean required) {
        Gen<Optional<String>> experience = Generate.pick(EXPERIENCE).toOptionals(50);
        Gen<Integer> years = integers().between(1, 10);
        return Generate.pick(SKILLS).zip(experience, years, (skill, exp, y) -> {
            SkillRequirement.Builder b = required
                    ? SkillRequirement.builder().skill(skill).importance(dev.hiring.core.Importance.REQUIRED)
                    : SkillRequirement.builder().skill(skill).importance(dev.hiring.core.Importance.NICE_TO_HAVE);
            // Years only with impact-oriented experience: never as the sole filter (the guide).
            exp.ifPresent(e -> b.experience(e).years(y));
            return b.build();
        });
    }

    private static Gen<WorkArrangement> workArrangements(int remotePercent) {
        Gen<WorkMode> remote = Generate.pick(List.of(WorkMode.REMOTE, WorkMode.HYBRID));
        Gen<Boolean> isRemote = integers().between(1, 100).map(p -> p <= remotePercent);
        return in -> {
            boolean r = isRemote.generate(in);
            WorkMode mode = r ? remote.generate(in) : WorkMode.ONSITE;
            WorkArrangement.Builder b = WorkArrangement.builder().mode(mode);
            if (mode != WorkMode.REMOTE) {
                b.addLocations(Generate.pick(LOCATIONS).generate(in));
            }
            if (r) {
                b.addTimeZones(Generate.pick(TIME_ZONES).generate(in))
                        .overlapHours(integers().between(2, 6).generate(in));
            }
            return b.build();
        };
    }

    /** Closed yearly pay bands in thousands, such as EUR 80,000 to 100,000 per year. */
    public static Gen<CompensationBand> compensationBands() {
        return Generate.pick(CURRENCIES)
                .zip(
                        integers().between(40, 200),
                        integers().between(0, 60),
                        (c, lo, spread) -> CompensationBand.of(c, lo * 1000L, (lo + spread) * 1000L, PayPeriod.YEAR));
    }

    /** Interview processes of 2 to 4 stages with an expected duration of 1 to 6 weeks. */
    public static Gen<InterviewProcess> interviewProcesses() {
        Gen<InterviewStage> stage = Generate.pick(List.of(
                        StageKind.TECHNICAL_SCREEN,
                        StageKind.TAKE_HOME,
                        StageKind.LOOP,
                        StageKind.HIRING_MANAGER_AND_PEER))
                .zip(
                        integers().between(3, 12),
                        (k, quarter) -> InterviewStage.of(k, Duration.ofMinutes(15L * quarter)));
        return lists().of(stage).ofSizeBetween(1, 3).zip(integers().between(1, 6), (stages, weeks) -> {
            List<InterviewStage> all = new ArrayList<>();
            all.add(InterviewStage.of(StageKind.RECRUITER_SCREEN, Duration.ofMinutes(30)));
            all.addAll(stages);
            return InterviewProcess.of(all).withExpectedDuration(Duration.ofDays(7L * weeks));
        });
    }

    // ------------------------------------------------------------------ scales and policies

    /**
     * Rating scales of 3 or 4 levels with strictly increasing values from 0 to 100 and unique ids; they shrink
     * towards {@code level-0=1, level-1=2, level-2=3}.
     */
    public static Gen<RatingScale> ratingScales() {
        return integers()
                .between(1, 10)
                .zip(
                        lists().of(integers().between(1, 20))
                                .ofSizeBetween(RatingScale.MIN_LEVELS - 1, RatingScale.MAX_LEVELS - 1),
                        (start, steps) -> {
                            List<RatingLevel> levels = new ArrayList<>();
                            int value = start;
                            for (int i = 0; i <= steps.size(); i++) {
                                if (i > 0) {
                                    value += steps.get(i - 1);
                                }
                                levels.add(RatingLevel.of("level-" + i, "Level " + i, value));
                            }
                            return RatingScale.of(levels);
                        });
    }

    /** Decision policies with the defaults of {@link PolicyOptions}. */
    public static Gen<DecisionPolicy> policies() {
        return policies(PolicyOptions.defaults());
    }

    /**
     * Decision policies: criteria {@code criterion-1} … with weights 0.1 to 4.0, a scale, rejection reasons and red
     * flags, and a subset of the built-in rules (each kind with {@code rulePercent} chance) with thresholds inside
     * the scale. They shrink towards one criterion and no rules.
     */
    public static Gen<DecisionPolicy> policies(PolicyOptions options) {
        Gen<RatingScale> scales = options.guideScale()
                ? Generate.constant(HiringPolicies.seniorBackendEngineer().ratingScale())
                : ratingScales();
        Gen<List<Integer>> weights =
                lists().of(integers().between(1, 40)).ofSizeBetween(options.minCriteria(), options.maxCriteria());
        Gen<Boolean> include = integers().between(1, 100).map(p -> p <= options.rulePercent());
        return in -> {
            RatingScale scale = scales.generate(in);
            List<Integer> ws = weights.generate(in);
            Map<String, Double> profile = new LinkedHashMap<>();
            for (int i = 0; i < ws.size(); i++) {
                profile.put("criterion-" + (i + 1), ws.get(i) / 10.0);
            }
            List<String> criteria = List.copyOf(profile.keySet());
            List<Integer> values =
                    scale.levels().stream().map(RatingLevel::value).toList();
            Gen<Integer> level = Generate.pick(values);
            List<DecisionRule> rules = new ArrayList<>();
            if (include.generate(in)) {
                rules.add(new DecisionRule.StrongNoHireVeto());
            }
            if (include.generate(in)) {
                rules.add(new DecisionRule.RedFlagVeto(List.of()));
            }
            if (include.generate(in)) {
                rules.add(new DecisionRule.MinInterviewers(
                        integers().between(1, 3).generate(in)));
            }
            if (include.generate(in)) {
                rules.add(new DecisionRule.RejectionReasonRequired());
            }
            if (include.generate(in)) {
                int range = values.get(values.size() - 1) - values.get(0);
                rules.add(new DecisionRule.MaxDisagreement(
                        integers().between(0, range).generate(in)));
            }
            if (include.generate(in)) {
                rules.add(new DecisionRule.MinScore(level.generate(in)));
            }
            if (include.generate(in)) {
                rules.add(new DecisionRule.CriterionFloors(
                        Map.of(Generate.pick(criteria).generate(in), (double) level.generate(in))));
            }
            return DecisionPolicy.builder()
                    .id("generated-policy")
                    .version(1)
                    .ratingScale(scale)
                    .putAllWeights(profile)
                    .addAllRejectionReasons(List.of("insufficient-depth", "communication", "values"))
                    .addAllRedFlags(List.of("blames-others", "security-disregard"))
                    .addAllRules(rules)
                    .build();
        };
    }

    // ------------------------------------------------------------------ scorecards and evaluations

    /** Scorecards for the guide's policy ({@link HiringPolicies#seniorBackendEngineer()}), default options. */
    public static Gen<Scorecard> scorecards() {
        return scorecards(HiringPolicies.seniorBackendEngineer(), EvaluationOptions.defaults());
    }

    /**
     * Scorecards that fit a policy: ratings are levels of its scale on its criteria (in a random order, some
     * unrated), rejection reasons and red flags are among its ids (when the policy accepts any, ids of this class's
     * own: {@code generated-reason-1}, {@code generated-reason-2}, {@code generated-flag-1}, {@code
     * generated-flag-2}; no guide is assumed).
     */
    public static Gen<Scorecard> scorecards(DecisionPolicy policy, EvaluationOptions options) {
        List<String> criteria = List.copyOf(policy.weights().keySet());
        List<Integer> values =
                policy.ratingScale().levels().stream().map(RatingLevel::value).toList();
        List<String> reasons = policy.rejectionReasons().isEmpty() ? ANY_REJECTION_REASONS : policy.rejectionReasons();
        List<String> flags = policy.redFlags().isEmpty() ? ANY_RED_FLAGS : policy.redFlags();
        Gen<Optional<Integer>> rating = Generate.pick(values).toOptionals(options.unratedPercent());
        Gen<Integer> chance = integers().between(1, 100);
        Gen<Integer> rotation = integers().between(0, Math.max(0, criteria.size() - 1));
        Gen<Recommendation> mild = Generate.pick(List.of(
                Recommendation.HIRE, Recommendation.NO_HIRE, Recommendation.STRONG_HIRE, Recommendation.NO_DECISION));
        return in -> {
            Scorecard.Builder b = Scorecard.builder()
                    .candidate(CANDIDATE)
                    .interviewer(
                            "i-" + integers().between(1, options.interviewers()).generate(in));
            int rot = rotation.generate(in);
            for (int k = 0; k < criteria.size(); k++) {
                String c = criteria.get((k + rot) % criteria.size());
                rating.generate(in).ifPresent(v -> b.putRatings(c, v));
            }
            // Rare events happen on high draws, so that shrinking (towards low draws) removes them.
            Recommendation rec = chance.generate(in) > 100 - options.strongNoHirePercent()
                    ? Recommendation.STRONG_NO_HIRE
                    : mild.generate(in);
            b.recommendation(rec);
            if (rec.isNegative() && chance.generate(in) <= 100 - options.missingReasonPercent()) {
                b.addRejectionReasons(Generate.pick(reasons).generate(in));
            }
            if (chance.generate(in) > 100 - options.redFlagPercent()) {
                b.addRedFlags(Generate.pick(flags).generate(in));
            }
            if (chance.generate(in) > 100 - options.notesPercent()) {
                b.notes("Interview notes " + NOTES_MARKER + " "
                        + integers().between(1, 999).generate(in));
            }
            return b.build();
        };
    }

    /** Evaluations under the guide's policy, default options. */
    public static Gen<CandidateEvaluation> evaluations() {
        return evaluations(HiringPolicies.seniorBackendEngineer());
    }

    /** Evaluations that fit a policy, default options. */
    public static Gen<CandidateEvaluation> evaluations(DecisionPolicy policy) {
        return evaluations(policy, EvaluationOptions.defaults());
    }

    /** Evaluations that fit a policy: {@code minScorecards} to {@code maxScorecards} scorecards of {@link #scorecards(DecisionPolicy, EvaluationOptions)}. */
    public static Gen<CandidateEvaluation> evaluations(DecisionPolicy policy, EvaluationOptions options) {
        return lists().of(scorecards(policy, options))
                .ofSizeBetween(options.minScorecards(), options.maxScorecards())
                .map(cards -> CandidateEvaluation.of(CANDIDATE, ROLE, cards));
    }
}
