package dev.hiring.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of job descriptions in Markdown: well-formed ones that the default jd-lint rules accept
 * without a finding at WARNING or above, and ones broken in chosen ways ({@link JdDefect}).
 *
 * <pre>{@code
 * qt().forAll(JdGens.broken(JdDefect.MISSING_PAY_BAND))
 *     .checkAssert(jd -> assertThatJd(jd).hasFinding("compensation-band"));
 * }</pre>
 *
 * <p>Postings vary in title, team, responsibilities, requirements, pay, work arrangement, interview steps and length;
 * a failing example shrinks towards the first title, the fewest bullets, the lowest pay and no extra paragraphs.
 *
 * <p>This class is thread-safe.
 */
public final class JdGens {
    private static final List<String> TITLES = List.of(
            "Senior Backend Engineer",
            "Backend Engineer",
            "Site Reliability Engineer",
            "Data Engineer",
            "Staff Platform Engineer");
    private static final List<String> TEAMS = List.of("Payments", "Checkout", "Search", "Data Platform", "Identity");
    private static final List<String> RESPONSIBILITIES = List.of(
            "Design and run the payment APIs that handle 2,000 requests per second",
            "Own the reliability of the order service and take part in its on-call rotation",
            "Review designs and code with the other engineers of the team",
            "Mentor two engineers on the team",
            "Lead the move of the billing jobs to event streaming",
            "Improve the monitoring of the checkout flow",
            "Plan the roadmap with the product manager");
    private static final List<String> REQUIREMENTS = List.of(
            "Experience shipping and operating a backend service in Go or Java under production traffic",
            "Experience designing an API that other teams use",
            "Knowledge of SQL databases such as PostgreSQL",
            "Experience explaining design decisions to people outside engineering");
    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF");
    private static final List<String> CITIES = List.of("Berlin", "London", "Lisbon", "Amsterdam", "Toronto");
    private static final List<String> EXTRA = List.of(
            "Our services run on Kubernetes in two regions, and we deploy several times a day.",
            "We write design documents before we build, and we review them together.",
            "Every engineer spends one week per quarter on improvements they choose.",
            "We publish our incident reviews inside the company and learn from them without blame.",
            "The team keeps a shared list of technical debt and plans time for it each month.");
    private static final List<String> BUZZWORDS = List.of("rockstar", "ninja", "guru", "wizard", "unicorn");

    private JdGens() {}

    /** Well-formed postings with the default options. */
    public static Gen<String> postings() {
        return postings(JdOptions.defaults());
    }

    /**
     * Well-formed postings: title; team; 3 to 5 responsibilities; measurable goals; requirements and nice-to-haves
     * in separate sections; a closed pay range with currency and period; the work arrangement; the interview steps
     * and timeline. The default jd-lint rules find nothing at WARNING or above in them.
     */
    public static Gen<String> postings(JdOptions options) {
        return postings(options, EnumSet.noneOf(JdDefect.class));
    }

    /** Postings with the default options, broken in each of the given ways (and otherwise well-formed). */
    public static Gen<String> broken(JdDefect first, JdDefect... more) {
        return postings(JdOptions.defaults(), EnumSet.of(first, more));
    }

