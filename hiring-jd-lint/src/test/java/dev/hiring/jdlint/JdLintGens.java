package dev.hiring.jdlint;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.hiring.core.CompensationBand;
import dev.hiring.core.InterviewProcess;
import dev.hiring.core.InterviewStage;
import dev.hiring.core.PayPeriod;
import dev.hiring.core.Role;
import dev.hiring.core.Seniority;
import dev.hiring.core.SkillRequirement;
import dev.hiring.core.StageKind;
import dev.hiring.core.Team;
import dev.hiring.core.WorkArrangement;
import dev.hiring.core.WorkMode;
import java.time.Duration;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators for the linter's tests: roles with guide-following texts, and job-description texts. */
public final class JdLintGens {
    static final List<String> TITLES = List.of(
            "Senior Backend Engineer, Payments Platform",
            "Backend Engineer",
            "Staff Software Engineer, Data Platform",
            "Site Reliability Engineer",
            "Platform Engineer, Storage",
            "Principal Engineer, Search");
    static final List<String> RESPONSIBILITIES = List.of(
            "Design and evolve the payment APIs, including versioning and backward compatibility",
            "Own observability for the platform: structured logs, traces, SLOs and alerts",
            "Lead the migration of the ledger to its own service",
            "Mentor two mid-level engineers through code and design reviews",
            "Build the event pipeline that feeds the analytics warehouse",
            "Improve the reliability of the checkout flow with the on-call rotation",
            "Review designs from other teams for security and data protection");
    static final List<String> OUTCOMES = List.of(
            "Cut p95 authorisation latency from 140 ms to under 100 ms",
            "Serve 4,000 requests per second at peak without errors",
            "Migrate 2 million customer records with zero downtime",
            "Raise availability to 99.95% within two quarters");
    static final List<String> SKILLS = List.of("Java", "Kotlin", "PostgreSQL", "Kafka", "Linux", "SQL", "Python");
    static final List<String> EXPERIENCE = List.of(
            "built and operated services in production",
            "designed data models and shipped schema migrations under load",
            "led incident reviews and improved reliability");
    static final List<String> LOCATIONS = List.of("Berlin", "Lisbon", "Amsterdam", "London", "Warsaw", "Dublin");
    static final List<String> ZONES = List.of("CET", "UTC", "UTC+1", "EET", "GMT");

    private JdLintGens() {}

    private static Gen<SkillRequirement> skill(boolean required) {
        return arbitrary()
                .pick(SKILLS)
                .zip(arbitrary().pick(EXPERIENCE), integers().between(0, 8), (s, e, y) -> {
                    SkillRequirement.Builder b = SkillRequirement.builder();
                    b.skill(s)
                            .importance(
                                    required
                                            ? dev.hiring.core.Importance.REQUIRED
                                            : dev.hiring.core.Importance.NICE_TO_HAVE);
                    b.experience(e);
                    if (y > 0) {
                        b.years(y);
                    }
                    return (SkillRequirement) b.build();
                });
    }

    /** Skills: 1 to 4 required and 1 to 2 nice to have. */
    public static Gen<List<SkillRequirement>> skills() {
        return lists().of(skill(true))
                .ofSizeBetween(1, 4)
                .zip(lists().of(skill(false)).ofSizeBetween(1, 2), (a, b) -> {
                    java.util.ArrayList<SkillRequirement> l = new java.util.ArrayList<>(a);
                    l.addAll(b);
                    return List.copyOf(l);
                });
    }

    /** Work arrangements: remote and hybrid ones state time zones or overlap hours. */
    public static Gen<WorkArrangement> workArrangements() {
        return arbitrary()
                .enumValues(WorkMode.class)
                .zip(
                        arbitrary().pick(LOCATIONS),
                        arbitrary().pick(ZONES),
                        (m, loc, zone) -> m == WorkMode.REMOTE
                                ? WorkArrangement.builder()
                                        .mode(m)
                                        .addTimeZones(zone)
                                        .build()
                                : WorkArrangement.builder()
                                        .mode(m)
                                        .addLocations(loc)
                                        .overlapHours(m == WorkMode.HYBRID ? 4 : 8)
                                        .build());
    }

