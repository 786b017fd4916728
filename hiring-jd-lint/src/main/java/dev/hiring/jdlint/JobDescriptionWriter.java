package dev.hiring.jdlint;

import dev.hiring.core.CompensationBand;
import dev.hiring.core.InterviewProcess;
import dev.hiring.core.InterviewStage;
import dev.hiring.core.Role;
import dev.hiring.core.SkillRequirement;
import dev.hiring.core.Team;
import dev.hiring.core.WorkArrangement;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Renders a job description as Markdown from a hiring-core {@link Role}, in the structure the linter checks:
 * title, location/salary/team lead-ins, about, responsibilities, outcomes, requirements, nice to have, interview
 * process with its timeline. For a role that passes {@code HiringValidator}, the result is meant to have no
 * finding of severity warning or above, as long as its texts themselves follow the guide (outcomes with numbers,
 * responsibilities starting with a verb, no buzzwords).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class JobDescriptionWriter {
    private JobDescriptionWriter() {}

    /** The Markdown job description of a role. */
    public static String toMarkdown(Role role) {
        StringBuilder b = new StringBuilder(2048);
        b.append("# ").append(oneLine(role.title())).append("\n\n");
        b.append("**Location:** ").append(location(role.workArrangement())).append("\n");
        role.compensation()
                .ifPresent(c -> b.append("**Salary:** ").append(pay(c)).append("\n"));
        role.team().ifPresent(t -> b.append("**Team:** ").append(team(t)).append("\n"));
        b.append("\n## About the role\n\n").append(oneLine(role.summary())).append("\n");
        b.append("\n## What you will do\n\n");
        for (String r : role.responsibilities()) {
            b.append("- ").append(oneLine(r)).append("\n");
        }
        if (!role.outcomes().isEmpty()) {
            b.append("\n## What success looks like\n\n");
            for (String o : role.outcomes()) {
                b.append("- ").append(oneLine(o)).append("\n");
            }
        }
        List<SkillRequirement> required = role.requiredSkills();
        if (!required.isEmpty()) {
            b.append("\n## What you need\n\n");
            for (SkillRequirement s : required) {
                b.append("- ").append(skill(s)).append("\n");
            }
        }
        List<SkillRequirement> nice = role.niceToHaveSkills();
        if (!nice.isEmpty()) {
            b.append("\n## Nice to have\n\n");
            for (SkillRequirement s : nice) {
                b.append("- ").append(skill(s)).append("\n");
            }
        }
        role.process().ifPresent(p -> process(b, p));
        return b.toString();
    }

    private static String location(WorkArrangement w) {
        StringBuilder b = new StringBuilder();
        b.append(
                switch (w.mode()) {
                    case REMOTE -> "Remote";
                    case HYBRID -> "Hybrid";
                    case ONSITE -> "Onsite";
                });
        if (!w.locations().isEmpty()) {
            b.append(
                    switch (w.mode()) {
                        case REMOTE -> " within ";
                        case HYBRID -> ", part of the week at our office in ";
                        case ONSITE -> " at our office in ";
                    });
            b.append(oneLine(String.join(", ", w.locations())));
        }
        if (!w.timeZones().isEmpty()) {
            b.append(" (time zones: ")
                    .append(oneLine(String.join(", ", w.timeZones())))
                    .append(')');
        }
        w.overlapHours().ifPresent(h -> b.append(", with ").append(h).append(" hours of overlap with the team"));
        return b.append('.').toString();
    }

    private static String pay(CompensationBand c) {
        String period = switch (c.period()) {
            case HOUR -> "hour";
            case DAY -> "day";
            case WEEK -> "week";
            case MONTH -> "month";
            case YEAR -> "year";
        };
        return c.currency() + " " + amount(c.min()) + " - " + amount(c.max()) + " per " + period + ".";
    }

    private static String amount(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    private static String team(Team t) {
        return oneLine(t.composition()) + ", a team of " + t.size() + " people, reporting to "
                + oneLine(t.reportingLine()) + ".";
    }

    private static String skill(SkillRequirement s) {
        StringBuilder b = new StringBuilder(oneLine(s.skill()));
        s.experience().ifPresent(e -> b.append(": ").append(oneLine(e)));
        s.years().ifPresent(y -> b.append(" (").append(y).append("+ years of experience)"));
        return b.toString();
    }

    private static void process(StringBuilder b, InterviewProcess p) {
        b.append("\n## Interview process\n\n");
        p.expectedDuration()
                .ifPresent(d -> b.append("The whole process takes about ")
                        .append(duration(d))
                        .append(", and you will hear back from us after each step.\n\n"));
        int i = 1;
        for (InterviewStage s : p.stages()) {
            b.append(i++).append(". ").append(stage(s));
            s.duration().ifPresent(d -> b.append(" (").append(d.toMinutes()).append(" minutes)"));
            if (s.optional()) {
                b.append(", optional");
            }
            b.append(".\n");
        }
    }

    private static String stage(InterviewStage s) {
        String name = switch (s.kind()) {
            case RESUME_SCREEN -> "Resume screen";
            case RECRUITER_SCREEN -> "Recruiter screen";
            case TECHNICAL_SCREEN -> "Technical screen";
            case TAKE_HOME -> "Take-home exercise";
            case LOOP -> "Interview loop of " + s.interviewCount() + " interviews";
            case HIRING_MANAGER_AND_PEER -> "Hiring manager and peer interview";
            case REFERENCE_CHECK -> "Reference checks";
        };
        return s.name().map(n -> name + ": " + oneLine(n)).orElse(name);
    }

    private static String duration(Duration d) {
        long days = Math.max(1, d.toDays());
        if (days % 7 == 0) {
            long w = days / 7;
            return w + (w == 1 ? " week" : " weeks");
        }
        return days + (days == 1 ? " day" : " days");
    }

    /** Collapses line breaks so that a value cannot start a new Markdown block. */
    private static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return b.toString().strip();
    }
}