    /** Postings shaped by the options and broken in each of the given ways (none: well-formed). */
    public static Gen<String> postings(JdOptions options, Set<JdDefect> defects) {
        Set<JdDefect> broken = defects.isEmpty() ? EnumSet.noneOf(JdDefect.class) : EnumSet.copyOf(defects);
        Gen<String> title = Generate.pick(TITLES);
        Gen<String> team = Generate.pick(TEAMS);
        Gen<Integer> teamSize = integers().between(3, 12);
        Gen<Integer> responsibilityCount =
                integers().between(options.minResponsibilities(), options.maxResponsibilities());
        Gen<Integer> offset = integers().between(0, RESPONSIBILITIES.size() - 1);
        Gen<Integer> requirementCount = integers().between(1, options.maxRequirements());
        Gen<String> currency = Generate.pick(CURRENCIES);
        Gen<Integer> low = integers().between(40, 150);
        Gen<Integer> spread = integers().between(5, 40);
        Gen<String> city = Generate.pick(CITIES);
        Gen<Integer> mode = integers().between(0, 2);
        Gen<Integer> extra = integers().between(0, options.extraParagraphs());
        Gen<Integer> weeks = integers().between(2, 6);
        Gen<String> buzzword = Generate.pick(BUZZWORDS);
        return in -> {
            String t = title.generate(in);
            StringBuilder md = new StringBuilder();
            md.append("# ").append(t).append("\n\n");
            String teamName = team.generate(in);
            md.append("## About the team\n\n");
            String intro = "You join the " + teamName + " team: " + teamSize.generate(in)
                    + " engineers and one product manager, reporting to the Engineering Manager, " + teamName
                    + ". We build the services behind checkout for 2 million customers.";
            if (broken.contains(JdDefect.BUZZWORDS)) {
                intro = "We are a team of " + buzzword.generate(in) + "s. " + intro;
            }
            md.append(intro).append("\n\n");
            int n = extra.generate(in);
            for (int i = 0; i < n; i++) {
                md.append(EXTRA.get(i)).append("\n\n");
            }
            List<String> duties = new ArrayList<>();
            int count = responsibilityCount.generate(in);
            int start = offset.generate(in);
            for (int i = 0; i < count; i++) {
                duties.add(RESPONSIBILITIES.get((start + i) % RESPONSIBILITIES.size()));
            }
            if (broken.contains(JdDefect.BUZZWORDS)) {
                duties.set(0, duties.get(0) + " like a true " + buzzword.generate(in));
            }
            int needCount = requirementCount.generate(in);
            if (broken.contains(JdDefect.SECTIONS_MERGED)) {
                // Enough qualifications among the duties for the mix to be plain: at least one in four items.
                needCount = Math.max(needCount, 2);
            }
            List<String> needs = new ArrayList<>(REQUIREMENTS.subList(0, needCount));
            if (broken.contains(JdDefect.SECTIONS_MERGED)) {
                md.append("## The job\n\n");
                for (int i = 0; i < Math.max(duties.size(), needs.size()); i++) {
                    if (i < duties.size()) {
                        md.append("- ").append(duties.get(i)).append('\n');
                    }
                    if (i < needs.size()) {
                        md.append("- ").append(needs.get(i)).append('\n');
                    }
                }
                md.append('\n');
            } else {
                md.append("## What you will do\n\n");
                duties.forEach(d -> md.append("- ").append(d).append('\n'));
                md.append('\n');
            }
            md.append("## Goals for your first year\n\n");
            md.append("- In your first six months, keep p99 latency of the main API under 200 ms\n");
            md.append("- Within a year, reach 99.95% availability of the services you own\n\n");
            if (!broken.contains(JdDefect.SECTIONS_MERGED)) {
                md.append("## Requirements\n\n");
                needs.forEach(r -> md.append("- ").append(r).append('\n'));
                md.append('\n');
            }
            md.append("## Nice to have\n\n");
            md.append("- Experience with Kafka or another event streaming platform\n");
            md.append("- Experience with Kubernetes\n\n");
            String c = currency.generate(in);
            int lo = low.generate(in);
            int hi = lo + spread.generate(in);
            String where = city.generate(in);
            String arrangement = switch (mode.generate(in)) {
                case 0 -> "This is an on-site role in our " + where + " office.";
                case 1 ->
                    "This is a hybrid role in " + where
                            + ": two office days a week; the rest of the team works from CET.";
                default ->
                    "This is a remote role within CET plus or minus two hours, with four hours of"
                            + " overlap with the team each day.";
            };
            if (broken.contains(JdDefect.MISSING_PAY_BAND)) {
                md.append("## Location\n\n").append(arrangement).append("\n\n");
            } else {
                md.append("## Pay and location\n\n");
                md.append("The salary range is ")
                        .append(c)
                        .append(' ')
                        .append(String.format(Locale.ROOT, "%,d", lo * 1000))
                        .append(" to ")
                        .append(String.format(Locale.ROOT, "%,d", hi * 1000))
                        .append(" per year. ")
                        .append(arrangement)
                        .append("\n\n");
            }
            md.append("## Interview process\n\n");
            md.append("1. A 30-minute call with the recruiter\n");
            md.append("2. A 90-minute technical interview about a system you built\n");
            md.append("3. A half-day interview loop with the team\n\n");
            md.append("The whole process takes about ")
                    .append(weeks.generate(in))
                    .append(" weeks, and we answer within five working days after each step.\n");
            return md.toString();
        };
    }
}
