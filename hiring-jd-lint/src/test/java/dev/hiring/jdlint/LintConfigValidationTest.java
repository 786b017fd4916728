package dev.hiring.jdlint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hiring.core.HiringParseException;
import dev.hiring.jdlint.rules.BuiltInRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lint configuration is checked when it is read: an unknown rule id, a severity in the wrong case or an unknown
 * word list is a {@link HiringParseException} naming the JSON path and the valid values, before any linter is built.
 */
class LintConfigValidationTest {
    static HiringParseException refused(String json) {
        HiringParseException e = catchThrowableOfType(HiringParseException.class, () -> LintConfig.parse(json));
        assertThat(e).as("refused: %s", json).isNotNull();
        return e;
    }

    @Test
    void anUnknownRuleIdIsRefusedAtParseTimeWithThePathAndTheRuleIds() {
        HiringParseException e = refused("{\"rules\": {\"length\": \"off\", \"no-such-rule\": \"error\"}}");
        assertThat(e.path()).isEqualTo("$.rules.no-such-rule");
        assertThat(e.getMessage()).contains("unknown rule", "$.rules.no-such-rule");
        List<String> ids = BuiltInRules.all().stream().map(r -> r.meta().id()).toList();
        assertThat(ids).hasSizeGreaterThan(5);
        assertThat(e.getMessage()).contains(ids);
    }

    @Test
    void aRuleIdOfTheLintersOwnRulesIsAcceptedWhenNamed() {
        String json = "{\"rules\": {\"acme-no-ninjas\": \"warning\"}}";
        refused(json);
        LintConfig cfg = LintConfig.parse(json, List.of("acme-no-ninjas"));
        assertThat(cfg.severity("acme-no-ninjas")).contains(dev.hiring.core.Severity.WARNING);
    }

    @Test
    void severitiesAreLowerCaseOnlyAndTheValidLevelsAreListed() {
        for (String level : List.of("\"Error\"", "\"WARNING\"", "\"Suggestion\"", "\"fatal\"")) {
            HiringParseException e = refused("{\"rules\": {\"length\": " + level + "}}");
            assertThat(e.path()).isEqualTo("$.rules.length");
            assertThat(e.getMessage()).contains("off, on, error, warning, suggestion");
        }
        HiringParseException nested = refused("{\"rules\": {\"tech-laundry-list\": {\"severity\": \"Warning\"}}}");
        assertThat(nested.path()).isEqualTo("$.rules.tech-laundry-list.severity");
        for (String level : List.of("error", "warning", "suggestion")) {
            assertThat(LintConfig.parse("{\"rules\": {\"length\": \"" + level + "\"}}")
                            .severity("length")
                            .orElseThrow()
                            .id())
                    .isEqualTo(level);
        }
    }

    @Test
    void anUnknownWordListIsNamedWithTheListsThatExist() {
        HiringParseException e = refused("{\"words\": {\"no-such-list\": {\"add\": [\"x\"]}}}");
        assertThat(e.path()).isEqualTo("$.words.no-such-list");
        assertThat(e.getMessage()).contains("unknown word list", "buzzwords");
    }
}
