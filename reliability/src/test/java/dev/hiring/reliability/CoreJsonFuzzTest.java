package dev.hiring.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hiring.core.BooleanQuery;
import dev.hiring.core.CompensationBand;
import dev.hiring.core.HiringException;
import dev.hiring.core.HiringGuide;
import dev.hiring.core.InterviewProcess;
import dev.hiring.core.InterviewQuestion;
import dev.hiring.core.InterviewStage;
import dev.hiring.core.JdGuideline;
import dev.hiring.core.OnboardingPhase;
import dev.hiring.core.OnboardingPlan;
import dev.hiring.core.RatingLevel;
import dev.hiring.core.RatingScale;
import dev.hiring.core.RedFlag;
import dev.hiring.core.RejectionReason;
import dev.hiring.core.Role;
import dev.hiring.core.RubricCriterion;
import dev.hiring.core.SellingPoint;
import dev.hiring.core.Skill;
import dev.hiring.core.SkillRequirement;
import dev.hiring.core.SourcingChannel;
import dev.hiring.core.Team;
import dev.hiring.core.WorkArrangement;
import dev.hiring.core.json.HiringJson;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz tests of hiring-core's readers: whatever the bytes, a reader returns a value or throws one of the SDK's
 * documented exceptions ({@link HiringException} and its subclasses) — never an NPE, a Jackson exception or an
 * error. In {@code mvn verify} Jazzer replays the regression corpus in
 * {@code src/test/resources/dev/hiring/reliability/CoreJsonFuzzTestInputs/}; see the README for a long run.
 */
class CoreJsonFuzzTest {
    /** The value types read from JSON; the first input byte picks one (modulo the size). */
    static final List<Class<?>> TYPES = List.of(
            HiringGuide.class,
            Role.class,
            Skill.class,
            SkillRequirement.class,
            Team.class,
            WorkArrangement.class,
            CompensationBand.class,
            InterviewStage.class,
            InterviewProcess.class,
            InterviewQuestion.class,
            RatingLevel.class,
            RatingScale.class,
            RubricCriterion.class,
            RejectionReason.class,
            RedFlag.class,
            SourcingChannel.class,
            SellingPoint.class,
            OnboardingPhase.class,
            OnboardingPlan.class,
            JdGuideline.class,
            BooleanQuery.class);

    @FuzzTest(maxDuration = "10s")
    void jsonReaders(byte[] input) {
        Class<?> type = TYPES.get(Math.floorMod(FuzzBytes.first(input), TYPES.size()));
        String json = FuzzBytes.rest(input);
        try {
            HiringJson.read(json, type);
        } catch (HiringException expected) {
            // documented
        }
        try {
            HiringJson.readUnvalidated(json, type);
        } catch (HiringException expected) {
            // documented
        }
    }

    @FuzzTest(maxDuration = "10s")
    void booleanQueryParser(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            BooleanQuery q = BooleanQuery.parse(text);
            if (!BooleanQuery.parse(q.toString()).equals(q)) {
                throw new AssertionError("parse(toString()) changed the query");
            }
        } catch (HiringException expected) {
            // documented
        }
    }
}
