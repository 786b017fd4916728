package dev.hiring.jdlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hiring.core.HiringGuides;
import dev.hiring.core.JdGuideline;
import dev.hiring.core.Severity;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RuleMetadataTest {
    /**
     * The public contract: every built-in rule id with its default severity, as CHANGELOG.md lists them (the 20 rules
     * of "Added", and {@code salary-history} added as {@code warning} in issue 11). A change to a rule id or a default
     * severity is a change of the contract: update this table together with a CHANGELOG entry that names it.
     */
    private static final Map<String, Severity> DEFAULT_SEVERITIES = Map.ofEntries(
            Map.entry("responsibilities-count", Severity.WARNING),
            Map.entry("required-vs-nice-to-have", Severity.WARNING),
            Map.entry("years-as-sole-filter", Severity.ERROR),
            Map.entry("measurable-outcomes", Severity.WARNING),
            Map.entry("team-structure", Severity.WARNING),
            Map.entry("no-buzzwords", Severity.ERROR),
            Map.entry("perks-over-substance", Severity.ERROR),
            Map.entry("work-arrangement", Severity.WARNING),
            Map.entry("time-zone", Severity.WARNING),
            Map.entry("interview-process", Severity.WARNING),
            Map.entry("compensation-band", Severity.ERROR),
            Map.entry("interview-timeline", Severity.ERROR),
            Map.entry("tech-laundry-list", Severity.ERROR),
            Map.entry("separate-responsibilities-requirements", Severity.WARNING),
            Map.entry("gender-coded-language", Severity.SUGGESTION),
            Map.entry("exclusionary-language", Severity.WARNING),
            Map.entry("salary-history", Severity.WARNING),
            Map.entry("pay-transparency", Severity.WARNING),
            Map.entry("length", Severity.SUGGESTION),
            Map.entry("candidate-focus", Severity.SUGGESTION),
            Map.entry("job-title", Severity.WARNING));

    @Test
    void everyRuleOfTheContractExistsOnce() {
        List<String> ids = new ArrayList<>();
        for (JdRule r : BuiltInRules.all()) {
            ids.add(r.meta().id());
        }
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(DEFAULT_SEVERITIES.keySet());
        assertThat(ids).isSorted();
        assertThat(BuiltInRules.defaults()).isSubsetOf(BuiltInRules.all());
    }

    @Test
    void everyDefaultSeverityIsTheContract() {
        Map<String, Severity> actual = new TreeMap<>();
        for (JdRule r : BuiltInRules.all()) {
            actual.put(r.meta().id(), r.meta().severity());
        }
        assertThat(actual)
                .as("default severities (a public contract: a change needs a CHANGELOG entry and this table)")
                .containsExactlyInAnyOrderEntriesOf(DEFAULT_SEVERITIES);
        // the table itself has each severity the CHANGELOG lists: 6 errors, 12 warnings, 3 suggestions
        assertThat(DEFAULT_SEVERITIES.values().stream().filter(Severity.ERROR::equals))
                .hasSize(6);
        assertThat(DEFAULT_SEVERITIES.values().stream().filter(Severity.WARNING::equals))
                .hasSize(12);
        assertThat(DEFAULT_SEVERITIES.values().stream().filter(Severity.SUGGESTION::equals))
                .hasSize(3);
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
        for (JdGuideline g : HiringGuides.seniorBackendEngineer().jdGuidelines()) {
            guideIds.add(g.id());
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
                assertThat(m.severity()).isNotEqualTo(Severity.ERROR);
            }
        }
        assertThat(new NoBuzzwordsRule().meta().severity()).isEqualTo(Severity.ERROR);
        assertThat(new TeamStructureRule().meta().severity()).isEqualTo(Severity.WARNING);
    }
}
