package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.core.check.ProcessChecks;
import dev.hiring.core.json.HiringJson;
import dev.hiring.core.validation.HiringValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Results do not depend on the default locale: the same operations under {@code tr-TR} (where "i".toUpperCase() is
 * "İ" and decimal separators are commas) give the same text as under English.
 */
class TurkishLocaleTest {
    private static String describe(Supplier<?> s) {
        try {
            return String.valueOf(s.get());
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** A fingerprint of many results and error messages. */
    private static List<String> fingerprint() {
        List<String> out = new ArrayList<>();
        HiringGuide g = HiringGuides.seniorBackendEngineer();
        out.add(HiringJson.write(g));
        out.add(describe(
                () -> HiringJson.read(HiringJson.write(g), HiringGuide.class).equals(g)));
        out.add(describe(() -> BooleanQuery.of(List.of(List.of("info", "INFO", "and", "AND", "ı", "İ", "id")))));
        out.add(describe(() -> BooleanQuery.parse("(info OR \"and\" OR ındex) AND İstanbul")));
        out.add(describe(() -> BooleanQuery.parse("go and golang")));
        out.add(describe(() -> BooleanQuery.parse("go AND not")));
        out.add(describe(() -> Severity.parse("WARNING")));
        out.add(describe(() -> Severity.parse("warnıng")));
        out.add(describe(() -> Severity.SUGGESTION.id()));
        out.add(describe(() -> g.ratingScale().parseLevel("EXCEEDS")));
        out.add(describe(() -> g.ratingScale().parseLevel("İ")));
        out.add(describe(() -> CompensationBand.of("eur", 1, 2, PayPeriod.YEAR)));
        out.add(describe(() -> CompensationBand.of(
                "EUR", new java.math.BigDecimal("2.5"), new java.math.BigDecimal("1.5"), PayPeriod.YEAR)));
        out.add(describe(() -> RubricCriterion.of("c", "n", "d").withWeight(-1.5)));
        out.add(describe(() -> RubricCriterion.of("c", "n", "d").withWeight(2.5)));
        out.add(describe(() -> Skill.of("İd", "n", SkillCategory.SOFT, "d")));
        out.add(describe(() -> Team.of(100_000, "c", "r")));
        out.add(describe(() -> InterviewStage.of(StageKind.LOOP, Duration.ofDays(9))));
        out.add(describe(() -> HiringValidator.violations(Role.builder()
                .title("t")
                .seniority(Seniority.SENIOR)
                .summary("s")
                .addResponsibilities("a", "b")
                .workArrangement(WorkArrangement.of(WorkMode.REMOTE))
                .build())));
        out.add(describe(() -> ProcessChecks.check(
                InterviewProcess.of(
                        InterviewStage.of(StageKind.RECRUITER_SCREEN, Duration.ofMinutes(90)),
                        InterviewStage.builder()
                                .kind(StageKind.LOOP)
                                .interviewCount(7)
                                .build()),
                HiringGuides.seniorBackendEngineer())));
        out.add(describe(
                () -> HiringJson.read("{\"size\":1.5,\"composition\":\"c\",\"reportingLine\":\"r\"}", Team.class)));
        out.add(describe(() -> HiringJson.read("{\"kind\":\"loop\"}", InterviewStage.class)));
        out.add(describe(() -> HiringJson.read("{\"kind\":\"LOOP\",\"İnterviewCount\":2}", InterviewStage.class)));
        out.add(describe(() -> HiringJson.read(
                "{\"id\":\"c\",\"name\":\"n\",\"description\":\"d\",\"weight\":0.0}", RubricCriterion.class)));
        return out;
    }

    @Test
    void resultsAreTheSameUnderATurkishDefaultLocale() {
        Locale saved = Locale.getDefault();
        List<String> english;
        List<String> turkish;
        try {
            Locale.setDefault(Locale.ENGLISH);
            english = fingerprint();
            Locale.setDefault(new Locale("tr", "TR"));
            assertThat(upperCaseInTheDefaultLocale("i")).isEqualTo("İ"); // the locale is really in effect
            turkish = fingerprint();
        } finally {
            Locale.setDefault(saved);
        }
        assertThat(turkish).containsExactlyElementsOf(english);
        // and the fingerprint holds what it should
        assertThat(english.get(2)).isEqualTo("(info OR INFO OR \"and\" OR \"AND\" OR ı OR İ OR id)");
        assertThat(english.get(8)).isEqualTo("suggestion");
        assertThat(english.get(14)).contains("2.5");
        assertThat(english.get(13)).contains("was -1.5");
    }

    /** The default-locale upper case this test is about: it must see the Turkish dotted capital I. */
    @SuppressWarnings("StringCaseLocaleUsage") // the default locale is the point of the check
    private static String upperCaseInTheDefaultLocale(String s) {
        return s.toUpperCase();
    }
}
