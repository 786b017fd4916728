package dev.hiring.examples.quickstart;

import dev.hiring.core.HiringGuide;
import dev.hiring.core.HiringGuides;
import dev.hiring.core.InterviewProcess;
import dev.hiring.core.InterviewStage;
import dev.hiring.core.StageKind;
import dev.hiring.core.check.ProcessChecks;
import java.time.Duration;

/** The README's example: the built-in guide, and an interview process checked against it. */
public final class Quickstart {
    private Quickstart() {}

    /** Prints what the README shows. */
    public static void main(String[] args) {
        // README:begin
        HiringGuide guide = HiringGuides.seniorBackendEngineer();
        System.out.println(guide.rubricCriteria().size() + " criteria, " + guide.minInterviewersPerRubric()
                + "+ interviewers per rubric");

        InterviewProcess process = InterviewProcess.of(
                InterviewStage.of(StageKind.RECRUITER_SCREEN, Duration.ofMinutes(30)),
                InterviewStage.of(StageKind.TECHNICAL_SCREEN, Duration.ofMinutes(90)));
        ProcessChecks.check(process, guide)
                .forEach(f -> System.out.println(f.severity().id() + " " + f.checkId() + ": " + f.message()));
        // README:end
    }
}
