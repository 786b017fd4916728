package dev.hiring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of {@link BooleanQuery}: the guide's query from a role, quoting, and parse errors with columns. */
class BooleanQueryTest {
    private static Role role(Seniority seniority, SkillRequirement... skills) {
        return Role.builder()
                .title("Senior Backend Engineer")
                .seniority(seniority)
                .summary("Payments platform")
                .addSkills(skills)
                .workArrangement(WorkArrangement.of(WorkMode.REMOTE))
                .build();
    }

    private static SkillRequirement required(String skill, String... keywords) {
        return SkillRequirement.builder()
                .skill(skill)
                .importance(Importance.REQUIRED)
                .addKeywords(keywords)
                .build();
    }

    @Test
    void buildsTheGuidesQueryFromARole() {
        Role r = role(
                Seniority.SENIOR,
                required("Go", "Go", "Golang"),
                SkillRequirement.builder()
                        .skill("Kafka")
                        .importance(Importance.NICE_TO_HAVE)
                        .addKeywords("Kafka")
                        .build(),
                required("Microservices", "microservices", "grpc"),
                SkillRequirement.required("Mentoring"));
        BooleanQuery q = BooleanQuery.forRole(r);
        assertThat(q.toString()).isEqualTo("(Go OR Golang) AND (microservices OR grpc) AND (senior OR lead)");
        assertThat(BooleanQuery.parse(q.toString())).isEqualTo(q);
        assertThat(q.groups())
                .containsExactly(List.of("Go", "Golang"), List.of("microservices", "grpc"), List.of("senior", "lead"));
    }

    @Test
    void otherSenioritiesHaveTheirOwnTerms() {
        assertThat(BooleanQuery.forRole(role(Seniority.STAFF, required("Go", "Go")))
                        .toString())
                .isEqualTo("Go AND (staff OR principal)");
        assertThat(BooleanQuery.forRole(role(Seniority.JUNIOR, required("Go", "Go")))
                        .toString())
                .isEqualTo("Go AND (junior OR graduate)");
    }

    @Test
    void aRoleWithoutKeywordsCannotBuildAQuery() {
        assertThatThrownBy(() -> BooleanQuery.forRole(role(Seniority.SENIOR, SkillRequirement.required("Go"))))
                .isInstanceOfSatisfying(
                        InvalidHiringDataException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("skills"));
    }

    @Test
    void keywordsAreStrippedAndControlCharactersNameTheKeyword() {
        Role padded = role(Seniority.SENIOR, SkillRequirement.niceToHave("Kafka"), required("Go", " Go ", "Golang\n"));
        assertThat(BooleanQuery.forRole(padded).toString()).isEqualTo("(Go OR Golang) AND (senior OR lead)");
        Role control =
                role(Seniority.SENIOR, SkillRequirement.niceToHave("Kafka"), required("Go", "Go", "Go\u0000lang"));
        assertThatThrownBy(() -> BooleanQuery.forRole(control))
                .isInstanceOfSatisfying(
                        InvalidHiringDataException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("skills[1].keywords[1]"));
    }

    @Test
    void quotesMultiWordTermsOperatorsAndEscapes() {
        BooleanQuery q = BooleanQuery.of(List.of(
                List.of("system design", "AND", "or"), List.of("say \"hi\"", "back\\slash", "(x)"), List.of("C#")));
        assertThat(q.toString())
                .isEqualTo("(\"system design\" OR \"AND\" OR \"or\") AND (\"say \\\"hi\\\"\" OR \"back\\\\slash\" OR"
                        + " \"(x)\") AND C#");
        assertThat(BooleanQuery.parse(q.toString())).isEqualTo(q);
    }

    @Test
    void parseErrorsCarryAColumn() {
        assertColumn("", 1);
        assertColumn("   ", 4);
        assertColumn("Go AND", 7);
        assertColumn("Go OR Golang", 4);
        assertColumn("(Go OR Golang", 14);
        assertColumn("(Go Golang)", 5);
        assertColumn("Go AND \"unterminated", 21);
        assertColumn("Go AND \"dangling\\", 18);
        assertColumn("Go AND NOT", 8);
        assertColumn("Go AND )", 8);
        assertColumn("Go and Golang", 4);
        assertColumn("\"\"", 3);
    }

    private static void assertColumn(String text, int column) {
        assertThatThrownBy(() -> BooleanQuery.parse(text))
                .as(text)
                .isInstanceOfSatisfying(HiringParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.getMessage()).contains("column " + column);
                });
    }

    @Test
    void invalidGroupsAreRejected() {
        assertThatThrownBy(() -> BooleanQuery.of(List.of()))
                .isInstanceOfSatisfying(
                        InvalidHiringDataException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("groups"));
        assertThatThrownBy(() -> BooleanQuery.of(List.of(List.of("Go", " padded "))))
                .isInstanceOfSatisfying(
                        InvalidHiringDataException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("groups[0][1]"));
    }
}
