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
        md.append("# ").append(g.getTitle()).append("\n\n");
        md.append("_Source: ").append(g.getSource()).append("_\n\n");
        md.append("## Role overview\n\n").append(g.getRoleOverview()).append("\n\n");
        md.append(g.getInPractice()).append("\n\n");
        skills(md, "Core skills", g.getCoreSkills());
        skills(md, "Soft skills", g.getSoftSkills());
        md.append("## Job description do's and don'ts\n\n| Do | Don't |\n|---|---|\n");
        for (JdGuideline r : g.getJdGuidelines()) {
            md.append("| ")
                    .append(r.getRecommendation())
                    .append(" | ")
                    .append(r.getAntiPattern())
                    .append(" |\n");
        }
        md.append("\n## Sourcing channels\n\n");
        g.getSourcingChannels()
                .forEach(c -> md.append("- **")
                        .append(c.getName())
                        .append("**: ")
                        .append(c.getDescription())
                        .append('\n'));
        md.append("\n## Screening process\n\nAim for ")
                .append(g.getMinTouchpoints())
                .append("–")
                .append(g.getMaxTouchpoints())
                .append(" candidate touchpoints from initial screen to offer.\n\n");
        for (InterviewStage s : g.getScreeningStages()) {
            md.append("- **").append(s.getName().orElse(s.getKind().name())).append("**");
            s.getDuration()
                    .ifPresent(d -> md.append(" (")
                            .append(duration(d, s.getMaxDuration().orElse(d)))
                            .append(s.isOptional() ? ", optional" : "")
                            .append(')'));
            if (s.getInterviewCount() > 1) {
                md.append(" (up to ").append(s.getInterviewCount()).append(" interviews)");
            }
            md.append(": ").append(String.join("; ", s.getFocus())).append('\n');
        }
        md.append("\n## Top interview questions\n\n");
        for (InterviewQuestion q : g.getInterviewQuestions()) {
            md.append("- **Q:** ")
                    .append(q.getPrompt())
                    .append("\n  **Look for:** ")
                    .append(String.join("; ", q.getLookFor()))
                    .append(" _(criteria: ")
                    .append(String.join(", ", q.getCriteria()))
                    .append(")_\n");
        }
        md.append("\n## Rubric\n\nLevels: ");
        List<RatingLevel> levels = g.getRatingScale().getLevels();
        for (int i = levels.size() - 1; i >= 0; i--) {
            md.append(levels.get(i).getLabel()).append(i > 0 ? ", " : "");
        }
        md.append(". At least ").append(g.getMinInterviewersPerRubric()).append(" interviewers fill the rubric.\n\n");
        md.append("| Criterion | Weight | Exceeds / Strong | Meets / Adequate |\n|---|---|---|---|\n");
        for (RubricCriterion c : g.getRubricCriteria()) {
            md.append("| ")
                    .append(c.getName())
                    .append(" | ")
                    .append(c.getWeight())
                    .append(" | ")
                    .append(c.descriptor("exceeds").orElse(""))
                    .append(" | ")
                    .append(c.descriptor("meets").orElse(""))
                    .append(" |\n");
        }
        list(
                md,
                "Rejection reasons",
                g.getRejectionReasons().stream()
                        .map(r -> "**" + r.getTitle() + "**: " + r.getDescription())
                        .toList());
        list(
                md,
                "Red flags",
                g.getRedFlags().stream()
                        .map(r -> "**" + r.getTitle() + "**: " + r.getDescription())
                        .toList());
        list(
                md,
                "Selling the role",
                g.getSellingPoints().stream()
                        .map(r -> "**" + r.getTitle() + "**: " + r.getDescription())
                        .toList());
        md.append("\n## Onboarding\n\n");
        for (OnboardingPhase p : g.getOnboardingPlan().getPhases()) {
            md.append("- **")
                    .append(p.getTitle())
                    .append("**: ")
                    .append(String.join("; ", p.getActivities()))
                    .append('\n');
        }
        md.append("\nPractices: ")
                .append(String.join("; ", g.getOnboardingPlan().getPractices()))
                .append(".\n");
        return md.toString();
    }

    private static void skills(StringBuilder md, String title, List<Skill> skills) {
        md.append("## ").append(title).append("\n\n");
        skills.forEach(s -> md.append("- **")
                .append(s.getName())
                .append("**: ")
                .append(s.getDescription())
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
