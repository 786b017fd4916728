package dev.hiring.jdlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.jdlint.Finding;
import dev.hiring.jdlint.InputFormat;
import dev.hiring.jdlint.LintConfig;
import dev.hiring.jdlint.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code tech-laundry-list} exactly at and one past its limits (surviving PIT boundary mutants). */
class TechLaundryListBoundaryTest {
    private static final Linter LINTER = Linter.builder()
            .config(LintConfig.parse(
                    "{\"rules\": {\"tech-laundry-list\": {\"options\": {\"maxTotal\": 3, \"maxPerItem\": 2}}}}"))
            .build();

    private static List<String> messages(String requirements) {
        String text = "# Backend engineer\n\n## Requirements\n\n" + requirements;
        return LINTER.lint(text, InputFormat.MARKDOWN).findings().stream()
                .filter(f -> f.ruleId().equals("tech-laundry-list"))
                .map(Finding::messageId)
                .toList();
    }

    @Test
    void anItemAtTheLimitPassesAndOneMoreIsReported() {
        assertThat(messages("- Java and Kotlin\n")).isEmpty();
        assertThat(messages("- Java, Kotlin and Scala\n")).containsExactly("too-many-in-item");
    }

    @Test
    void theTotalAtTheLimitPassesAndOneMoreIsReported() {
        assertThat(messages("- Java\n- Kotlin\n- Scala\n")).isEmpty();
        assertThat(messages("- Java\n- Kotlin\n- Scala\n- Rust\n")).containsExactly("too-many-total");
    }

    @Test
    void anItemReportSuppressesTheTotalReport() {
        assertThat(messages("- Java, Kotlin, Scala and Rust\n")).containsExactly("too-many-in-item");
    }
}
