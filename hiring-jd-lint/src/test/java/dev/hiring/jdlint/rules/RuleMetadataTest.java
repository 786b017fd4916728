package dev.hiring.jdlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.core.HiringGuides;
import dev.hiring.core.JdGuideline;
import dev.hiring.jdlint.SharedData;
import dev.hiring.jdlint.spi.JdRule;
import dev.hiring.jdlint.spi.Message;
import dev.hiring.jdlint.spi.RuleMeta;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleMetadataTest {
    private static final List<String> ISSUE_IDS = List.of(
            "responsibilities-count",
            "required-vs-nice-to-have",
            "years-as-sole-filter",
            "measurable-outcomes",
            "team-structure",
            "no-buzzwords",
            "perks-over-substance",
            "work-arrangement",
            "time-zone",
            "interview-process",
            "compensation-band",
            "interview-timeline",
            "tech-laundry-list",
            "separate-responsibilities-requirements",
            "gender-coded-language",
            "exclusionary-language",
            "salary-history",
            "pay-transparency",
            "length",
            "candidate-focus",
            "job-title");

    @Test
    void everyRuleOfTheContractExistsOnce() {
        List<String> ids = new ArrayList<>();
        for (JdRule r : BuiltInRules.all()) {
            ids.add(r.meta().id());
        }
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ISSUE_IDS);
        assertThat(ids).isSorted();
        assertThat(BuiltInRules.defaults()).isSubsetOf(BuiltInRules.all());
    }

    /** The README's rule table lists every rule once with its default severity and guide row. */
    @Test
    void readmeRuleTableMatchesTheMetadata() throws IOException {
        Path readme = SharedData.repositoryRoot().resolve("hiring-jd-lint/README.md");
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(readme)) {
            if (line.startsWith("| rule id | default | guide row")) {
                inTable = true;
            } else if (inTable && line.startsWith("| `")) {
                rows.add(line);
            } else if (inTable && !line.startsWith("|")) {
                break;
            }
        }
        List<String> expected = new ArrayList<>();
        for (JdRule r : BuiltInRules.all()) {
            RuleMeta m = r.meta();
            expected.add("| `" + m.id() + "` | " + m.severity().name().toLowerCase(java.util.Locale.ROOT) + " | "
                    + m.guideRef() + " |");
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void metadataIsComplete() {
        Set<String> guideIds = new HashSet<>();
        for (JdGuideline g : HiringGuides.seniorBackendEngineer().getJdGuidelines()) {
            guideIds.add(g.getId());
        }
        for (JdRule r : BuiltInRules.all()) {
            RuleMeta m = r.meta();
            assertThat(m.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(m.summary()).isNotBlank().doesNotEndWith(".");
            assertThat(m.reason()).isNotBlank();
            assertThat(m.messages()).isNotEmpty();
            Set<String> msgIds = new HashSet<>();
            for (Message msg : m.messages()) {
                assertThat(msgIds.add(msg.id()))
                        .as("duplicate message id %s in %s", msg.id(), m.id())
                        .isTrue();
                assertThat(msg.text()).isNotBlank().doesNotEndWith(".");
            }
            assertThat(m.guideRef().startsWith("beyond-guide/") || guideIds.contains(m.guideRef()))
                    .as("guideRef %s of %s", m.guideRef(), m.id())
                    .isTrue();
            assertThat(Modifier.isFinal(r.getClass().getModifiers()))
                    .as("%s is final", r.getClass())
                    .isTrue();
            assertThat(r.getClass().getDeclaredFields())
                    .as("%s is stateless", r.getClass())
                    .allMatch(f -> Modifier.isStatic(f.getModifiers()));
        }
    }

    @Test
    void everyRuleHasADocPageAndATestClass() throws IOException {
        Path docs = SharedData.repositoryRoot().resolve("docs/rules");
        for (JdRule r : BuiltInRules.all()) {
            String id = r.meta().id();
            Path page = docs.resolve(id + ".md");
            assertThat(page).as("doc page for %s", id).exists();
            String text = Files.readString(page);
            assertThat(text)
                    .contains("# " + id)
                    .contains("## Incorrect")
                    .contains("## Correct")
                    .contains("## Options")
                    .contains("## When not to use it");
            String testName = r.getClass().getName() + "Test";
            assertThat(exists(testName)).as("test class %s", testName).isTrue();
        }
    }

    private static boolean exists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void severitiesFollowTheGuide() {
        // each "don't" row defaults to error, each missing "do" to warning, rules beyond the table lower
        for (JdRule r : BuiltInRules.all()) {
            RuleMeta m = r.meta();
            if (m.guideRef().startsWith("beyond-guide/")) {
                assertThat(m.severity()).isNotEqualTo(dev.hiring.core.Severity.ERROR);
            }
        }
        assertThat(new NoBuzzwordsRule().meta().severity()).isEqualTo(dev.hiring.core.Severity.ERROR);
        assertThat(new TeamStructureRule().meta().severity()).isEqualTo(dev.hiring.core.Severity.WARNING);
    }
}