    /** Compensation bands in EUR, GBP or USD, yearly or hourly. */
    public static Gen<CompensationBand> bands() {
        return arbitrary()
                .pick(List.of("EUR", "GBP", "USD"))
                .zip(
                        integers().between(40, 150),
                        integers().between(0, 40),
                        booleans().all(),
                        (cur, min, spread, hourly) -> hourly
                                ? CompensationBand.of(cur, min, min + spread, PayPeriod.HOUR)
                                : CompensationBand.of(cur, min * 1000L, (min + spread) * 1000L, PayPeriod.YEAR));
    }

    /** Interview processes with an expected duration. */
    public static Gen<InterviewProcess> processes() {
        return lists().of(arbitrary().enumValues(StageKind.class))
                .ofSizeBetween(1, 5)
                .zip(integers().between(1, 6), (kinds, weeks) -> {
                    java.util.ArrayList<InterviewStage> stages = new java.util.ArrayList<>();
                    for (StageKind k : kinds) {
                        stages.add(InterviewStage.of(k, Duration.ofMinutes(45)));
                    }
                    return InterviewProcess.of(stages).withExpectedDuration(Duration.ofDays(7L * weeks));
                });
    }

    private record Texts(String title, Seniority seniority, List<String> responsibilities) {}

    private record Parts(Texts texts, List<String> outcomes, List<SkillRequirement> skills, Team team) {}

    /** Roles that follow the guide (they pass {@code HiringValidator}) with guide-following texts. */
    public static Gen<Role> roles() {
        Gen<List<String>> resp = lists().of(arbitrary().pick(RESPONSIBILITIES)).ofSizeBetween(3, 5);
        Gen<List<String>> outcomes = lists().of(arbitrary().pick(OUTCOMES)).ofSizeBetween(1, 3);
        Gen<Team> teams = integers()
                .between(3, 12)
                .map(n -> Team.of(n, "backend and platform engineers", "the Engineering Manager for Payments"));
        Gen<Texts> texts = arbitrary().pick(TITLES).zip(arbitrary().enumValues(Seniority.class), resp, Texts::new);
        Gen<Parts> parts = texts.zip(outcomes, skills(), teams, Parts::new);
        return parts.zip(workArrangements(), bands(), processes(), (p, w, c, pr) -> (Role) Role.builder()
                .title(p.texts().title())
                .seniority(p.texts().seniority())
                .summary("You will own the services that move money for our customers.")
                .addAllResponsibilities(p.texts().responsibilities())
                .addAllOutcomes(p.outcomes())
                .addAllSkills(p.skills())
                .team(p.team())
                .workArrangement(w)
                .compensation(c)
                .process(pr)
                .build());
    }

    /** One fixed, valid role. */
    public static Role exampleRole() {
        return Role.builder()
                .title("Senior Backend Engineer, Payments Platform")
                .seniority(Seniority.SENIOR)
                .summary("You will own the services that move money for our customers.")
                .addAllResponsibilities(RESPONSIBILITIES.subList(0, 4))
                .addAllOutcomes(OUTCOMES.subList(0, 2))
                .addSkills(SkillRequirement.builder()
                        .skill("Java")
                        .importance(dev.hiring.core.Importance.REQUIRED)
                        .experience(EXPERIENCE.get(0))
                        .years(5)
                        .build())
                .addSkills(SkillRequirement.niceToHave("Kafka"))
                .team(Team.of(6, "backend engineers", "the Engineering Manager for Payments"))
                .workArrangement(WorkArrangement.builder()
                        .mode(WorkMode.REMOTE)
                        .addTimeZones("CET")
                        .build())
                .compensation(CompensationBand.of("EUR", 85_000, 105_000, PayPeriod.YEAR))
                .process(InterviewProcess.of(
                                InterviewStage.of(StageKind.RECRUITER_SCREEN, Duration.ofMinutes(30)),
                                InterviewStage.of(StageKind.LOOP, Duration.ofHours(3)))
                        .withExpectedDuration(Duration.ofDays(21)))
                .build();
    }
}
