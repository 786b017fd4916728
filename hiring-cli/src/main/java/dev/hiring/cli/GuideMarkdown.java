package dev.hiring.cli;

import dev.hiring.core.HiringGuide;
import dev.hiring.core.InterviewQuestion;
import dev.hiring.core.InterviewStage;
import dev.hiring.core.JdGuideline;
import dev.hiring.core.OnboardingPhase;
import dev.hiring.core.RatingLevel;
import dev.hiring.core.RubricCriterion;
import dev.hiring.core.Skill;
import java.time.Duration;
import java.util.List;

/** Prints a {@link HiringGuide} as Markdown, section by section in the guide's order. */
final class GuideMarkdown {
    private GuideMarkdown() {}

    static String render(HiringGuide g) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(g.title()).append("\n\n");
        md.append("_Source: ").append(g.source()).append("_\n\n");
        md.append("## Role overview\n\n").append(g.roleOverview()).append("\n\n");
        md.append(g.inPractice()).append("\n\n");
        skills(md, "Core skills", g.coreSkills());
        skills(md, "Soft skills", g.softSkills());
        md.append("## Job description do's and don'ts\n\n| Do | Don't |\n|---|---|\n");
        for (JdGuideline r : g.jdGuidelines()) {
            md.append("| ")
                    .append(r.recommendation())
                    .append(" | ")
                    .append(r.antiPattern())
                    .append(" |\n");
        }
        md.append("\n## Sourcing channels\n\n");
        g.sourcingChannels()
                .forEach(c -> md.append("- **")
                        .append(c.name())
                        .append("**: ")
                        .append(c.description())
                        .append('\n'));
        md.append("\n## Screening process\n\nAim for ")
                .append(g.minTouchpoints())
                .append("–")
                .append(g.maxTouchpoints())
                .append(" candidate touchpoints from initial screen to offer.\n\n");
        for (InterviewStage s : g.screeningStages()) {
            md.append("- **").append(s.name().orElse(s.kind().name())).append("**");
            s.duration()
                    .ifPresent(d -> md.append(" (")
                            .append(duration(d, s.maxDuration().orElse(d)))
                            .append(s.optional() ? ", optional" : "")
                            .append(')'));
            if (s.interviewCount() > 1) {
                md.append(" (up to ").append(s.interviewCount()).append(" interviews)");
            }
            md.append(": ").append(String.join("; ", s.focus())).append('\n');
        }
        md.append("\n## Top interview questions\n\n");
        for (InterviewQuestion q : g.interviewQuestions()) {
            md.append("- **Q:** ")
                    .append(q.prompt())
                    .append("\n  **Look for:** ")
                    .append(String.join("; ", q.lookFor()))
                    .append(" _(criteria: ")
                    .append(String.join(", ", q.criteria()))
                    .append(")_\n");
        }
        md.append("\n## Rubric\n\nLevels: ");
        List<RatingLevel> levels = g.ratingScale().levels();
        for (int i = levels.size() - 1; i >= 0; i--) {
            md.append(levels.get(i).label()).append(i > 0 ? ", " : "");
        }
        md.append(". At least ").append(g.minInterviewersPerRubric()).append(" interviewers fill the rubric.\n\n");
        md.append("| Criterion | Weight | Exceeds / Strong | Meets / Adequate |\n|---|---|---|---|\n");
        for (RubricCriterion c : g.rubricCriteria()) {
            md.append("| ")
                    .append(c.name())
                    .append(" | ")
                    .append(c.weight())
                    .append(" | ")
                    .append(c.descriptor("exceeds").orElse(""))
                    .append(" | ")
                    .append(c.descriptor("meets").orElse(""))
                    .append(" |\n");
        }
        list(
                md,
                "Rejection reasons",
                g.rejectionReasons().stream()
                        .map(r -> "**" + r.title() + "**: " + r.description())
                        .toList());
        list(
                md,
                "Red flags",
                g.redFlags().stream()
                        .map(r -> "**" + r.title() + "**: " + r.description())
                        .toList());
        list(
                md,
                "Selling the role",
                g.sellingPoints().stream()
                        .map(r -> "**" + r.title() + "**: " + r.description())
                        .toList());
        md.append("\n## Onboarding\n\n");
        for (OnboardingPhase p : g.onboardingPlan().phases()) {
            md.append("- **")
                    .append(p.title())
                    .append("**: ")
                    .append(String.join("; ", p.activities()))
                    .append('\n');
        }
        md.append("\nPractices: ")
                .append(String.join("; ", g.onboardingPlan().practices()))
                .append(".\n");
        return md.toString();
    }

    private static void skills(StringBuilder md, String title, List<Skill> skills) {
        md.append("## ").append(title).append("\n\n");
        skills.forEach(s -> md.append("- **")
                .append(s.name())
                .append("**: ")
                .append(s.description())
                .append('\n'));
        md.append('\n');
    }

    private static void list(StringBuilder md, String title, List<String> items) {
        md.append("\n## ").append(title).append("\n\n");
        items.forEach(i -> md.append("- ").append(i).append('\n'));
    }

    private static String duration(Duration lo, Duration hi) {
        return lo.equals(hi) ? human(lo) : human(lo) + "–" + human(hi);
    }

    private static String human(Duration d) {
        long m = d.toMinutes();
        return m % 60 == 0 ? m / 60 + " h" : m + " min";
    }
}
