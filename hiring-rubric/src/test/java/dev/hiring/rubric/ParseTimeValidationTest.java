package dev.hiring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hiring.core.HiringException;
import dev.hiring.core.HiringParseException;
import dev.hiring.core.InvalidHiringDataException;
import dev.hiring.rubric.importer.AtsMapping;
import org.junit.jupiter.api.Test;

/**
 * Invalid policies, mappings, evaluations and decisions are refused when they are read, with a typed error whose
 * message names the JSON path and, where the value comes from a closed set, every valid value; never the free text
 * of the document.
 */
class ParseTimeValidationTest {
    static HiringException refused(RubricSchemasTest.Change change) {
        String doc = change.apply();
        HiringException e = catchThrowableOfType(HiringException.class, () -> {
            switch (change.format()) {
                case "evaluation" -> NativeFormat.read(doc, RubricSchemasTest.POLICY);
                case "policy" -> DecisionPolicy.parse(doc);
                case "mapping" -> AtsMapping.parse(doc);
                case "decision" -> Decision.parse(doc);
                default -> DecisionRecord.parse(doc);
            }
        });
        assertThat(e).as("%s is refused", change).isNotNull();
        return e;
    }

    static RubricSchemasTest.Change c(String format, String pointer, String value) {
        return RubricSchemasTest.c(format, pointer, value);
    }

    @Test
    void anUnknownRuleTypeIsNamedWithTheValidTypes() {
        HiringException e = refused(c("policy", "/rules/0/type", "\"coin-flip\""));
        assertThat(e).isInstanceOf(HiringParseException.class);
        assertThat(((HiringParseException) e).path()).isEqualTo("$.rules[0].type");
        assertThat(e.getMessage())
                .contains("unknown type 'coin-flip'", "$.rules[0].type")
                .contains(
                        "min-interviewers",
                        "min-score",
                        "criterion-floors",
                        "strong-no-hire-veto",
                        "red-flag-veto",
                        "max-disagreement",
                        "rejection-reason-required",
                        "custom");
        HiringException missing = refused(RubricSchemasTest.c("policy", "/rules/0/type", null));
        assertThat(missing.getMessage()).contains("missing type", "$.rules[0].type", "min-interviewers");
    }

    @Test
    void policyEnumsListTheirValidValues() {
        assertThat(refused(c("policy", "/seniority", "\"GURU\"")).getMessage())
                .contains("$.seniority", "expected one of JUNIOR, MID, SENIOR, STAFF, PRINCIPAL");
        assertThat(refused(c("policy", "/duplicateInterviewer", "\"first\"")).getMessage())
                .contains("$.duplicateInterviewer", "expected one of refuse, latest, mean");
        assertThat(refused(c("policy", "/ratingScale/levels/0/label", "1")).getMessage())
                .contains("expected a JSON string", "$.ratingScale.levels[0].label");
    }

    @Test
    void mappingErrorsNameThePathAndTheValidValues() {
        HiringException e = refused(c("mapping", "/recommendations/lean_hire", "\"MAYBE\""));
        assertThat(e).isInstanceOf(HiringParseException.class);
        assertThat(e.getMessage())
                .contains("$.recommendations.lean_hire")
                .contains("expected one of STRONG_HIRE, HIRE, NO_HIRE, STRONG_NO_HIRE, NO_DECISION");
        assertThat(refused(c("mapping", "/criteria/Coding", "7")).getMessage())
                .contains("expected a JSON string", "$.criteria.Coding");
        assertThat(refused(c("mapping", "/levels/1", "\"Meets\"")))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("$.levels.1");
    }

    @Test
    void evaluationErrorsNameThePathAndTheValidValues() {
        assertThat(refused(c("evaluation", "/scorecards/0/recommendation", "\"MAYBE\""))
                        .getMessage())
                .contains("$.scorecards[0].recommendation")
                .contains("expected one of STRONG_HIRE, HIRE, NO_HIRE, STRONG_NO_HIRE, NO_DECISION");
        assertThat(refused(c("evaluation", "/scorecards/0/stage", "\"LUNCH\"")).getMessage())
                .contains("$.scorecards[0].stage", "RESUME_SCREEN", "REFERENCE_CHECK");
        assertThat(refused(c("evaluation", "/scorecards/0/ratings/system-design", "\"great\"")))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("$.scorecards[0].ratings.system-design")
                .hasMessageContaining("below=1, meets=2, exceeds=3");
        assertThat(refused(c("evaluation", "/scorecards/0/submittedAt", "1793613600"))
                        .getMessage())
                .contains("Instant", "$.scorecards[0].submittedAt");
        assertThat(refused(c("evaluation", "/candidate", "5")).getMessage())
                .contains("expected a JSON string", "$.candidate");
    }

    /** Free text in a wrongly typed place is not echoed: the notes are a candidate's, the message gives the path. */
    @Test
    void messagesDoNotQuoteFreeText() {
        String secret = "\"Jane Doe, 555-0100, said she is pregnant\"";
        HiringException e = refused(c("evaluation", "/scorecards/0/stage", secret));
        assertThat(e.getMessage()).contains("$.scorecards[0].stage").doesNotContain("Jane", "555", "pregnant");
        HiringException rule = refused(c("policy", "/rules/0", "{\"type\": " + secret + "}"));
        assertThat(rule.getMessage()).contains("$.rules[0].type");
    }

    @Test
    void thePartsOfADecisionAreChecked() {
        assertThat(refused(c("decision", "/policy/hash", "\"md5:0\"")))
                .isInstanceOf(InvalidHiringDataException.class)
                .hasMessageContaining("$.policy.hash");
        assertThat(refused(c("decision", "/trace/0/rule", "\"Not An Id\"")).getMessage())
                .contains("$.trace[0].rule");
        assertThat(refused(RubricSchemasTest.c("decision", "/criteria/0/mean", null))
                        .getMessage())
                .contains("$.criteria[0]", "mean, median, min, max and spread");
        assertThat(refused(c("decision", "/outcome", "\"MAYBE\"")).getMessage())
                .contains("$.outcome", "expected one of HIRE, NO_HIRE, MORE_EVIDENCE_NEEDED, DEBRIEF");
        assertThat(refused(RubricSchemasTest.c("decision-record", "/decision/criteria/0/id", null)))
                .hasMessageContaining("Invalid DecisionRecord")
                .hasMessageContaining("$.decision.criteria[0].id");
    }
}
